/**
 * Turns schema issues into sentences an NGO volunteer can act on:
 * "content/providers/x.yaml:12:7 services[0].hours.opening_hours: 'Mo-Fr 8-16' is not valid opening hours; write 'Mo-Fr 08:00-16:00'".
 * Each problem carries its message as a key of the message catalogue with parameters
 * (./messages.ts), so it can be said in Romanian, Hungarian or English; `message` is the English.
 */
import type { z } from 'zod';
import { decodeMessage, message, renderMessage, type Message, type MessageCatalogue, type MessageKey, type MessageParam, type MessageParams } from './messages';

export type PathSegment = string | number;

/** One problem in one file; line and column are 1-based when known. */
export interface ContentProblem {
  file: string;
  path: PathSegment[];
  /** The message catalogue's key: the same problem in every language. */
  key: MessageKey;
  params?: MessageParams;
  /** The message in English, as `npm run validate` prints it by default. */
  message: string;
  line?: number;
  column?: number;
}

/**
 * A problem from a catalogue message; the only way problems are made, so each has a key.
 * @example problem('content/providers/x.yaml', ['id'], 'check.id-file-name', { id: 'y', file: 'x' })
 */
export function problem(file: string, path: PathSegment[], key: MessageKey, params?: MessageParams): ContentProblem {
  const m = message(key, params);
  return { file, path, key, ...(params ? { params } : {}), message: renderMessage(m) };
}

/** The message of a problem, in the language of `catalogue` (English by default). */
export function problemMessage(p: ContentProblem, catalogue?: MessageCatalogue): string {
  return catalogue ? renderMessage({ key: p.key, params: p.params }, catalogue) : p.message;
}

/** `['services', 0, 'hours']` → `services[0].hours`. */
export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((out, seg) => (typeof seg === 'number' ? `${out}[${seg}]` : out ? `${out}.${seg}` : seg), '');
}

/** The single-line form printed by `npm run validate` and the build, in English. */
export function formatProblem(p: ContentProblem): string {
  return problemFormatter()(p);
}

/** `formatProblem` in the language of `catalogue`. */
export function problemFormatter(catalogue?: MessageCatalogue): (p: ContentProblem) => string {
  return (p) => {
    const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
    const field = p.path.length ? ` ${formatPath(p.path)}:` : '';
    return `${where}${field} ${problemMessage(p, catalogue)}`;
  };
}

type AnySchema = z.core.$ZodType;

function def(schema: AnySchema): Record<string, unknown> & { type: string } {
  return (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
}

function metaOf(schema: AnySchema): { description?: string; examples?: unknown[] } | undefined {
  return (schema as unknown as { meta?: () => { description?: string; examples?: unknown[] } | undefined }).meta?.();
}

/** Unwraps optional, default, nullable and pipes to the schema that holds the shape. */
function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const d = def(s);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') s = d.innerType as AnySchema;
    else if (d.type === 'pipe') s = d.in as AnySchema;
    else break;
  }
  return s;
}

/** Finds the schema for a field by path, so messages can quote its example and list its keys. */
export function schemaAt(root: AnySchema, path: readonly PathSegment[]): AnySchema | undefined {
  let s: AnySchema | undefined = root;
  for (const seg of path) {
    if (!s) return undefined;
    const u = unwrap(s);
    const d = def(u);
    if (d.type === 'object' && typeof seg === 'string') s = (d.shape as Record<string, AnySchema>)[seg];
    else if (d.type === 'array' && typeof seg === 'number') s = d.element as AnySchema;
    else if (d.type === 'union') {
      const options = d.options as AnySchema[];
      s = options.map((o) => schemaAt(o, [seg])).find(Boolean);
    } else return undefined;
  }
  return s;
}

function exampleOf(schema: AnySchema | undefined): unknown {
  let s = schema;
  while (s) {
    const ex = metaOf(s)?.examples?.[0];
    if (ex !== undefined) return ex;
    const d = def(s);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable') s = d.innerType as AnySchema;
    else break;
  }
  return undefined;
}

function keysOf(schema: AnySchema | undefined): string[] {
  if (!schema) return [];
  const d = def(unwrap(schema));
  return d.type === 'object' ? Object.keys(d.shape as object) : [];
}

/** Levenshtein distance, small inputs only (field names, taxonomy ids). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate to a misspelt name, when one is close enough to be a likely typo. */
export function closest(name: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(name.toLowerCase(), c.toLowerCase());
    const prefix = c.startsWith(name) || name.startsWith(c);
    const score = prefix ? Math.min(d, 1) : d;
    if (score < bestDistance) { bestDistance = score; best = c; }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

function show(v: unknown): string {
  return typeof v === 'string' ? `'${v}'` : JSON.stringify(v) ?? String(v);
}

function describeType(v: unknown): Message {
  if (v === null) return message('value.empty');
  if (Array.isArray(v)) return message('value.list');
  if (typeof v === 'object') return message('value.group');
  if (typeof v === 'string') return message('value.text', { value: show(v) });
  if (typeof v === 'number') return message('value.number', { value: show(v) });
  if (typeof v === 'boolean') return message('value.boolean', { value: show(v) });
  return message('value.other', { type: typeof v, value: show(v) });
}

const EXPECTED: Record<string, MessageKey> = {
  string: 'expected.string', number: 'expected.number', int: 'expected.int', boolean: 'expected.boolean', array: 'expected.array', object: 'expected.object',
};

/** The schema's own message (a `msg()` token), or the raw text marked untranslated so a test can find it. */
function schemaMessage(text: string): Message {
  return decodeMessage(text) ?? message('untranslated', { text });
}

/** zod's generic size messages, by what was too small or big: each gets its own plain sentence in other languages. */
function sizeKey(issue: z.core.$ZodIssue): MessageKey {
  const origin = (issue as { origin?: string }).origin;
  if (issue.code === 'too_small') return origin === 'string' ? 'field.too-small-text' : origin === 'number' || origin === 'int' ? 'field.too-small-number' : origin === 'array' ? 'field.too-small-list' : 'field.not-accepted';
  if (issue.code === 'too_big') return origin === 'string' ? 'field.too-big-text' : origin === 'number' || origin === 'int' ? 'field.too-big-number' : 'field.not-accepted';
  return 'field.not-accepted';
}

const from = (file: string, path: PathSegment[], m: Message): ContentProblem => problem(file, path, m.key, m.params);

/**
 * Rewrites one zod issue as problems (one per unknown key) with a message that says what is
 * wrong and how to fix it, using the field's example from the schema.
 */
export function friendlyIssue(issue: z.core.$ZodIssue, root: AnySchema, data: unknown, file: string): ContentProblem[] {
  const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
  const field = schemaAt(root, path);
  const example = exampleOf(field);
  const eg: MessageParam = example !== undefined ? message('field.example', { example: typeof example === 'object' ? JSON.stringify(example) : show(example) }) : '';
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysOf(schemaAt(root, path));
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const hint = guess ? message('field.did-you-mean', { guess }) : message('field.allowed-fields', { fields: known.join(', ') });
        return problem(file, [...path, key], 'field.unknown-key', { hint });
      });
    }
    case 'invalid_type': {
      const value = valueAt(data, path);
      if (value === undefined) return [problem(file, path, 'field.missing', { example: eg })];
      // Custom messages from the schema already explain the fix.
      if (!issue.message.startsWith('Invalid input')) return [from(file, path, schemaMessage(issue.message))];
      const expected = EXPECTED[issue.expected] ? message(EXPECTED[issue.expected]!) : message('expected.other', { type: issue.expected });
      return [problem(file, path, 'field.wrong-type', { expected, actual: describeType(value), example: eg })];
    }
    case 'invalid_value': {
      const value = valueAt(data, path);
      if (!issue.message.startsWith('Invalid')) return [problem(file, path, 'field.value-prefixed', { value: show(value), message: schemaMessage(issue.message) })];
      const options = issue.values.map((v) => show(v)).join(', ');
      const guess = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
      return [problem(file, path, 'field.not-allowed', { value: show(value), options, guess: guess ? message('field.enum-guess', { guess }) : '' })];
    }
    case 'invalid_union': {
      const value = valueAt(data, path);
      if (value === undefined) return [problem(file, path, 'field.missing', { example: eg })];
      return [problem(file, path, 'field.localized-text', { actual: describeType(value), example: eg })];
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom':
    default: {
      const generic = issue.message.startsWith('Too small') || issue.message.startsWith('Too big') || issue.message.startsWith('Invalid');
      if (!generic) return [from(file, path, schemaMessage(issue.message))];
      const value = valueAt(data, path);
      const limits: Record<string, string> = issue.code === 'too_small' ? { minimum: String(issue.minimum) } : issue.code === 'too_big' ? { maximum: String(issue.maximum) } : {};
      return [problem(file, path, sizeKey(issue), { value: show(value), detail: issue.message.toLowerCase(), example: eg, ...limits })];
    }
  }
}
