/**
 * Checks an `opening_hours` value and turns the library's terse complaint into advice.
 * Kept apart from the evaluation code so that the schema does not pull the evaluator in.
 */
import OpeningHours from 'opening_hours';
import { message, type Message } from '../ingest/messages';
import { hoursFromText, type HoursLanguage } from './typed-hours';

// A directory repeats a few dozen distinct values across thousands of services; parsing is slow.
const checked = new Map<string, Message | null>();

/** Returns null when the value parses, otherwise a message saying what to write instead. */
export function checkOpeningHours(value: string): Message | null {
  let result = checked.get(value);
  if (result === undefined) {
    result = check(value);
    if (checked.size < 10_000) checked.set(value, result);
  }
  return result;
}

const valid = new Map<string, boolean>();

/** True when the value is in the syntax, without warnings (a warning means "write it more explicitly"). */
export function isValidOpeningHours(value: string): boolean {
  let result = valid.get(value);
  if (result === undefined) {
    result = parsesCleanly(value);
    // The entry builder asks on every keystroke; keep the answers, within reason.
    if (valid.size < 10_000) valid.set(value, result);
  }
  return result;
}

function parsesCleanly(value: string): boolean {
  if (!value.trim()) return false;
  try {
    // Romania, so that PH (public holidays) resolves to Romanian holidays.
    const oh = new OpeningHours(value.trim(), { lat: 46.77, lon: 23.59, address: { country_code: 'ro', state: '' } }, { mode: 0 } as never);
    return (oh.getWarnings?.() ?? []).length === 0;
  } catch {
    return false;
  }
}

function check(value: string): Message | null {
  const trimmed = value.trim();
  if (!trimmed) return message('hours.empty');
  const bareHour = /\b(\d{1,2})-(\d{1,2})\b/.exec(trimmed);
  try {
    const oh = new OpeningHours(trimmed, { lat: 46.77, lon: 23.59, address: { country_code: 'ro', state: '' } }, { mode: 0 } as never);
    const warnings = oh.getWarnings?.() ?? [];
    if (bareHour && warnings.length) return suggestion(trimmed);
    return null;
  } catch {
    return suggestion(trimmed);
  }
}

/**
 * What to write instead of a value people typed: the value read as Romanian, Hungarian or English
 * hours ("Luni-Vineri 12-14" → "Mo-Fr 12:00-14:00"), only ever a value that itself passes.
 */
export function suggestOpeningHours(value: string, prefer: HoursLanguage = 'ro'): string | undefined {
  const fixed = hoursFromText(value, prefer);
  return fixed !== undefined && fixed !== value.trim() && isValidOpeningHours(fixed) ? fixed : undefined;
}

function suggestion(value: string): Message {
  const fixed = suggestOpeningHours(value);
  return fixed ? message('hours.invalid-fix', { value, fixed }) : message('hours.invalid', { value });
}
