/**
 * Honest dates: `assured_date` and `reviewed.date` say that a person checked the entry against a
 * source read then, so each must have a source read in the month before it. A date written by an
 * import, or copied from an old document, has no such source and is refused.
 */
import type { Provider } from '../../schemas/provider';
import type { Source } from '../../schemas/source';
import type { ContentProblem } from './friendly-errors';
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

function unsupported(file: string, path: (string | number)[], day: string, sources: readonly Source[], what: string): ContentProblem | undefined {
  if (sourcesReadBefore(sources, day).length > 0) return undefined;
  const from = addMonths(day, -ASSURANCE_WINDOW_MONTHS);
  const reads = sources.map(sourceReadOn).filter((d): d is string => d !== undefined).sort();
  const before = reads.filter((d) => d < from).at(-1);
  const after = reads.find((d) => d > day);
  const seen = after ? `; the sources were read on ${after}, after it` : before ? `; the newest source was read on ${before}` : '; no source says when it was read';
  return {
    file, path,
    message: `is ${day}, but no source was read between ${from} and ${day}${seen}. ${what} means a person checked the facts against a source read then: add that source with accessed: '${day}' (a web page) or kind: self with its date (the organisation's own statement), or remove the date (an import or a copy from an old document is not a check)`,
  };
}

/** Checks the assurance and review dates, and the sources' own dates, against each other and today. */
export function checkDates(p: Provider, file: string, today: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  p.sources.forEach((s, i) => {
    if (s.accessed === undefined) return;
    if (s.accessed > today) problems.push({ file, path: ['sources', i, 'accessed'], message: `is ${s.accessed}, in the future (today is ${today}); write the day the page was read` });
    if (s.date !== undefined && s.accessed < s.date) problems.push({ file, path: ['sources', i, 'accessed'], message: `is ${s.accessed}, before the page's own date ${s.date}; a page cannot be read before it is written (swap date and accessed?)` });
  });
  if (p.assured_date !== undefined && p.assured_date <= today) {
    const problem = unsupported(file, ['assured_date'], p.assured_date, p.sources, 'assured_date');
    if (problem) problems.push(problem);
  }
  if (p.reviewed) {
    if (p.reviewed.date > today) problems.push({ file, path: ['reviewed', 'date'], message: `is ${p.reviewed.date}, in the future (today is ${today}); write the day the review ended` });
    else {
      const problem = unsupported(file, ['reviewed', 'date'], p.reviewed.date, p.sources, 'A complete review');
      if (problem) problems.push(problem);
    }
  }
  return problems;
}
