/**
 * Honest dates: `assured_date` and `reviewed.date` say that a person checked the entry against a
 * source read then, so each must have a source read in the month before it. A date written by an
 * import, or copied from an old document, has no such source and is refused.
 */
import type { Provider } from '../../schemas/provider';
import type { Source } from '../../schemas/source';
import { problem, type ContentProblem } from './friendly-errors';
import { message, type MessageKey } from './messages';
import { addMonths } from '../dates';

/** How long before an assurance its source may have been read. */
export const ASSURANCE_WINDOW_MONTHS = 1;

/**
 * The day a person read a source: its `accessed` date; for the organisation's own statement
 * (kind 'self'), the day it was made. Undefined when nobody is known to have read it on a day.
 */
export function sourceReadOn(s: Pick<Source, 'kind' | 'date' | 'accessed'>): string | undefined {
  return s.accessed ?? (s.kind === 'self' ? s.date : undefined);
}

/** The sources read within the window that ends on `day` (inclusive), newest first. */
export function sourcesReadBefore(sources: readonly Source[], day: string, months = ASSURANCE_WINDOW_MONTHS): Source[] {
  const from = addMonths(day, -months);
  return sources.filter((s) => { const read = sourceReadOn(s); return read !== undefined && read >= from && read <= day; })
    .sort((a, b) => (sourceReadOn(b)! < sourceReadOn(a)! ? -1 : 1));
}

function unsupported(file: string, path: (string | number)[], day: string, sources: readonly Source[], key: MessageKey): ContentProblem | undefined {
  if (sourcesReadBefore(sources, day).length > 0) return undefined;
  const from = addMonths(day, -ASSURANCE_WINDOW_MONTHS);
  const reads = sources.map(sourceReadOn).filter((d): d is string => d !== undefined).sort();
  const before = reads.filter((d) => d < from).at(-1);
  const after = reads.find((d) => d > day);
  const seen = after ? message('check.sources-read-after', { after }) : before ? message('check.newest-read', { before }) : message('check.never-read');
  return problem(file, path, key, { day, from, seen });
}

/** Checks the assurance and review dates, and the sources' own dates, against each other and today. */
export function checkDates(p: Provider, file: string, today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  p.sources.forEach((s, i) => {
    if (s.accessed === undefined) return;
    if (s.accessed > today) problems.push(problem(file, ['sources', i, 'accessed'], 'check.accessed-future', { date: s.accessed, today }));
    if (s.date !== undefined && s.accessed < s.date) problems.push(problem(file, ['sources', i, 'accessed'], 'check.accessed-before-date', { accessed: s.accessed, date: s.date }));
  });
  if (p.assured_date !== undefined && p.assured_date <= today) {
    const found = unsupported(file, ['assured_date'], p.assured_date, p.sources, 'check.assured-unsupported');
    if (found) problems.push(found);
  }
  if (p.reviewed) {
    if (p.reviewed.date > today) problems.push(problem(file, ['reviewed', 'date'], 'check.review-future', { date: p.reviewed.date, today }));
    else {
      const found = unsupported(file, ['reviewed', 'date'], p.reviewed.date, p.sources, 'check.review-unsupported');
      if (found) problems.push(found);
    }
  }
  return problems;
}
