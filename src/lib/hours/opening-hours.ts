/**
 * Evaluates OpenStreetMap `opening_hours` values in Cluj-Napoca time, with Romanian public
 * holidays (PH), Orthodox Easter included, as the `opening_hours` library knows them.
 *
 * Decision (measured): the library is 1.2 MB of JavaScript (1.18 MB as ESM), too heavy for a
 * phone, even lazily. So it runs only at build time: `compileHours` turns each distinct value into
 * a usual week plus the days that differ (holidays, seasons) over a window of dates, and the
 * browser evaluates that with hours-compiled.ts (a few hundred bytes). Unknown hours are
 * 'unknown', never 'closed'.
 */
import OpeningHours from 'opening_hours';
import { addDays, type CompiledHours } from './compiled';

export type { CompiledHours, HoursState } from './compiled';

// Cluj-Napoca, Romania: selects the Romanian public holidays for PH.
const NOMINATIM = { lat: 46.77, lon: 23.59, address: { country_code: 'ro', state: '' } };

function parse(value: string): OpeningHours | null {
  try {
    return new OpeningHours(value, NOMINATIM);
  } catch {
    return null;
  }
}

/** A Date whose local fields are a Cluj-Napoca wall-clock time; the library reads local fields. */
function localFromWall(date: string, minute: number): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, Math.floor(minute / 60), minute % 60);
}

/** Open intervals of one Cluj-Napoca day as flat triples [start, end, unknown] in minutes. */
function dayIntervals(oh: OpeningHours, date: string): number[] {
  const start = localFromWall(date, 0);
  const end = localFromWall(addDays(date, 1), 0);
  const out: number[] = [];
  for (const [from, to, unknown] of oh.getOpenIntervals(start, end)) {
    const s = from.getTime() <= start.getTime() ? 0 : from.getHours() * 60 + from.getMinutes();
    const e = to.getTime() >= end.getTime() ? 1440 : to.getHours() * 60 + to.getMinutes();
    if (e > s) out.push(s, e, unknown ? 1 : 0);
  }
  return out;
}

/**
 * Compiles a value for `days` days from `from` (YYYY-MM-DD). Returns null when the value does not
 * parse (the schema rejects those, so this is only a guard).
 * @example compileHours('24/7', '2026-11-25', 7)?.week[1] → [0, 1440, 0]
 */
export function compileHours(value: string, from: string, days: number): CompiledHours | null {
  const oh = parse(value);
  if (!oh) return null;
  const perDay: number[][] = [];
  for (let i = 0; i < days; i++) perDay.push(dayIntervals(oh, addDays(from, i)));
  const firstWeekday = new Date(`${from}T12:00:00Z`).getUTCDay();
  // The usual week: for each weekday, the intervals seen most often in the window.
  const week: number[][] = [];
  for (let wd = 0; wd < 7; wd++) {
    const tally = new Map<string, { n: number; intervals: number[] }>();
    for (let i = (wd - firstWeekday + 7) % 7; i < days; i += 7) {
      const key = perDay[i]!.join(',');
      const entry = tally.get(key) ?? { n: 0, intervals: perDay[i]! };
      entry.n++;
      tally.set(key, entry);
    }
    let best: { n: number; intervals: number[] } = { n: 0, intervals: [] };
    for (const entry of tally.values()) if (entry.n > best.n) best = entry;
    week.push(best.intervals);
  }
  const except: Record<string, number[]> = {};
  perDay.forEach((intervals, i) => {
    const usual = week[(firstWeekday + i) % 7]!;
    if (intervals.join(',') !== usual.join(',')) except[i] = intervals;
  });
  return { from, days, week, except };
}
