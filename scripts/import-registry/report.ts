/**
 * Reporting step: what the command prints. Every record not imported and every fact left out is
 * listed with its record id, then the count line `records in: N = services out: X + reported: Y`.
 */
import type { ImportResult, PlaceLine, ReportLine } from './model';
import type { MergeTally } from './merge';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** What the updates added to existing files. */
  tally?: MergeTally;
}

const line = (r: ReportLine) => `  record ${r.recordId} "${r.name}": ${r.reason}`;
const placeLine = (r: PlaceLine) => `  record ${r.recordId} "${r.name}": ${r.rules.join(', ')}${r.decided ? `; decided ${r.decided.decision} (${r.decided.reason})` : ''}`;

/** The lines printed after an import; `outName` is the output folder as the reader should see it. */
export function reportLines(result: ImportResult, run: { input: string; locality?: string; county?: string; outName: string; written: WriteCounts }): string[] {
  const errors = result.report.filter((r) => r.level === 'error');
  const warnings = result.report.filter((r) => r.level === 'warning');
  const filter = [run.locality && `locality ${run.locality}`, run.county && `county ${run.county}`].filter(Boolean).join(', ') || 'all records';
  const { created, updated, unchanged, tally } = run.written;
  const p = result.places;
  const undecided = p.review.filter((r) => !r.decided);
  const what = tally && updated
    ? ` (${[`${tally.services} services added`, `${tally.matched} existing services (found by registry record) gained a source, place or contact`, `${tally.sources} sources`, `${tally.locations} places`, `${tally.contacts} contacts added`].join(', ')})`
    : '';
  return [
    `Registry import from ${run.input} (${filter}); ${result.counts.skipped} records of other places skipped.`,
    `\nNot imported (${errors.length}):`,
    ...errors.map(line),
    `\nImported without some facts (${warnings.length} notes on ${new Set(warnings.map((w) => w.recordId)).size} records):`,
    ...warnings.map(line),
    `\nName and code disagree (${result.disagreements.length} records; the name is read too, see src/lib/catalogue/service-name-rules.ts):`,
    ...result.disagreements.map(line),
    `\nConfidential places (${p.confidential.length} records; address and coordinates withheld, a contact route instead):`,
    ...p.confidential.map(placeLine),
    `\nMay need a confidential place (${p.review.length} records, ${undecided.length} not yet decided and withheld until a person decides in scripts/registry-aliases.json "places"):`,
    ...p.review.map(placeLine),
    `Withheld: ${p.withheldRecords} records at ${p.withheldAddresses} addresses publish no address, and ${p.withheldPoints} coordinate pairs are withheld wherever they appear.`,
    `\n${result.entries.length} providers: ${created} new files, ${updated} updated${what}, ${unchanged} unchanged in ${run.outName}`,
    `records in: ${result.counts.in} = services out: ${result.counts.services} + reported: ${result.counts.reported}`,
  ];
}

/** True when every record is either a service or a report line: anything else is a bug in the importer. */
export function countsAddUp(result: ImportResult): boolean {
  return result.counts.in === result.counts.services + result.counts.reported;
}
