/**
 * Parses one content file (YAML) and validates it against a schema, reporting every problem
 * with its line. Pure: it takes text, so the build, `npm run validate`, the tests and the entry
 * builder in the browser all share it. A Markdown provider's fields (its front matter) go through
 * the same function, with their line offset inside the file (./markdown-file.ts).
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { friendlyIssue, problem, type ContentProblem, type PathSegment } from './friendly-errors';

export interface ParseResult<T> {
  data?: T;
  problems: ContentProblem[];
}

/** Limits that keep a hostile or broken file from exhausting the build. */
export const MAX_FILE_BYTES = 256 * 1024;
/** No aliases at all: a content file is read by people, and `*name` hides what a field says (and can multiply a file a billion times). */
const MAX_ALIASES = 0;

/** Where a problem sits in the file, 1-based. */
export interface Position { line: number; column?: number }

export interface ParseOptions {
  /** Lines of the file before this YAML (a Markdown file's opening '---'), added to every line number. */
  lineOffset?: number;
  /**
   * Completes the fields before the schema sees them (a Markdown body becomes the description) and
   * returns the problems that makes; the fields it adds are placed with `locate`.
   */
  complete?: (raw: Record<string, unknown>) => ContentProblem[];
  /** The position of a field that is not in the YAML itself (one `complete` added), when known. */
  locate?: (path: readonly PathSegment[]) => Position | undefined;
}

function nodeAt(root: unknown, path: readonly PathSegment[]): { node?: YamlNode; key?: YamlNode } {
  let node = root as YamlNode | undefined;
  let key: YamlNode | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === seg);
      if (!pair) return { node, key };
      key = pair.key as YamlNode;
      node = pair.value as YamlNode | undefined;
      if (!node) return { node: key, key };
    } else if (isSeq(node) && typeof seg === 'number') {
      node = node.items[seg] as YamlNode | undefined;
      key = undefined;
      if (!node) return {};
    } else return { node, key };
  }
  return { node, key };
}

/** The field path of a node from its ancestors (as `visit` gives them): pairs give keys, lists give indexes. */
function fieldPath(chain: readonly unknown[]): PathSegment[] {
  const path: PathSegment[] = [];
  chain.forEach((n, i) => {
    if (isPair(n) && isScalar(n.key) && (typeof n.key.value === 'string' || typeof n.key.value === 'number')) path.push(n.key.value);
    else if (isSeq(n)) {
      const index = n.items.indexOf(chain[i + 1] as never);
      if (index >= 0) path.push(index);
    }
  });
  return path;
}

/** Parses YAML text and validates it; problems carry file, field path, line and a fix. */
export function parseContentFile<S extends z.ZodType>(text: string, file: string, schema: S, options: ParseOptions = {}): ParseResult<z.output<S>> {
  const offset = options.lineOffset ?? 0;
  if (text.length > MAX_FILE_BYTES)
    return { problems: [problem(file, [], 'file.too-big', { size: Math.round(text.length / 1024), max: MAX_FILE_BYTES / 1024 })] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const where = (at: number | undefined): Partial<Position> => {
    if (at === undefined) return {};
    const { line, col } = lineCounter.linePos(at);
    return { line: line + offset, column: col };
  };
  if (doc.errors.length) {
    return { problems: doc.errors.map((e) => ({ ...problem(file, [], 'file.yaml-invalid', { detail: e.message.split('\n')[0]! }), ...where(e.pos[0]) })) };
  }
  // Each alias is reported where it stands, with the fix, before anything expands it.
  const aliases: ContentProblem[] = [];
  visit(doc, {
    Alias(_key, node, ancestors) {
      aliases.push({ ...problem(file, fieldPath([...ancestors, node]), 'file.yaml-alias', { name: node.source }), ...where(node.range?.[0]) });
    },
  });
  if (aliases.length) return { problems: aliases };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return { problems: [problem(file, [], 'file.unreadable', { detail: (e as Error).message })] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { problems: [problem(file, [], 'file.not-fields')] };
  const completing = options.complete?.(raw as Record<string, unknown>) ?? [];
  const result = schema.safeParse(raw);
  if (result.success && !completing.length) return { data: result.data, problems: [] };
  const problems = [...completing, ...(result.success ? [] : result.error.issues.flatMap((issue) => friendlyIssue(issue, schema, raw, file)))];
  for (const p of problems) {
    const outside = options.locate?.(p.path);
    if (outside) { Object.assign(p, outside); continue; }
    const { node, key } = nodeAt(doc.contents, p.path);
    const target = (key && p.path.length && !nodeAt(doc.contents, p.path).node) ? key : node ?? key;
    Object.assign(p, where(target?.range?.[0]));
  }
  return { data: result.success ? result.data : undefined, problems };
}

/** Attaches line numbers to problems found after parsing (taxonomy and cross-file checks). */
export function locateProblems(text: string, problems: ContentProblem[], options: Pick<ParseOptions, 'lineOffset' | 'locate'> = {}): ContentProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return problems.map((p) => {
    if (p.line) return p;
    const outside = options.locate?.(p.path);
    if (outside) return { ...p, ...outside };
    const { node } = nodeAt(doc.contents, p.path);
    const at = node?.range?.[0];
    if (at === undefined) return p;
    const { line, col } = lineCounter.linePos(at);
    return { ...p, line: line + (options.lineOffset ?? 0), column: col };
  });
}
