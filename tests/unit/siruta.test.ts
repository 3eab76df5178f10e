/** SIRUTA into the areas taxonomy: names, ids, and the import on the real register (skipped without it). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { findCounty, parseSiruta, preferredId, properName, sirutaKind } from '../../scripts/siruta';
import { areasFileText, headerOf, importCounty } from '../../scripts/import-siruta';
import { taxonomyFileSchema, type TaxonomyTerm } from '../../src/schemas/taxonomy';
import { sharedSet } from './shared-data';

describe('SIRUTA names', () => {
  it('drops the unit prefix and writes names in title case with Romanian diacritics', () => {
    expect(properName('MUNICIPIUL CLUJ-NAPOCA')).toBe('Cluj-Napoca');
    expect(properName('FLOREȘTI')).toBe('Florești');
    expect(properName('ORAȘ HUEDIN')).toBe('Huedin');
    expect(properName('JUDEȚUL BISTRIȚA-NĂSĂUD')).toBe('Bistrița-Năsăud');
    expect(properName('ȘOMCUTU MIC')).toBe('Șomcutu Mic');
    expect(properName('ȚAGA')).toBe('Țaga');
    expect(properName('ÎNTRE LACURI')).toBe('Între Lacuri');
  });
  it('keeps the small words of a name in lower case, but not at its start', () => {
    expect(properName('VALEA LUI CATI')).toBe('Valea lui Cati');
    expect(properName('MUREȘENII DE CÂMPIE')).toBe('Mureșenii de Câmpie');
    expect(properName('SUB COASTĂ')).toBe('Sub Coastă');
    expect(properName('BOJ-CĂTUN')).toBe('Boj-Cătun');
  });
  it('gives units readable ids and localities ids with their code, since village names repeat', () => {
    expect(preferredId({ code: 57706, name: 'FLOREȘTI', county: 12, parent: 127, type: 3, level: 2 })).toBe('floresti');
    expect(preferredId({ code: 57724, name: 'LUNA DE SUS', county: 12, parent: 57706, type: 23, level: 3 })).toBe('luna-de-sus-57724');
  });
  it('names the kind of each row', () => {
    expect(sirutaKind({ type: 40, level: 1 })).toBe('county');
    expect(sirutaKind({ type: 1, level: 2 })).toBe('municipality');
    expect(sirutaKind({ type: 4, level: 2 })).toBe('municipality');
    expect(sirutaKind({ type: 2, level: 2 })).toBe('town');
    expect(sirutaKind({ type: 3, level: 2 })).toBe('commune');
    expect(sirutaKind({ type: 23, level: 3 })).toBe('locality');
  });
  it('says which line and column it cannot read', () => {
    expect(() => parseSiruta('A;B\n1;2', 'x.csv')).toThrow(/x\.csv: line 1 has no column SIRUTA, DENLOC/);
    expect(() => parseSiruta('SIRUTA;DENLOC;JUD;SIRSUP;TIP;NIV\nabc;X;12;127;3;2', 'x.csv')).toThrow(/x\.csv: line 2: SIRUTA is 'abc', not a whole number/);
  });
});

const DIR = sharedSet('siruta');
describe.skipIf(!DIR)('the SIRUTA import on the real register (../shared/data/siruta)', () => {
  const rows = DIR ? parseSiruta(readFileSync(join(DIR, 'siruta.csv'), 'utf8')) : [];
  const cluj = findCounty(rows, 'Cluj')!;
  const committed = readFileSync('content/taxonomy/areas.yaml', 'utf8');
  const terms = taxonomyFileSchema.parse(parse(committed)).terms;
  const byId = new Map(terms.map((t) => [t.id, t]));

  it('finds the county by name or by number', () => {
    expect(cluj).toMatchObject({ code: 127, county: 12 });
    expect(findCounty(rows, '12')).toBe(cluj);
    expect(findCounty(rows, 'Județul Cluj')).toBe(cluj);
  });

  it("writes Cluj county's 81 administrative units and 434 localities, each keyed by its code", () => {
    const units = terms.filter((t) => t.parent === 'judetul-cluj');
    expect(units).toHaveLength(81);
    expect(units.map((u) => u.kind).filter((k) => k === 'commune')).toHaveLength(75);
    const localities = terms.filter((t) => t.kind === 'locality' && units.some((u) => u.id === t.parent));
    expect(localities).toHaveLength(434);
    for (const t of [...units, ...localities]) expect(t.siruta, t.id).toBeTypeOf('number');
    expect(byId.get('floresti')).toMatchObject({ kind: 'commune', siruta: 57706, label: { ro: 'Florești' } });
    // A village belongs to its commune (SIRSUP): Copăceni to Săndulești.
    const copaceni = terms.find((t) => t.label.ro === 'Copăceni')!;
    expect(byId.get(copaceni.parent!)?.label.ro).toBe('Săndulești');
  });

  it('keeps the committed taxonomy in step with the importer (running it again changes nothing)', () => {
    const again = importCounty(rows, cluj, terms);
    expect(areasFileText(headerOf(committed), again.terms)).toBe(committed);
    expect(again.counts.added).toBe(0);
  });

  it('keeps hand-written labels and neighbourhoods, which SIRUTA does not have', () => {
    expect(byId.get('cluj-napoca')?.label.hu).toBe('Kolozsvár');
    const at = terms.findIndex((t) => t.id === 'cluj-napoca');
    expect(terms[at + 1]).toMatchObject({ parent: 'cluj-napoca', kind: 'neighbourhood' });
    // From an empty slate it gives every new term its Romanian name in every language.
    const bare: TaxonomyTerm[] = terms.filter((t) => t.kind === 'country' || t.kind === 'county').map(({ siruta: _s, kind: _k, ...t }) => t);
    const fresh = importCounty(rows, cluj, bare);
    expect(fresh.terms.find((t) => t.siruta === 57706)?.label).toEqual({ ro: 'Florești', en: 'Florești', hu: 'Florești' });
    expect(fresh.counts).toMatchObject({ units: 81, localities: 434, counties: 42 });
  });
});
