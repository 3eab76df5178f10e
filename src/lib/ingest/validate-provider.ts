/**
 * One provider file checked from its text: YAML, then the schema, then the checks against the
 * taxonomies and today's date, each problem with its line and a fix. The build, `npm run validate`,
 * the entry builder and the tests all call this, so they cannot disagree on a file or a message.
 * Pure and browser-safe: it takes the text, not a path.
 */
import { providerSchema, type Provider } from '../../schemas/provider';
import { parseContentFile, locateProblems } from './parse';
import { checkProvider, type Taxonomies } from './checks';
import { checkReach } from './reach-checks';
import type { ContentProblem } from './friendly-errors';

export interface ValidateProviderOptions {
  /** The file as messages name it, like 'content/providers/dasm-cluj-napoca.yaml'. */
  file: string;
  /**
   * The taxonomies whose ids the file may use. Leave out when the taxonomy files are themselves
   * broken: every id would look unknown, and their own problems are enough.
   */
  taxonomies?: Taxonomies;
  /** Today (YYYY-MM-DD): a date after it is a mistake. */
  today: string;
  /** The id the file must carry; by default its name without `.yaml`. */
  expectedId?: string;
}

export interface ValidatedProvider {
  /** The provider when the text is valid YAML that fits the schema, even if later checks found problems. */
  provider?: Provider;
  problems: ContentProblem[];
  /** What is allowed but should be fixed (a service nobody can reach): printed, counted, never fatal. */
  warnings: ContentProblem[];
}

/** The name of a file without its folder and `.yaml`/`.yml`: `content/providers/a-b.yaml` → `a-b`. */
export function fileStem(file: string): string {
  return file.split(/[\\/]/).pop()!.replace(/\.ya?ml$/, '');
}

/**
 * Validates the text of one provider file.
 * @example validateProviderText(text, { file: 'content/providers/x.yaml', taxonomies, today: '2026-11-25' })
 *   // { provider: {...}, problems: [{ file, path: ['id'], line: 2, message: "is 'y' but the file is named 'x'; ..." }] }
 */
export function validateProviderText(text: string, opts: ValidateProviderOptions): ValidatedProvider {
  const parsed = parseContentFile(text, opts.file, providerSchema);
  if (!parsed.data) return { problems: parsed.problems, warnings: [] };
  const reach = checkReach(parsed.data, opts.file);
  const checks = [...(opts.taxonomies ? checkProvider(parsed.data, opts.file, opts.taxonomies, opts.today, opts.expectedId ?? fileStem(opts.file)) : []), ...reach.problems];
  // Only a file with problems is parsed again to find their lines.
  return {
    provider: parsed.data,
    problems: checks.length ? locateProblems(text, checks) : [],
    warnings: reach.warnings.length ? locateProblems(text, reach.warnings) : [],
  };
}
