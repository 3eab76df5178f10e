/**
 * Normalising step: the documented clean-ups of registry text. Phone numbers are stored without
 * their leading 0 (9 digits), so the 0 is restored; "Cluj Napoca" is written "Cluj-Napoca";
 * capacities written "25 /zi" are 25 a day and "45 /L" 45 a month. Nothing is guessed: what does
 * not read cleanly is left out, with a warning.
 */
import { emailSchema } from '../../src/schemas/common';
import { streetName } from '../../src/lib/confidentiality/registry-rules';
import type { RegistryRecord } from './model';

/** Lower-case ASCII with single spaces: 'Cluj Napoca', 'cluj-napoca' and 'CLUJ-NAPOCA' fold alike. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** ASCII kebab-case, like 'asociatia-caritas-eparhial-greco-catolic-cluj'. */
export function slugify(s: string, max = 80): string {
  const full = fold(s).replace(/ /g, '-');
  if (full.length <= max) return full;
  const cut = full.slice(0, max);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

const CANONICAL_LOCALITIES: Record<string, string> = { 'cluj napoca': 'Cluj-Napoca' };

/** The locality as it is officially written: 'Cluj Napoca' becomes 'Cluj-Napoca'; others are kept. */
export function normaliseLocality(s: string): string {
  const clean = s.trim().replace(/\s+/g, ' ');
  return CANONICAL_LOCALITIES[fold(clean)] ?? clean;
}

/** Registry phones drop the leading 0: '264430286' becomes '0264 430 286'. Returns undefined when not a phone. */
export function normalisePhone(raw: string): string | undefined {
  const s = raw.trim();
  if (!/^[0-9 ./+-]+$/.test(s)) return undefined;
  let digits = s.replace(/\D/g, '');
  if (digits.startsWith('40') && digits.length === 11) digits = digits.slice(2);
  if (digits.length === 9 && !digits.startsWith('0')) digits = `0${digits}`;
  if (digits.length !== 10 || !digits.startsWith('0')) return undefined;
  // Bucharest numbers (021, 031) are read 3-3-4, all others 4-3-3.
  return /^0[23]1/.test(digits)
    ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`
    : `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
}

/** The same check as the provider schema, so an address kept here always validates. */
const isEmail = (s: string) => emailSchema.shape.address.safeParse(s).success;

/** Splits 'a@x.ro, b@y.ro' and keeps valid addresses as written; the rest is returned as rejected. */
export function parseEmails(raw: string): { valid: string[]; rejected: string[] } {
  const parts = raw.split(/[,;\s]+/).map((p) => p.trim()).filter(Boolean);
  return { valid: parts.filter(isEmail), rejected: parts.filter((p) => !isEmail(p)) };
}

/** '20' -> 20 places; '25 /zi' -> 25 a day; '45 /L' -> 45 a month (L = lună). Anything else: undefined. */
export function parseCapacity(raw: string): { value: number; unit: 'places' | 'per_day' | 'per_month' } | undefined {
  const s = raw.trim();
  const m = /^(\d+)\s*(?:\/\s*(zi|l))?$/i.exec(s);
  if (!m) return undefined;
  const value = Number(m[1]);
  if (!Number.isSafeInteger(value) || value <= 0) return undefined;
  const unit = m[2] === undefined ? 'places' : m[2].toLowerCase() === 'zi' ? 'per_day' : 'per_month';
  return { value, unit };
}

/** A record's capacity and contacts, normalised; each value left out is named in `warnings`. */
export function contactsOf(rec: RegistryRecord): { capacity?: ReturnType<typeof parseCapacity>; phones: string[]; emails: string[]; warnings: string[] } {
  const warnings: string[] = [];
  const capRaw = rec.capacitate.trim();
  const capacity = capRaw ? parseCapacity(capRaw) : undefined;
  if (capRaw && !capacity) warnings.push(`capacity '${capRaw}' is not a number; left out`);
  const phones: string[] = [];
  for (const p of rec.phone) {
    const n = normalisePhone(p);
    if (n) phones.push(n);
    else warnings.push(`phone '${p}' is not a Romanian phone number; left out`);
  }
  const { valid: emails, rejected } = parseEmails(rec.email);
  for (const e of rejected) warnings.push(`e-mail '${e}' is not a valid address; left out`);
  return { capacity, phones, emails, warnings };
}

/** The street without numbers: 'Fabricii de Zahăr 49/51 B' and 'Fabricii de zahăr 49-51' are the same street. */
export const streetKey = streetName;

/** Registry ids in number order when both are numbers, else in text order. */
export function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a.localeCompare(b);
}

export const uniq = <T>(xs: T[]) => [...new Set(xs)];
