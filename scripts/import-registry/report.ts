/**
 * Reporting step: what the command prints. Every record not imported and every fact left out is
 * listed with its record id, then the count line `records in: N = services out: X + reported: Y`.
 */
import type { ImportResult, ReportLine } from './model';

export interface WriteCounts {
  created: number;
  updated: number;
  unchanged: number;
}

const line = (r: ReportLine) => `  record ${r.recordId} "${r.name}": ${r.reason}`;

/** The lines printed after an import; `outName` is the output folder as the reader should see it. */
export function reportLines(result: ImportResult, run: { input: string; locality?: string; county?: string; outName: string; written: WriteCounts }): string[] {
  const errors = result.report.filter((r) => r.level === 'error');
  const warnings = result.report.filter((r) => r.level === 'warning');
  const filter = [run.locality && `locality ${run.locality}`, run.county && `county ${run.county}`].filter(Boolean).join(', ') || 'all records';
  const { created, updated, unchanged } = run.written;
  return [
    `Registry import from ${run.input} (${filter}); ${result.counts.skipped} records of other places skipped.`,
    `\nNot imported (${errors.length}):`,
    ...errors.map(line),
    `\nImported without some facts (${warnings.length} notes on ${new Set(warnings.map((w) => w.recordId)).size} records):`,
    ...warnings.map(line),
    `\n${result.entries.length} providers: ${created} new files, ${updated} updated, ${unchanged} unchanged in ${run.outName}`,
    `records in: ${result.counts.in} = services out: ${result.counts.services} + reported: ${result.counts.reported}`,
  ];
}

/** True when every record is either a service or a report line: anything else is a bug in the importer. */
export function countsAddUp(result: ImportResult): boolean {
  return result.counts.in === result.counts.services + result.counts.reported;
}
