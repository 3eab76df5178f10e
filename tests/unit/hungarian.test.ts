/**
 * Hungarian done properly: no Romanian or English left in hu.json and in the Hungarian messages of
 * validate and the entry builder (messages/hu.json), one term per idea (the glossary
 * in src/i18n/README.md), dates without a doubled full stop, Hungarian alphabetical order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import hu from '../../src/i18n/hu.json';
import huMessages from '../../src/i18n/messages/hu.json';
import ro from '../../src/i18n/ro.json';
import { makeT } from '../../src/lib/i18n/catalogues';
import { formatDate, type TranslationKey } from '../../src/lib/i18n/translator';
import { sortedFor } from '../../src/lib/i18n/collate';
import { LANGS } from '../../src/locales';

const strings = [
  ...Object.entries(hu as Record<string, string>),
  ...Object.entries(huMessages as Record<string, string>).map(([k, v]) => [`messages:${k}`, v] as [string, string]),
];

/*
 * Keys allowed to hold a foreign word, each with its reason. Everything else in hu.json must be
 * Hungarian (placeholders aside).
 */
const FOREIGN_ALLOWED: Record<string, string> = {
  'lang.ro': 'the language switch names each language in itself',
  'lang.en': 'the language switch names each language in itself',
  'data.file.hsdsTabular': 'HSDS table names are identifiers (organizations, services, locations…)',
  'data.hsds.body': 'the standard is called "Human Services Data Specification"',
  'data.hsds.title': 'the standard is called "Open Referral HSDS"',
  'builder.hint.hours': 'OpenStreetMap opening-hours syntax uses English day abbreviations (Mo Tu We)',
  'data.csv.dates': 'assured_date and newest_source_date are column names',
  'builder.correct.badAddress': 'quotes the site\'s URL path (/providers/…), which is the same in every language',
};

// Letters Hungarian does not have: a string holding one was copied from Romanian.
const ROMANIAN_LETTERS = /[ăâîșțşţĂÂÎȘȚŞŢ]/;
// Common Romanian and English words that are not also Hungarian words.
const ROMANIAN_WORDS = ['si', 'pentru', 'sau', 'servicii', 'serviciu', 'serviciul', 'furnizor', 'furnizori', 'adresa', 'harta', 'sunati', 'necunoscut', 'gratuit', 'cautare', 'persoane', 'copii', 'acest', 'aceasta', 'din', 'este', 'sunt', 'cu'];
const ENGLISH_WORDS = ['the', 'and', 'of', 'to', 'with', 'for', 'service', 'services', 'provider', 'providers', 'unknown', 'hours', 'open', 'closed', 'search', 'filters', 'map', 'phone', 'call', 'address', 'please', 'click', 'here', 'more', 'show', 'loading', 'not', 'known', 'free'];

const words = (s: string) => s.replace(/\{\w+\}/g, ' ').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

/** The glossary table of src/i18n/README.md: each idea's Hungarian term and the words not to use. */
function glossary(): Array<{ idea: string; term: string; not: string[] }> {
  const readme = readFileSync(new URL('../../src/i18n/README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Hungarian glossary'));
  return section.split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*(Idea|---)/.test(line))
    .map((line) => line.split('|').slice(1, -1).map((c) => c.trim()))
    .map(([idea, term, not]) => ({ idea: idea!, term: term!, not: not!.split(',').map((w) => w.trim()).filter(Boolean) }));
}

describe('hu.json', () => {
  it('holds no Romanian or English left over', () => {
    const leftovers: string[] = [];
    for (const [key, value] of strings) {
      if (key in FOREIGN_ALLOWED) continue;
      if (ROMANIAN_LETTERS.test(value)) leftovers.push(`${key}: Romanian letter in "${value}"`);
      for (const w of words(value)) {
        if (ROMANIAN_WORDS.includes(w)) leftovers.push(`${key}: Romanian "${w}"`);
        if (ENGLISH_WORDS.includes(w)) leftovers.push(`${key}: English "${w}"`);
      }
    }
    expect(leftovers).toEqual([]);
  });

  it('finds a leftover when there is one (the word lists work)', () => {
    expect(words('Servicii pentru {name}').some((w) => ROMANIAN_WORDS.includes(w))).toBe(true);
    expect(words('Show {count} more').some((w) => ENGLISH_WORDS.includes(w))).toBe(true);
    expect(ROMANIAN_LETTERS.test('Sunați')).toBe(true);
    expect(words('Szolgáltatás keresése').some((w) => ROMANIAN_WORDS.includes(w) || ENGLISH_WORDS.includes(w))).toBe(false);
  });

  it('uses one term per idea, as the glossary in src/i18n/README.md says', () => {
    const rows = glossary();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    const all = strings.map(([, v]) => v.toLowerCase()).join('\n');
    for (const { idea, term, not } of rows) {
      expect(all, `${idea}: "${term}" is the term, but hu.json never uses it`).toContain(term.toLowerCase());
      for (const word of not) {
        const users = strings.filter(([, v]) => v.toLowerCase().includes(word.toLowerCase())).map(([k]) => k);
        expect(users, `${idea}: write "${term}", not "${word}"`).toEqual([]);
      }
    }
  });
});

describe('Hungarian dates', () => {
  const date = formatDate('2026-11-25', 'hu');

  it('end with one full stop, even where the sentence ends after them', () => {
    expect(date).toBe('2026. november 25.');
    const t = makeT('hu');
    expect(t('footer.built', { date })).toBe('Készült: 2026. november 25.');
    expect(t('compare.assured', { date })).toBe('Egy személy ellenőrizte: 2026. november 25.');
    expect(t('review.last', { date, due: formatDate('2027-05-25', 'hu') })).toBe('Utolsó teljes felülvizsgálat: 2026. november 25.; a következő esedékessége: 2027. május 25.');
  });

  it('never give ".." in any string of any language, whatever a date placeholder holds', () => {
    for (const lang of LANGS) {
      const t = makeT(lang);
      const day = formatDate('2026-11-25', lang);
      for (const key of Object.keys(ro) as TranslationKey[]) {
        const params = Object.fromEntries([...(ro[key] as string).matchAll(/\{(\w+)\}/g)].map((m) => [m[1]!, day]));
        expect(t(key, params), `${lang}: ${key}`).not.toMatch(/[^.]\.\.(?!\.)/);
      }
    }
  });

  it('keep a stop the template needs when the value has none', () => {
    expect(makeT('en')('footer.built', { date: formatDate('2026-11-25', 'en') })).toBe('Built on 25 November 2026.');
  });
});

describe('alphabetical order per language', () => {
  it('sorts Hungarian lists by the Hungarian alphabet ("cs" after "c", "ö" after "o", "sz" after "s")', () => {
    const labels = ['Szenvedélybetegek', 'Cukorbetegek', 'Családok', 'Önkéntesek', 'Sérültek', 'Orvosok'];
    expect(sortedFor('hu', labels, (x) => x)).toEqual(['Cukorbetegek', 'Családok', 'Orvosok', 'Önkéntesek', 'Sérültek', 'Szenvedélybetegek']);
    // The same words by Romanian rules: the reader's language decides.
    expect(sortedFor('ro', labels, (x) => x)).toEqual(['Családok', 'Cukorbetegek', 'Önkéntesek', 'Orvosok', 'Sérültek', 'Szenvedélybetegek']);
  });

  it('keeps the order of equal labels and leaves the input alone', () => {
    const items = [{ id: 'c', label: 'Béla' }, { id: 'b', label: 'Alfa' }, { id: 'a', label: 'alfa' }];
    const sorted = sortedFor('hu', items, (x) => x.label);
    expect(sorted.map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(items.map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });
});
