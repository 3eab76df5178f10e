/**
 * The benchmark's one table: each figure beside its peer and its target, with PASS/MISS.
 * Pure functions, unit-tested in tests/unit/bench.test.ts.
 */

export type Verdict = 'PASS' | 'MISS' | 'n/a' | 'info';

export interface Row {
  metric: string;
  size: number;
  /** Our figure, already formatted; 'n/a (...)' when it could not be measured. */
  ours: string;
  peer: string;
  target: string;
  verdict: Verdict;
  note?: string;
}

/** Compares a measured value with a limit; undefined values are 'n/a', no limit is 'info'. */
export function verdict(value: number | undefined, limit: number | undefined): Verdict {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  if (limit === undefined) return 'info';
  return value <= limit ? 'PASS' : 'MISS';
}

export const kb = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KB`);
export const ms = (v: number | undefined, digits = 1): string => (v === undefined ? 'n/a' : `${v.toFixed(digits)} ms`);
export const sec = (v: number | undefined): string => (v === undefined ? 'n/a' : `${v.toFixed(2)} s`);
export const mb = (bytes: number | undefined): string => (bytes === undefined ? 'n/a' : `${Math.round(bytes / 1024 / 1024)} MB`);

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** A GitHub-flavoured markdown table, one row per figure. */
export function markdownTable(rows: Row[]): string {
  const head = ['Figure', 'Providers', 'Ours', 'Peer', 'Target', 'Result'];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows) {
    const metric = r.note ? `${r.metric} (${r.note})` : r.metric;
    lines.push(`| ${[metric, r.size.toLocaleString('en-US'), r.ours, r.peer, r.target, r.verdict].map(escapeCell).join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Median and 95th percentile (nearest rank) of a sample. */
export function percentiles(values: number[]): { median: number; p95: number } | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
  return { median: rank(0.5), p95: rank(0.95) };
}
