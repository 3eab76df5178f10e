import { describe, expect, it } from 'vitest';
import { compileHours, evaluateHours } from '../../src/lib/hours/opening-hours';
import { compiledStateAt, nextDateOnWeekday } from '../../src/lib/hours/compiled';

// Instants written with the Romanian offset (+02:00 in winter, +03:00 in summer).
const at = (iso: string) => new Date(iso);
const WEEKDAYS = 'Mo-Fr 08:00-16:00; PH off';

describe('evaluateHours (the library, at build time)', () => {
  it('is open on a working day and closed in the evening', () => {
    expect(evaluateHours(WEEKDAYS, at('2026-12-02T10:00:00+02:00'))).toBe('open');
    expect(evaluateHours(WEEKDAYS, at('2026-12-02T17:30:00+02:00'))).toBe('closed');
  });
  it('reads the time in Cluj-Napoca, not UTC', () => {
    // 07:30 UTC is 09:30 in Cluj-Napoca in winter.
    expect(evaluateHours('Mo-Fr 09:00-10:00', at('2026-12-02T07:30:00Z'))).toBe('open');
    expect(evaluateHours('Mo-Fr 09:00-10:00', at('2026-12-02T09:30:00Z'))).toBe('closed');
  });
  it('is closed on Romanian public holidays: National Day and Orthodox Easter Monday', () => {
    expect(evaluateHours(WEEKDAYS, at('2026-12-01T10:00:00+02:00'))).toBe('closed'); // Tuesday, 1 December
    expect(evaluateHours(WEEKDAYS, at('2026-04-13T10:00:00+03:00'))).toBe('closed'); // Orthodox Easter Monday 2026
    expect(evaluateHours(WEEKDAYS, at('2026-04-06T10:00:00+03:00'))).toBe('open'); // Western Easter Monday is a working day
  });
  it('is closed at the weekend', () => {
    expect(evaluateHours(WEEKDAYS, at('2026-11-28T10:00:00+02:00'))).toBe('closed');
  });
  it('is always open for 24/7', () => {
    expect(evaluateHours('24/7', at('2026-12-25T03:00:00+02:00'))).toBe('open');
  });
  it('says unknown, never closed, for missing or unknown hours', () => {
    expect(evaluateHours(undefined, at('2026-12-02T10:00:00+02:00'))).toBe('unknown');
    expect(evaluateHours('Mo-Fr 08:00-16:00; Sa unknown', at('2026-11-28T10:00:00+02:00'))).toBe('unknown');
  });
});

describe('compiled hours (what the browser evaluates)', () => {
  const compiled = compileHours(WEEKDAYS, '2026-11-24', 400)!;
  it('keeps the usual week and only the days that differ', () => {
    expect(compiled.week[1]).toEqual([480, 960, 0]);
    expect(compiled.week[0]).toEqual([]);
    expect(Object.keys(compiled.except).length).toBeLessThan(20);
  });
  it('agrees with the library on holidays, weekends and working days', () => {
    for (const iso of ['2026-12-01T10:00:00+02:00', '2026-12-02T10:00:00+02:00', '2026-11-28T10:00:00+02:00', '2027-05-03T10:00:00+03:00', '2027-05-04T10:00:00+03:00', '2026-12-02T16:00:00+02:00']) {
      expect(compiledStateAt(compiled, at(iso)), iso).toBe(evaluateHours(WEEKDAYS, at(iso)));
    }
    expect(compiledStateAt(compiled, at('2027-05-03T10:00:00+03:00'))).toBe('closed'); // Orthodox Easter Monday 2027
  });
  it('compiles 24/7 as the whole day and is unknown outside its window', () => {
    const always = compileHours('24/7', '2026-11-24', 30)!;
    expect(always.week.every((d) => d.join() === '0,1440,0')).toBe(true);
    expect(compiledStateAt(always, at('2026-11-30T23:59:00+02:00'))).toBe('open');
    expect(compiledStateAt(always, at('2027-06-01T10:00:00+03:00'))).toBe('unknown');
  });
  it('finds the coming date of a weekday in Cluj-Napoca', () => {
    // Wednesday 25 November 2026, 23:30 UTC is already Thursday in Cluj-Napoca.
    expect(nextDateOnWeekday(at('2026-11-25T23:30:00Z'), 4)).toBe('2026-11-26');
    expect(nextDateOnWeekday(at('2026-11-25T10:00:00Z'), 2)).toBe('2026-12-01');
  });
});
