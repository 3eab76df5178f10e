/**
 * Calendar arithmetic on ISO days (YYYY-MM-DD), the only date form content and builds use. No
 * clock is read here: "today" is always an argument, so the same content builds the same site.
 */

/**
 * The same day `months` calendar months later (earlier when negative), clamped to the month's end.
 * @example addMonths('2026-03-31', -1) // '2026-02-28'
 * @example addMonths('2025-11-30', 12) // '2026-11-30'
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Whole calendar months from one day to a later one.
 * @example monthsBetween('2016-12-31', '2026-11-25') // 118
 */
export function monthsBetween(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}
