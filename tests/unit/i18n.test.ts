import { describe, expect, it } from 'vitest';
import ro from '../../src/i18n/ro.json';
import en from '../../src/i18n/en.json';
import hu from '../../src/i18n/hu.json';
import { localize, hasTranslation, localePath, makeT } from '../../src/lib/i18n/translate';
import { realContent } from './helpers';

const dicts: Record<string, Record<string, string>> = { ro, en, hu };
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Strings that are legitimately the same in two languages (names of languages, loan words, symbols).
const SAME_ALLOWED = new Set(['lang.ro', 'lang.en', 'lang.hu', 'provider.contact', 'provider.email', 'provider.phone', 'builder.field.email', 'builder.field.phone']);

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
