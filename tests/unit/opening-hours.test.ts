import { describe, expect, it } from 'vitest';
import { compileHours } from '../../src/lib/hours/opening-hours';
import { bucharestWallClock, compiledStateOn, nextDateOnWeekday, type CompiledHours, type HoursState } from '../../src/lib/hours/compiled';

// Instants written with the Romanian offset (+02:00 in winter, +03:00 in summer).
const at = (iso: string) => new Date(iso);
const WEEKDAYS = 'Mo-Fr 08:00-16:00; PH off';

/** As the search engine reads "open now" (SearchEngine.hoursState): compiled hours at Cluj-Napoca's wall-clock time. */
function stateAt(hours: CompiledHours, instant: Date): HoursState {
  const wall = bucharestWallClock(instant);
  return compiledStateOn(hours, wall.date, wall.weekday, wall.minute);
}
/** Hours compiled at build time (from 24 November 2026, for 400 days), then read at an instant. */
const evaluate = (value: string, iso: string) => stateAt(compileHours(value, '2026-11-24', 400)!, at(iso));

describe('opening hours, compiled at build time and read in the browser', () => {
  it('is open on a working day and closed in the evening', () => {
    expect(evaluate(WEEKDAYS, '2026-12-02T10:00:00+02:00')).toBe('open');
    expect(evaluate(WEEKDAYS, '2026-12-02T17:30:00+02:00')).toBe('closed');
    expect(evaluate(WEEKDAYS, '2026-12-02T16:00:00+02:00')).toBe('closed'); // the closing minute is closed
  });
  it('reads the time in Cluj-Napoca, not UTC', () => {
    // 07:30 UTC is 09:30 in Cluj-Napoca in winter.
    expect(evaluate('Mo-Fr 09:00-10:00', '2026-12-02T07:30:00Z')).toBe('open');
    expect(evaluate('Mo-Fr 09:00-10:00', '2026-12-02T09:30:00Z')).toBe('closed');
  });
  it('is closed on Romanian public holidays: National Day and Orthodox Easter Monday', () => {
    expect(evaluate(WEEKDAYS, '2026-12-01T10:00:00+02:00')).toBe('closed'); // Tuesday, 1 December
    expect(evaluate(WEEKDAYS, '2027-05-03T10:00:00+03:00')).toBe('closed'); // Orthodox Easter Monday 2027
    expect(evaluate(WEEKDAYS, '2027-05-04T10:00:00+03:00')).toBe('open'); // the Tuesday after
    expect(evaluate(WEEKDAYS, '2027-03-29T10:00:00+03:00')).toBe('open'); // Western Easter Monday is a working day
  });
  it('is closed at the weekend', () => {
    expect(evaluate(WEEKDAYS, '2026-11-28T10:00:00+02:00')).toBe('closed');
  });
  it('is always open for 24/7', () => {
    expect(evaluate('24/7', '2026-12-25T03:00:00+02:00')).toBe('open');
  });
  it('says unknown, never closed, for hours stated as unknown', () => {
    expect(evaluate('Mo-Fr 08:00-16:00; Sa unknown', '2026-11-28T10:00:00+02:00')).toBe('unknown');
  });
});

describe('compiled hours (what the browser evaluates)', () => {
  const compiled = compileHours(WEEKDAYS, '2026-11-24', 400)!;
  it('keeps the usual week and only the days that differ', () => {
    expect(compiled.week[1]).toEqual([480, 960, 0]);
    expect(compiled.week[0]).toEqual([]);
    expect(Object.keys(compiled.except).length).toBeLessThan(20);
  });
  it('compiles 24/7 as the whole day and is unknown outside its window', () => {
    const always = compileHours('24/7', '2026-11-24', 30)!;
    expect(always.week.every((d) => d.join() === '0,1440,0')).toBe(true);
    expect(stateAt(always, at('2026-11-30T23:59:00+02:00'))).toBe('open');
    expect(stateAt(always, at('2027-06-01T10:00:00+03:00'))).toBe('unknown');
  });
  it('finds the coming date of a weekday in Cluj-Napoca', () => {
    // Wednesday 25 November 2026, 23:30 UTC is already Thursday in Cluj-Napoca.
    expect(nextDateOnWeekday(at('2026-11-25T23:30:00Z'), 4)).toBe('2026-11-26');
    expect(nextDateOnWeekday(at('2026-11-25T10:00:00Z'), 2)).toBe('2026-12-01');
  });
});
