/**
 * The one translator, used by pages at build time and by islands in the browser: `{name}`
 * placeholders filled from params (numbers formatted for the language), and a key given with a
 * `count` picks its `.zero/.one/.two/.few/.many/.other` form through Intl.PluralRules.
 *
 * Keys are typed from the Romanian catalogue (src/i18n/ro.json), so a misspelt key does not
 * compile. The module holds no strings itself: the server binds it to a whole catalogue
 * (`makeT` in ./catalogues.ts), an island to the few strings its page picked for it (`pickStrings`).
 */
import type ro from '../../i18n/ro.json';
import { LOCALE, NUMBER_GROUPING, type Lang } from '../../locales';

/** Every key of the Romanian catalogue; every other catalogue must have the same keys. */
export type TranslationKey = keyof typeof ro;

/** `count.services` for the plural keys `count.services.one`, `.few`, `.other`. */
type PluralBase<K> = K extends `${infer Base}.other` ? Base : never;

/** What `t()` accepts for a set of keys: each key, and the base of each plural key (with `count`). */
export type MessageKey<K extends TranslationKey = TranslationKey> = K | PluralBase<K>;

/** The keys that start with one of the prefixes (`'map.'` → every `map.*` key). */
export type KeysWithPrefix<P extends string> = Extract<TranslationKey, `${P}${string}`>;

/** Some (or all) strings of one catalogue, in one language: what a page hands to an island. */
export type Strings<K extends TranslationKey = TranslationKey> = { readonly [Key in K]: string };

export type Params = Readonly<Record<string, string | number>>;

/** A translator that knows the keys `K`. */
export type Translate<K extends TranslationKey = TranslationKey> = (key: MessageKey<K>, params?: Params) => string;

/** The strings an island receives for its list of prefixes, and its translator over them. */
export type StringsFor<P extends readonly string[]> = Strings<KeysWithPrefix<P[number]>>;
export type TranslateFor<P extends readonly string[]> = Translate<KeysWithPrefix<P[number]>>;

/**
 * A translator over `strings` (already in `lang`).
 * @example translator(strings, 'ro')('count.services', { count: 20 }) // '20 de servicii'
 */
export function translator<K extends TranslationKey>(strings: Strings<K>, lang: Lang): Translate<K> {
  const table = strings as Readonly<Record<string, string | undefined>>;
  return (key, params) => {
    let template = table[key];
    if (template === undefined && params && typeof params.count === 'number') {
      template = table[`${key}.${pluralRules(lang).select(params.count)}`] ?? table[`${key}.other`];
    }
    // Visible but not fatal: keys are checked by the compiler and every language by the unit tests;
    // an island can still lack a string its page did not pick.
    if (template === undefined) return key;
    return template.replace(/\{(\w+)\}/g, (m, name: string, at: number) => {
      const v = params?.[name];
      if (v === undefined) return m;
      const text = typeof v === 'number' ? formatNumber(v, lang) : v;
      // A Hungarian date ends with a full stop ("2026. november 25."): where the sentence ends
      // right after it, the value's stop closes it too, never "25.." (any value ending in one alike).
      return text.endsWith('.') && template[at + m.length] === '.' ? text.slice(0, -1) : text;
    });
  };
}

/**
 * The strings of a catalogue whose keys start with one of the prefixes (a whole key counts as its
 * own prefix and takes its plural forms along): what a page hands to an island (see `pickStrings`).
 */
export function pickFrom<P extends string>(catalogue: Strings, prefixes: readonly P[]): Strings<KeysWithPrefix<P>> {
  return Object.fromEntries(Object.entries(catalogue).filter(([k]) => prefixes.some((p) => k.startsWith(p)))) as Strings<KeysWithPrefix<P>>;
}

/*
 * Intl objects are slow to create (each looks up locale data), and a map labels every cluster it
 * draws: one of each is made per language and options, when first needed, then reused.
 */
const pluralCache = new Map<Lang, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();
const dateCache = new Map<Lang, Intl.DateTimeFormat>();

function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = pluralCache.get(lang);
  if (!rules) pluralCache.set(lang, (rules = new Intl.PluralRules(LOCALE[lang])));
  return rules;
}

function numberFormat(lang: Lang, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${options ? JSON.stringify(options) : ''}`;
  let format = numberCache.get(key);
  if (!format) numberCache.set(key, (format = new Intl.NumberFormat(LOCALE[lang], options)));
  return format;
}

/**
 * Formats a number for a language. Whole numbers in the standard notation (every count in a label
 * or on a map cluster) are grouped here without Intl: the first Intl.NumberFormat a page makes
 * loads locale data, which costs tens of milliseconds before the map's first markers can be drawn.
 * The unit tests check this against Intl.NumberFormat.
 */
export function formatNumber(n: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  const standard = options === undefined || Object.entries(options).every(([k, v]) => k === 'notation' && v === 'standard');
  if (standard && Number.isSafeInteger(n) && n >= 0) {
    const digits = String(n);
    const { separator, minimumGroupingDigits } = NUMBER_GROUPING[lang];
    if (digits.length < 4 + minimumGroupingDigits - 1) return digits;
    let out = '';
    for (let end = digits.length; end > 0; end -= 3) out = (end > 3 ? separator : '') + digits.slice(Math.max(0, end - 3), end) + out;
    return out;
  }
  return numberFormat(lang, options).format(n);
}

/** Formats an ISO date (YYYY-MM-DD) for people, without time-zone surprises. */
export function formatDate(iso: string, lang: Lang): string {
  let format = dateCache.get(lang);
  if (!format) dateCache.set(lang, (format = new Intl.DateTimeFormat(LOCALE[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })));
  return format.format(new Date(`${iso}T12:00:00Z`));
}
