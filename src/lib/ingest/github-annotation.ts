/**
 * GitHub Actions workflow commands for content problems, so that each one shows on its file and
 * line in a pull request's "Files changed" view.
 * Escaping follows the runner's rules: in the message % CR LF; in property values also : and ,.
 */
import { formatPath, type ContentProblem } from './friendly-errors';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * @example githubAnnotation({ file: 'content/providers/x.yaml', line: 12, column: 7, path: ['emails', 0, 'address'], message: 'is not a valid e-mail address' })
 *   // '::error file=content/providers/x.yaml,line=12,col=7,title=emails[0].address::emails[0].address: is not a valid e-mail address'
 */
export function githubAnnotation(p: ContentProblem, level: 'error' | 'warning' = 'error'): string {
  const field = formatPath(p.path);
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line) props.push(`line=${p.line}`);
  if (p.line && p.column) props.push(`col=${p.column}`);
  if (field) props.push(`title=${escapeProperty(field)}`);
  return `::${level} ${props.join(',')}::${escapeData(field ? `${field}: ${p.message}` : p.message)}`;
}
