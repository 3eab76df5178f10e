import { describe, expect, it } from 'vitest';
import { enStems, fold, huStems, isStopword, stem, stemsIn, words } from '../../src/lib/search/text-normalise';

describe('fold', () => {
  it('removes Romanian diacritics, comma-below and cedilla forms alike', () => {
    expect(fold('Bătrânilor')).toBe('batranilor');
    expect(fold('ȘȚ șț')).toBe('st st');
    expect(fold('ŞŢ şţ')).toBe('st st');
    expect(fold('Îngrijire')).toBe('ingrijire');
  });
  it('removes Hungarian accents, double acute included', () => {
    expect(fold('Árvíztűrő tükörfúrógép ÉŐÖÜÚÓ')).toBe('arvizturo tukorfurogep eoouuo');
  });
});

describe('words and stem', () => {
  it('brings the inflections of a word to one stem', () => {
    const stems = ['bătrân', 'bătrâni', 'bătrânii', 'bătrânilor'].map((w) => stem(fold(w)));
    expect(new Set(stems)).toEqual(new Set(['batran']));
  });
  it('keeps short words whole', () => {
    expect(stem('casa')).toBe('casa');
    expect(stem('copil')).toBe('copil');
  });
  it('splits on punctuation and spaces', () => {
    expect(words('Centru de zi, pentru bătrâni!').map(stem)).toEqual(['centr', 'de', 'zi', 'pentr', 'batran']);
  });
});

describe('Hungarian endings', () => {
  it('brings plurals, cases, possessives and the adjective -i to the word (accents folded)', () => {
    const pairs: Array<[string, string]> = [
      ['hajléktalanok', 'hajléktalan'], ['idősek', 'idős'], ['nyugdíjasok', 'nyugdíjas'], ['romák', 'roma'], ['szülők', 'szülő'],
      ['hajléktalanoknak', 'hajléktalan'], ['gyereknek', 'gyerek'], ['kórházban', 'kórház'], ['börtönből', 'börtön'], ['otthonába', 'otthon'],
      ['utcán', 'utca'], ['segítségre', 'segítség'], ['telefonon', 'telefon'], ['orvoshoz', 'orvos'], ['ügyvédhez', 'ügyvéd'],
      ['szállást', 'szállás'], ['segélyt', 'segély'], ['ügyvédet', 'ügyvéd'], ['ebédet', 'ebéd'], ['pénzért', 'pénz'],
      ['kerekesszékkel', 'kerekesszék'], ['orvossal', 'orvos'], ['otthona', 'otthon'], ['férjem', 'férj'], ['jogaim', 'jog'],
      ['gyerekeimnek', 'gyerek'], ['otthoni', 'otthon'], ['utcai', 'utca'], ['családi', 'család'],
    ];
    expect(pairs.filter(([a, b]) => !huStems(fold(a)).includes(fold(b).replace(/ly/g, 'j')))).toEqual([]);
    // "ly" and "j" sound alike; people write either.
    expect(huStems(fold('segéjt'))).toContain('segej');
    expect(huStems(fold('segély'))).toContain('segej');
  });
  it('never strips -talan/-telen: "homeless" is not "home"', () => {
    expect(huStems('hajlektalan')).toEqual(['hajlektalan']);
    expect(huStems('otthontalan')).toEqual(['otthontalan']);
    expect(huStems('hajlektalanoknak')).not.toContain('hajlekt');
    expect(huStems('otthoni').some((s) => huStems('otthontalan').includes(s))).toBe(false);
  });
});

describe('stems per language and stopwords', () => {
  it('reads English plurals and keeps whole words whole', () => {
    expect(enStems('refugees')).toContain('refugee');
    expect(enStems('families')).toContain('family');
    expect(enStems('drugstore')).toEqual(['drugstore']);
    expect(enStems('address')).toEqual(['address']);
  });
  it('reads Romanian endings, and "caldă" never meets "căldură"', () => {
    expect(stemsIn('ro', 'familiilor')).toContain('famil');
    expect(stemsIn('ro', 'familie')).toContain('famil');
    const calda = stemsIn('ro', fold('caldă'));
    expect(stemsIn('ro', fold('căldură')).some((s) => calda.includes(s))).toBe(false);
  });
  it('knows the words that carry no meaning of their own', () => {
    for (const w of ['a', 'az', 'egy', 'es', 'nem', 'van', 'vagyok', 'kell', 'hol', 'hova', 'de', 'the']) expect(isStopword(w), w).toBe(true);
    expect(isStopword('ebed')).toBe(false);
  });
});
