/**
 * Maps OpenStreetMap `opening_hours` to HSDS 3.0 schedules (iCalendar-style weekly rules) where the
 * value is a plain weekly timetable; anything richer is kept whole in the schedule's description,
 * so no information is lost and none is invented.
 */

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;

export interface WeeklyRule {
  byday: string;
  opens_at: string;
  closes_at: string;
}

function expandDays(spec: string): string[] | undefined {
  const days: string[] = [];
  for (const part of spec.split(',')) {
    const m = /^(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?$/.exec(part);
    if (!m) return undefined;
    const from = DAYS.indexOf(m[1] as (typeof DAYS)[number]);
    const to = m[2] ? DAYS.indexOf(m[2] as (typeof DAYS)[number]) : from;
    if (to < from) return undefined;
    for (let i = from; i <= to; i++) days.push(DAYS[i]!);
  }
  return days;
}

/**
 * Weekly rules for a plain timetable, or undefined when the value says more than weekly hours can.
 * @example weeklyRules('Mo-Fr 08:00-16:00; PH off') // [{ byday: 'MO,TU,WE,TH,FR', opens_at: '08:00:00', closes_at: '16:00:00' }]
 * @example weeklyRules('24/7') // [{ byday: 'MO,...,SU', opens_at: '00:00:00', closes_at: '23:59:59' }]
 */
export function weeklyRules(openingHours: string): WeeklyRule[] | undefined {
  const value = openingHours.trim();
  const all = DAYS.map((d) => d.toUpperCase()).join(',');
  if (value === '24/7') return [{ byday: all, opens_at: '00:00:00', closes_at: '23:59:59' }];
  const rules: WeeklyRule[] = [];
  for (const raw of value.split(';').map((r) => r.trim()).filter(Boolean)) {
    // Public-holiday closures are the default reading of a weekly timetable; the description keeps them.
    if (raw === 'PH off') continue;
    const m = /^([A-Za-z,-]+) ((?:\d{2}:\d{2}-\d{2}:\d{2})(?:,\d{2}:\d{2}-\d{2}:\d{2})*)$/.exec(raw);
    if (!m) return undefined;
    const days = expandDays(m[1]!);
    if (!days) return undefined;
    for (const range of m[2]!.split(',')) {
      const [opens, closes] = range.split('-') as [string, string];
      rules.push({ byday: days.map((d) => d.toUpperCase()).join(','), opens_at: `${opens}:00`, closes_at: closes === '24:00' ? '23:59:59' : `${closes}:00` });
    }
  }
  return rules.length ? rules : undefined;
}
