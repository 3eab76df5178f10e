/**
 * Open / closed / unknown from opening hours compiled at build time (see `compileHours` in
 * opening-hours.ts). This file is tiny and has no dependencies, so the search island can say
 * "open now" without shipping the 1.2 MB `opening_hours` library to every phone.
 */

export type HoursState = 'open' | 'closed' | 'unknown';

/**
 * One distinct `opening_hours` value, compiled for a window of dates.
 * A day's intervals are a flat list of triples [startMinute, endMinute, unknown(0|1)] in
 * Europe/Bucharest wall-clock minutes (0-1440).
 */
export interface CompiledHours {
  /** First day of the window, YYYY-MM-DD (Bucharest). */
  from: string;
  /** Number of days in the window; outside it the state is 'unknown'. */
  days: number;
  /** The usual intervals for Sunday (0) ... Saturday (6). */
  week: number[][];
  /** Days that differ from the usual week (public holidays, seasons): day offset from `from` → intervals. */
  except: Record<string, number[]>;
}

export const TIME_ZONE = 'Europe/Bucharest';

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };
const wallClockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', weekday: 'short', hourCycle: 'h23',
});

export interface WallClock { date: string; weekday: number; minute: number }

/** The date, weekday and minute of the day in Cluj-Napoca at an instant. */
export function bucharestWallClock(instant: Date): WallClock {
  const parts: Record<string, string> = {};
  for (const p of wallClockFormat.formatToParts(instant)) parts[p.type] = p.value;
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday: WEEKDAYS[parts.weekday ?? 'Sun'] ?? 0,
    minute: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Days between two YYYY-MM-DD dates (b - a). */
export function dayOffset(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** State on a Bucharest calendar date at a minute of that day. */
export function compiledStateOn(hours: CompiledHours, date: string, weekday: number, minute: number): HoursState {
  const offset = dayOffset(hours.from, date);
  if (offset < 0 || offset >= hours.days) return 'unknown';
  const intervals = hours.except[offset] ?? hours.week[weekday] ?? [];
  for (let i = 0; i + 2 < intervals.length; i += 3) {
    const start = intervals[i] ?? 0;
    const end = intervals[i + 1] ?? 0;
    if (minute >= start && minute < end) return intervals[i + 2] ? 'unknown' : 'open';
  }
  return 'closed';
}

/**
 * The next date (today included) that falls on a weekday, from an instant, in Cluj-Napoca:
 * "open on Tuesday at 14:00" means the coming Tuesday, so holidays count.
 */
export function nextDateOnWeekday(instant: Date, weekday: number): string {
  const wall = bucharestWallClock(instant);
  return addDays(wall.date, (weekday - wall.weekday + 7) % 7);
}
