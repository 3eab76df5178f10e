import { describe, expect, it } from 'vitest';
import ro from '../../src/i18n/ro.json';
import en from '../../src/i18n/en.json';
import hu from '../../src/i18n/hu.json';
import { localize, hasTranslation } from '../../src/lib/i18n/localize';
import { CATALOGUES, makeT, pickStrings } from '../../src/lib/i18n/catalogues';
import { translator, type Strings } from '../../src/lib/i18n/translator';
import { LANGS } from '../../src/locales';
import { MAP_STRING_KEYS } from '../../src/lib/map/core';
import { SEARCH_STRING_KEYS } from '../../src/lib/search/labels';
import { SHORTLIST_STRING_KEYS } from '../../src/lib/shortlist/strings';
import { BUILDER_STRING_KEYS } from '../../src/components/islands/contribute/EntryBuilder';
import { localePath } from '../../src/lib/routes';
import { realContent } from './helpers';

const dicts: Record<string, Record<string, string>> = { ro, en, hu };
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Strings that are legitimately the same in two languages (names of languages, loan words, symbols).
// share.sms and share.whatsapp are names; share.phone is "Telefon: {number}" in Romanian and Hungarian alike.
const SAME_ALLOWED = new Set(['lang.ro', 'lang.en', 'lang.hu', 'provider.contact', 'provider.email', 'provider.phone', 'builder.field.email', 'builder.field.phone', 'share.sms', 'share.whatsapp', 'share.phone']);

describe('UI strings', () => {
  it('have the same keys in Romanian, English and Hungarian', () => {
    const keys = Object.keys(ro).sort();
    expect(Object.keys(en).sort()).toEqual(keys);
    expect(Object.keys(hu).sort()).toEqual(keys);
  });

  it('have no empty values', () => {
    for (const [lang, dict] of Object.entries(dicts))
      for (const [key, value] of Object.entries(dict)) expect(value.trim(), `${lang}: ${key}`).not.toBe('');
  });

  it('use the same {placeholders} in every language', () => {
    for (const key of Object.keys(ro)) {
      expect(placeholders(en[key as keyof typeof en] ?? ''), `en: ${key}`).toEqual(placeholders(ro[key as keyof typeof ro]));
      expect(placeholders(hu[key as keyof typeof hu] ?? ''), `hu: ${key}`).toEqual(placeholders(ro[key as keyof typeof ro]));
    }
  });

  it('are really translated into Hungarian, not copied from Romanian or English', () => {
    const copied = Object.keys(ro).filter((key) => {
      if (SAME_ALLOWED.has(key)) return false;
      const h = (hu as Record<string, string>)[key]!;
      // Short strings made of placeholders and symbols only ("{min}–{max}") may match.
      if (h.replace(/\{\w+\}|[\s\d.,:;()–—·/-]/g, '').length < 3) return false;
      return h === (ro as Record<string, string>)[key] || h === (en as Record<string, string>)[key];
    });
    expect(copied).toEqual([]);
  });

  it('pick Hungarian plural and number formats through Intl', () => {
    const t = makeT('hu');
    expect(t('count.services', { count: 1 })).toBe('1 szolgáltatás');
    expect(t('count.services', { count: 12000 })).toMatch(/^12\s000 szolgáltatás$/);
    expect(makeT('ro')('count.services', { count: 20 })).toBe('20 de servicii');
  });

  it('give every plural an .other form, and never a plain key of the same name (it would hide the plurals)', () => {
    const keys = new Set(Object.keys(ro));
    const bases = [...keys].filter((k) => /\.(zero|one|two|few|many|other)$/.test(k)).map((k) => k.replace(/\.\w+$/, ''));
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) {
      expect(keys.has(`${base}.other`), base).toBe(true);
      expect(keys.has(base), base).toBe(false);
    }
  });

  it('use no key named after the benchmark for a string people read', () => {
    expect(Object.keys(ro).filter((k) => k.startsWith('bench.'))).toEqual([]);
  });
});

describe('the translator', () => {
  it('fills placeholders, formatting numbers for the language', () => {
    expect(makeT('en')('map.cluster', { count: 1200 })).toMatch(/^1,200 services\b/);
    expect(makeT('ro')('pagination.status', { page: 2, pages: 3 })).toBe('Pagina 2 din 3');
    // A placeholder without a value stays visible rather than vanishing.
    expect(makeT('en')('pagination.status', { page: 2 })).toMatch(/\{pages\}/);
  });

  it('says the key when a string is missing, so the gap shows instead of a blank', () => {
    expect(translator({} as Strings<'site.name'>, 'en')('site.name')).toBe('site.name');
  });

  it('reads the same on the server and in an island, from the strings the page picked', () => {
    for (const lang of LANGS) {
      for (const prefixes of [MAP_STRING_KEYS, SEARCH_STRING_KEYS, SHORTLIST_STRING_KEYS, BUILDER_STRING_KEYS] as ReadonlyArray<readonly string[]>) {
        const picked = pickStrings(lang, prefixes);
        expect(Object.keys(picked).length, `${lang} ${prefixes.join()}`).toBeGreaterThan(0);
        const island = translator(picked as Strings, lang);
        for (const key of Object.keys(picked) as Array<keyof typeof ro>) expect(island(key, { count: 3 }), `${lang} ${key}`).toBe(makeT(lang)(key, { count: 3 }));
      }
    }
  });

  it('hands an island only the strings with its prefixes', () => {
    const picked = pickStrings('hu', MAP_STRING_KEYS);
    expect(Object.keys(picked)).toContain('map.cluster.other');
    expect(Object.keys(picked)).not.toContain('map.title');
    expect(Object.keys(picked).every((k) => MAP_STRING_KEYS.some((p) => k.startsWith(p)))).toBe(true);
    expect(picked['map.label']).toBe(CATALOGUES.hu['map.label']);
  });

  it('does not compile a misspelt key (checked by tsc and astro check, which read this file)', () => {
    const t = makeT('en');
    // @ts-expect-error 'provider.phonee' is not a key of src/i18n/ro.json
    expect(t('provider.phonee')).toBe('provider.phonee');
    const island = translator(pickStrings('en', MAP_STRING_KEYS), 'en');
    // @ts-expect-error an island cannot ask for a string its page did not pick for it
    expect(island('site.name')).toBe('site.name');
  });
});

describe('taxonomy labels', () => {
  const { beneficiaryCategories, serviceTypes, areas } = realContent.taxonomies;
  it('have a Hungarian label for every term, and a Hungarian description wherever there is a Romanian one', () => {
    for (const term of [...beneficiaryCategories, ...serviceTypes, ...areas]) {
      expect(term.label.hu?.trim(), term.id).toBeTruthy();
      if (term.description?.ro) expect(term.description.hu?.trim(), `${term.id} description`).toBeTruthy();
    }
  });
});

describe('content text per language', () => {
  it('shows the requested language when present and falls back to Romanian', () => {
    const text = { ro: 'Centru de zi', en: 'Day centre', hu: 'Nappali központ' };
    expect(localize(text, 'hu')).toBe('Nappali központ');
    expect(hasTranslation(text, 'hu')).toBe(true);
    expect(localize({ ro: 'Centru de zi' }, 'hu')).toBe('Centru de zi');
    expect(hasTranslation({ ro: 'Centru de zi' }, 'hu')).toBe(false);
    expect(hasTranslation('Centru de zi', 'hu')).toBe(false);
    expect(hasTranslation('Centru de zi', 'ro')).toBe(true);
  });

  it('keeps the page when switching language', () => {
    const path = '/providers/dasm-cluj-napoca/';
    expect(localePath('en', path)).toBe('/en/providers/dasm-cluj-napoca/');
    expect(localePath('ro', path)).toBe('/providers/dasm-cluj-napoca/');
  });
});
