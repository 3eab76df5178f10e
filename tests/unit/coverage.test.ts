import { describe, expect, it } from 'vitest';
import { areaIndex } from '../../src/lib/catalogue/areas';
import {
  AREA_COUNTY_WIDE, AREA_NATIONAL, AREA_NOT_STATED, coverageAreas, coverageByArea, coverageByType, coverageCsv, emptyCellCount, type CoverageService, type CoverageTerm,
} from '../../src/lib/catalogue/coverage';
import { realContent } from './helpers';
import { csvField } from '../../src/lib/export/csv';

const term = (id: string, parent?: string): CoverageTerm => ({ id, label: { ro: `${id} ro`, en: `${id} en`, hu: `${id} hu` }, ...(parent ? { parent } : {}) });
const categories = [term('elderly'), term('homeless'), term('migrants')];
const types = [term('day-centre'), term('shelter'), term('helpline')];
const areas = [term('romania'), term('judetul-cluj', 'romania'), term('judetul-alba', 'romania'), term('cluj-napoca', 'judetul-cluj'), term('manastur', 'cluj-napoca'), term('gheorgheni', 'cluj-napoca')];
const notStated = { ro: 'nespecificat', en: 'not stated', hu: 'nincs megadva' };

const services: CoverageService[] = [
  { beneficiary_categories: ['elderly'], service_types: ['day-centre'], areas_served: ['cluj-napoca'], capacity: { value: 50, unit: 'places' } },
  { beneficiary_categories: ['elderly', 'homeless'], service_types: ['day-centre', 'shelter'], areas_served: ['manastur'], capacity: { value: 20, unit: 'beds' } },
  { beneficiary_categories: ['homeless'], service_types: ['shelter'] },
  { beneficiary_categories: ['homeless'], service_types: ['shelter'], areas_served: ['cluj-napoca'], capacity: { value: 30, unit: 'beds' } },
  // Closed services do not count as coverage.
  { status: 'inactive', beneficiary_categories: ['migrants'], service_types: ['helpline'], capacity: { value: 10, unit: 'per_day' } },
  // Unknown ids are ignored here (validation reports them).
  { beneficiary_categories: ['nobody'], service_types: ['nothing'] },
];

describe('coverage by service type', () => {
  const m = coverageByType(services, categories, types);
  const cell = (row: string, col: string) => m.cells[categories.findIndex((c) => c.id === row)]![types.findIndex((t) => t.id === col)]!;

  it('counts active services per category and type, with capacity per unit and the services lacking it', () => {
    expect(cell('elderly', 'day-centre')).toEqual({ services: 2, capacity: { places: 50, beds: 20 }, withoutCapacity: 0 });
    expect(cell('homeless', 'shelter')).toEqual({ services: 3, capacity: { beds: 50 }, withoutCapacity: 1 });
    expect(cell('homeless', 'day-centre')).toEqual({ services: 1, capacity: { beds: 20 }, withoutCapacity: 0 });
  });

  it('keeps every category and type, empty or not, and ignores inactive services', () => {
    expect(m.rows.map((r) => r.id)).toEqual(['elderly', 'homeless', 'migrants']);
    expect(m.columns.map((c) => c.id)).toEqual(['day-centre', 'shelter', 'helpline']);
    expect(cell('migrants', 'helpline')).toEqual({ services: 0, capacity: {}, withoutCapacity: 0 });
    expect(emptyCellCount(m)).toBe(5);
  });

  it('counts a service once in its row total even when it has several types', () => {
    expect(m.rowTotals[0]).toEqual({ services: 2, capacity: { places: 50, beds: 20 }, withoutCapacity: 0 });
    expect(m.rowTotals[1]!.services).toBe(3);
  });
});

describe('coverage by area', () => {
  const index = areaIndex(areas.map((a) => ({ ...a, ...(a.parent === 'cluj-napoca' ? { kind: 'neighbourhood' as const } : {}) })));
  const labels = { countyWide: { ro: 'județ', en: 'county', hu: 'megye' }, national: { ro: 'național', en: 'national', hu: 'országos' }, notStated };
  const cols = coverageAreas(index, 'cluj-napoca', labels);
  const placed = services.map((s) => ({ ...s, places: [] }));

  it('shows the focus area and its neighbourhoods, then county-wide, national and "not stated" once each', () => {
    expect(cols.map((c) => c.id)).toEqual(['cluj-napoca', 'manastur', 'gheorgheni', AREA_COUNTY_WIDE, AREA_NATIONAL, AREA_NOT_STATED]);
  });

  it('counts the services local to each area by servesArea: a service for the whole city counts in every neighbourhood', () => {
    const m = coverageByArea(placed, categories, cols, index, 'cluj-napoca');
    const at = (row: number, col: string) => m.cells[row]![cols.findIndex((c) => c.id === col)]!.services;
    // elderly: one for the whole city, one for Mănăștur only.
    expect(at(0, 'cluj-napoca')).toBe(2);
    expect(at(0, 'manastur')).toBe(2);
    expect(at(0, 'gheorgheni')).toBe(1);
    expect(at(1, AREA_NOT_STATED)).toBe(1);
  });

  it('counts national and county-wide services once, not once per county', () => {
    const more = [...placed,
      { beneficiary_categories: ['migrants'], service_types: ['helpline'], areas_served: ['romania'], places: [] },
      { beneficiary_categories: ['migrants'], service_types: ['helpline'], areas_served: ['judetul-cluj'], places: [] },
      { beneficiary_categories: ['migrants'], service_types: ['helpline'], areas_served: ['judetul-alba'], places: [] }];
    const m = coverageByArea(more, categories, cols, index, 'cluj-napoca');
    const at = (col: string) => m.cells[2]![cols.findIndex((c) => c.id === col)]!.services;
    expect([at(AREA_NATIONAL), at(AREA_COUNTY_WIDE), at('cluj-napoca'), at('manastur')]).toEqual([1, 1, 0, 0]);
    expect(cols.map((c) => c.id)).not.toContain('judetul-alba');
  });
});

describe('coverage CSV', () => {
  it('has one line per cell, empty cells included, with ids and labels in three languages', () => {
    const csv = coverageCsv([{ name: 'by_type', matrix: coverageByType(services, categories, types) }]);
    // A byte order mark first, so Excel reads the Romanian and Hungarian labels as UTF-8.
    expect(csv.startsWith('\uFEFFtable,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('table,category_id,category_ro,category_en,category_hu,column_id,column_ro,column_en,column_hu,services,capacity_places,capacity_beds,capacity_per_day,capacity_per_month,services_without_capacity');
    expect(lines).toHaveLength(1 + 9);
    expect(lines).toContain('by_type,homeless,homeless ro,homeless en,homeless hu,shelter,shelter ro,shelter en,shelter hu,3,,50,,,1');
    expect(lines).toContain('by_type,migrants,migrants ro,migrants en,migrants hu,helpline,helpline ro,helpline en,helpline hu,0,,,,,0');
  });

  it('quotes separators and defuses spreadsheet formulas', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+40 264')).toBe("'+40 264");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField(-1)).toBe('-1');
    expect(csvField(undefined)).toBe('');
  });
});

describe('coverage of the real content', () => {
  it('counts every active service of the directory in its categories', () => {
    const all = realContent.providers.flatMap((p) => p.data.services);
    const m = coverageByType(all, realContent.taxonomies.beneficiaryCategories, realContent.taxonomies.serviceTypes);
    const active = all.filter((s) => s.status !== 'inactive');
    const expected = realContent.taxonomies.beneficiaryCategories.map((c) => active.filter((s) => s.beneficiary_categories.includes(c.id)).length);
    expect(m.rowTotals.map((c) => c.services)).toEqual(expected);
    expect(m.rows).toHaveLength(realContent.taxonomies.beneficiaryCategories.length);
  });
});
