/**
 * Parses one content file (YAML) and validates it against a schema, reporting every problem
 * with its line. Pure: it takes text, so the build, `npm run validate`, the tests and the entry
 * builder in the browser all share it.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { friendlyIssue, type ContentProblem, type PathSegment } from './friendly-errors';

export interface ParseResult<T> {
  data?: T;
  problems: ContentProblem[];
}

/** Limits that keep a hostile or broken file from exhausting the build. */
export const MAX_FILE_BYTES = 256 * 1024;
/** No aliases at all: a content file is read by people, and `*name` hides what a field says (and can multiply a file a billion times). */
const MAX_ALIASES = 0;

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
export function parseContentFile<S extends z.ZodType>(text: string, file: string, schema: S): ParseResult<z.output<S>> {
  if (text.length > MAX_FILE_BYTES)
    return { problems: [{ file, path: [], message: `is ${Math.round(text.length / 1024)} KB; a content file may be at most ${MAX_FILE_BYTES / 1024} KB. Shorten the descriptions.` }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  const where = (offset: number | undefined) => {
    if (offset === undefined) return {};
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        path: [],
        ...where(e.pos[0]),
        message: `is not valid YAML: ${e.message.split('\n')[0]} (check indentation, and put text containing ':' or '#' in quotes)`,
      })),
    };
  }
  // Each alias is reported where it stands, with the fix, before anything expands it.
  const aliases: ContentProblem[] = [];
  visit(doc, {
    Alias(_key, node, ancestors) {
      aliases.push({ file, path: fieldPath([...ancestors, node]), ...where(node.range?.[0]), message: `uses the YAML alias '*${node.source}', which content files do not allow; write the value out in full where '*${node.source}' stands (and remove the anchor '&${node.source}')` });
    },
  });
  if (aliases.length) return { problems: aliases };
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return { problems: [{ file, path: [], message: `could not be read: ${(e as Error).message}` }] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { problems: [{ file, path: [], message: 'must contain fields (name: …, kind: …); it is empty or not a group of fields' }] };
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => friendlyIssue(issue, schema, raw, file));
  for (const p of problems) {
    const { node, key } = nodeAt(doc.contents, p.path);
    const target = (key && p.path.length && !nodeAt(doc.contents, p.path).node) ? key : node ?? key;
    Object.assign(p, where(target?.range?.[0]));
  }
  return { problems };
}

/** Attaches line numbers to problems found after parsing (taxonomy and cross-file checks). */
export function locateProblems(text: string, problems: ContentProblem[]): ContentProblem[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return problems.map((p) => {
    if (p.line) return p;
    const { node } = nodeAt(doc.contents, p.path);
    const offset = node?.range?.[0];
    if (offset === undefined) return p;
    const { line, col } = lineCounter.linePos(offset);
    return { ...p, line, column: col };
  });
}
