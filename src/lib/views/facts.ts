/**
 * How one fact about a service or place reads, in the reader's language: the small pieces the
 * presenters (./service.ts, ./location.ts, ./provider.ts) and the exports are made of. Free of the
 * catalogues (each takes the translator it needs), so an island can use them too.
 */
import { DEFAULT_LANG, LOCALE, type Lang } from '../../locales';
import type { KeysWithPrefix, Translate } from '../i18n/translator';
import { hasTranslation, localize } from '../i18n/localize';
import type { LocalizedText } from '../../schemas/common';
import type { Service } from '../../schemas/service';
import type { Location } from '../../schemas/location';
import type { Hours } from '../../schemas/hours';

/**
 * A text from content in the reader's language, with the language it is really in when it fell back
 * to Romanian (for the `lang` attribute, so screen readers pronounce it right).
 */
export function contentText(text: LocalizedText | undefined, lang: Lang): { text?: string; lang?: Lang } {
  const value = localize(text, lang);
  if (value === undefined) return {};
  return hasTranslation(text, lang) ? { text: value } : { text: value, lang: DEFAULT_LANG };
}

/**
 * A postal address on one line, as every page, the shortlist, the map list and the GeoJSON write it.
 * @example addressLine({ street: 'Str. Albac nr. 2', postal_code: '400459', locality: 'Cluj-Napoca', county: 'Cluj' })
 *   // 'Str. Albac nr. 2, 400459 Cluj-Napoca, Cluj'
 */
export function addressLine(a: { street: string; postal_code?: string; locality: string; county: string }): string {
  return `${a.street}, ${a.postal_code ? `${a.postal_code} ` : ''}${a.locality}, ${a.county}`;
}

/** What a directions search for an address asks for: street and locality (postal codes confuse geocoders). */
export function addressQuery(a: { street: string; locality: string } | undefined): string | undefined {
  return a ? `${a.street}, ${a.locality}` : undefined;
}

/**
 * The ages a service takes, or undefined when the entry does not say.
 * @example agesText(t, 0, 18) // '0–18 ani'
 */
export function agesText(t: Translate<'service.agesRange' | 'service.agesFrom' | 'service.agesTo'>, min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined) return t('service.agesRange', { min, max });
  if (min !== undefined) return t('service.agesFrom', { min });
  if (max !== undefined) return t('service.agesTo', { max });
  return undefined;
}

const displayNames = new Map<Lang, Intl.DisplayNames>();

/**
 * A language's name in the reader's language, from its ISO 639 code (Intl.DisplayNames); the code
 * itself when Intl does not know it.
 * @example languageName('hu', 'ro') // 'maghiară'
 */
export function languageName(code: string, lang: Lang): string {
  const key = `${lang}:${code}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    let names = displayNames.get(lang);
    if (!names) displayNames.set(lang, (names = new Intl.DisplayNames([LOCALE[lang]], { type: 'language', fallback: 'code' })));
    languageNames.set(key, (name = names.of(code) ?? code));
  }
  return name;
}
// Every service page names its languages; the few distinct answers are kept.
const languageNames = new Map<string, string>();

/** "Free — details" */
export function costText(cost: Pick<NonNullable<Service['cost']>, 'kind' | 'details'>, lang: Lang, t: Translate<KeysWithPrefix<'service.cost.'>>): string {
  const details = localize(cost.details, lang);
  return `${t(`service.cost.${cost.kind}`)}${details ? ` — ${details}` : ''}`;
}

/** The ways in, in words: "By appointment, By referral". */
export function accessText(access: Pick<NonNullable<Service['access']>, 'modes'>, t: Translate<KeysWithPrefix<'service.access.'>>): string {
  return access.modes.map((m) => t(`service.access.${m}`)).join(', ');
}

/** "50 places", "20 people a day". */
export function capacityText(capacity: Pick<NonNullable<Service['capacity']>, 'value' | 'unit'>, t: Translate<KeysWithPrefix<'service.capacity.'>>): string {
  return t(`service.capacity.${capacity.unit}`, { count: capacity.value });
}

/** What serviceFactTexts reads: a service as written, or the shortlist file's language-neutral copy of it. */
export interface ServiceFactsInput {
  age_min?: number;
  age_max?: number;
  eligibility?: LocalizedText;
  cost?: Pick<NonNullable<Service['cost']>, 'kind' | 'details'>;
  access?: Pick<NonNullable<Service['access']>, 'modes' | 'how_to_refer'>;
  capacity?: Pick<NonNullable<Service['capacity']>, 'value' | 'unit'>;
}

/**
 * Ages, eligibility, cost, how to get in and capacity in words, only those known: one wording for the
 * provider page's view and the shortlist file worded in the browser.
 */
export function serviceFactTexts(
  s: ServiceFactsInput,
  lang: Lang,
  t: Translate<'service.agesRange' | 'service.agesFrom' | 'service.agesTo' | KeysWithPrefix<'service.cost.' | 'service.access.' | 'service.capacity.'>>,
): { ages?: string; eligibility?: string; cost?: string; access?: string; howToRefer?: string; capacity?: string } {
  const out: ReturnType<typeof serviceFactTexts> = {};
  const ages = agesText(t, s.age_min, s.age_max);
  if (ages) out.ages = ages;
  if (s.eligibility) out.eligibility = localize(s.eligibility, lang);
  if (s.cost) out.cost = costText(s.cost, lang, t);
  if (s.access) {
    out.access = accessText(s.access, t);
    if (s.access.how_to_refer) out.howToRefer = localize(s.access.how_to_refer, lang);
  }
  if (s.capacity) out.capacity = capacityText(s.capacity, t);
  return out;
}

/** Opening hours on one line, for data files: "Mo-Fr 08:00-16:00 — note" (pages set the hours as code). */
export function hoursLine(hours: Pick<Hours, 'opening_hours' | 'note'>): string {
  return [hours.opening_hours, hours.note].filter(Boolean).join(' — ');
}

/** Wheelchair access and the note, in words ("Wheelchair accessible — ramp at the back"); undefined when unknown. */
export function accessibilityText(a: Location['accessibility'], lang: Lang, t: Translate<KeysWithPrefix<'provider.wheelchair.'>>): string | undefined {
  if (!a) return undefined;
  const note = localize(a.note, lang);
  if (!a.wheelchair) return note;
  return `${t(`provider.wheelchair.${a.wheelchair}`)}${note ? ` — ${note}` : ''}`;
}
