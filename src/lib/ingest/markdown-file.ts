/**
 * Provider files in Markdown (content/providers/<id>.md), for organisations that want to write
 * their description as paragraphs: the same fields as the YAML form, as front matter between two
 * `---` lines, and the text below them as the description in the default language (Romanian).
 *
 * Decision: the front matter is split here and parsed by the same `yaml` parser as every .yaml
 * file, not by gray-matter (4.0.3): gray-matter parses with js-yaml 3 (YAML 1.1, so an unquoted
 * date becomes a Date and `no` becomes false, unlike our YAML files), reports no line numbers,
 * keeps an eval-based `---js` engine, and needs Node's Buffer in the browser, where the entry
 * builder runs this code. The delimiter rules follow gray-matter's: `---` on the first line, the
 * fields, then a line of `---` (or `...`).
 */
import { DEFAULT_LANG } from '../../locales';
import { problem, type ContentProblem, type PathSegment } from './friendly-errors';
import type { ParseOptions, Position } from './parse';

/** The forms a provider file may take, by file extension. */
export const PROVIDER_FORMATS = ['yaml', 'markdown'] as const;
export type ProviderFormat = (typeof PROVIDER_FORMATS)[number];

/** `x.md` → 'markdown'; `x.yaml` / `x.yml` → 'yaml'; anything else undefined. */
export function providerFormatOf(fileName: string): ProviderFormat | undefined {
  if (/\.md$/i.test(fileName)) return 'markdown';
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  return undefined;
}

export const FORMAT_EXTENSION: Record<ProviderFormat, string> = { yaml: 'yaml', markdown: 'md' };

export interface MarkdownParts {
  /** The YAML between the delimiters. */
  frontMatter: string;
  /** Lines of the file before the YAML (the opening `---`), for line numbers. */
  frontMatterOffset: number;
  /** The text after the closing delimiter, without the blank lines around it. */
  body: string;
  /** The 1-based line where the body's text starts. */
  bodyLine: number;
}

const OPEN = /^\uFEFF?---[ \t]*$/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Splits a Markdown file into its front matter and body.
 * @example splitMarkdown('---\nid: x\n---\n\nText.\n') // { frontMatter: 'id: x\n', frontMatterOffset: 1, body: 'Text.', bodyLine: 5 }
 */
export function splitMarkdown(text: string, file: string): { parts?: MarkdownParts; problems: ContentProblem[] } {
  const lines = text.split(/\r?\n/);
  if (!OPEN.test(lines[0] ?? '')) return { problems: [{ ...problem(file, [], 'markdown.no-front-matter'), line: 1 }] };
  const close = lines.findIndex((l, i) => i > 0 && CLOSE.test(l));
  if (close < 0) return { problems: [{ ...problem(file, [], 'markdown.unclosed-front-matter'), line: 1 }] };
  const rest = lines.slice(close + 1);
  const first = rest.findIndex((l) => l.trim() !== '');
  const body = first < 0 ? '' : rest.slice(first).join('\n').trimEnd();
  return {
    parts: {
      frontMatter: `${lines.slice(1, close).join('\n')}\n`,
      frontMatterOffset: 1,
      body,
      bodyLine: first < 0 ? close + 2 : close + 2 + first,
    },
    problems: [],
  };
}

/**
 * How parseContentFile reads a Markdown provider's front matter: lines counted from the file's
 * start, and the body added as the description in the default language. Translations may stay in
 * the front matter (`description: { en: …, hu: … }`); a Romanian description in both places is
 * a problem, not a silent choice.
 */
export function markdownParseOptions(parts: MarkdownParts, file: string): ParseOptions {
  let fromBody = false;
  return {
    lineOffset: parts.frontMatterOffset,
    complete: (raw) => {
      if (!parts.body) return [];
      const own = raw.description;
      if (own === undefined) {
        raw.description = parts.body;
      } else if (own !== null && typeof own === 'object' && !Array.isArray(own) && !(DEFAULT_LANG in own)) {
        raw.description = { [DEFAULT_LANG]: parts.body, ...(own as Record<string, unknown>) };
      } else {
        return [problem(file, ['description'], 'markdown.description-twice')];
      }
      fromBody = true;
      return [];
    },
    locate: (path: readonly PathSegment[]): Position | undefined => {
      if (!fromBody || path[0] !== 'description') return undefined;
      // The body is the Romanian text: its problems are at the body; a translation's, in the front matter.
      return path.length === 1 || path[1] === DEFAULT_LANG ? { line: parts.bodyLine, column: 1 } : undefined;
    },
  };
}

/**
 * A provider as a Markdown file: its fields (without the Romanian description) as front matter,
 * and the Romanian description as the body.
 * @example providerMarkdown({ id: 'x', description: 'Text.' }, stringify) // '---\nid: x\n---\n\nText.\n'
 */
export function providerMarkdown(provider: Record<string, unknown>, yaml: (fields: Record<string, unknown>) => string): string {
  const { description, ...fields } = provider;
  let body = '';
  if (typeof description === 'string') body = description;
  else if (description && typeof description === 'object') {
    const { [DEFAULT_LANG]: main, ...translations } = description as Record<string, unknown>;
    body = typeof main === 'string' ? main : '';
    if (Object.keys(translations).length) fields.description = translations;
  }
  // The description goes after the other fields' position in the YAML form; its place in the map is kept.
  const ordered = Object.fromEntries(Object.keys(provider).filter((k) => k in fields).map((k) => [k, fields[k]]));
  return `---\n${yaml(ordered)}---\n${body ? `\n${body.trim()}\n` : ''}`;
}
