/**
 * Checks an `opening_hours` value and turns the library's terse complaint into advice.
 * Kept apart from the evaluation code so that the schema does not pull the evaluator in.
 */
import OpeningHours from 'opening_hours';

// A directory repeats a few dozen distinct values across thousands of services; parsing is slow.
const checked = new Map<string, string | null>();

/** Returns null when the value parses, otherwise a sentence saying what to write instead. */
export function checkOpeningHours(value: string): string | null {
  let result = checked.get(value);
  if (result === undefined) {
    result = check(value);
    if (checked.size < 10_000) checked.set(value, result);
  }
  return result;
}

function check(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return "is empty; leave the 'hours' field out when the hours are unknown";
  const bareHour = /\b(\d{1,2})-(\d{1,2})\b/.exec(trimmed);
  try {
    // Romania, so that PH (public holidays) resolves to Romanian holidays.
    const oh = new OpeningHours(trimmed, { lat: 46.77, lon: 23.59, address: { country_code: 'ro', state: '' } }, { mode: 0 } as never);
    const warnings = oh.getWarnings?.() ?? [];
    if (bareHour && warnings.length) return suggestion(trimmed);
    return null;
  } catch {
    return suggestion(trimmed);
  }
}

// Romanian day abbreviations people naturally write, mapped to the syntax's English ones.
const ROMANIAN_DAYS: Record<string, string> = { Lu: 'Mo', Ma: 'Tu', Mi: 'We', Jo: 'Th', Vi: 'Fr', Sâ: 'Sa', Sb: 'Sa', Du: 'Su' };

function suggestion(value: string): string {
  const fixed = value
    .replace(/(?<![A-Za-zÂâ])(Lu|Ma|Mi|Jo|Vi|Sâ|Sb|Du)(?![A-Za-zâ])/g, (d) => ROMANIAN_DAYS[d] ?? d)
    .replace(/\b(\d{1,2})(?::(\d{2}))?-(\d{1,2})(?::(\d{2}))?\b/g, (_m, h1: string, m1?: string, h2?: string, m2?: string) => {
    const pad = (h: string) => h.padStart(2, '0');
    return `${pad(h1)}:${m1 ?? '00'}-${pad(h2 ?? '')}:${m2 ?? '00'}`;
  });
  const hint = fixed !== value ? `; write '${fixed}'` : "; write it like 'Mo-Fr 08:00-16:00' (see https://wiki.openstreetmap.org/wiki/Key:opening_hours)";
  return `'${value}' is not valid opening hours${hint}`;
}
