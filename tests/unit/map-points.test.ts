import { describe, expect, it } from 'vitest';
import { fixtureProvider, validateFile, realContent } from './helpers';
import { publicProvider } from '../../src/lib/confidentiality/public-provider';
import type { Provider } from '../../src/schemas/provider';
import { isUndocumented } from '../../src/lib/catalogue/undocumented';
import {
  mapListRows, mapPoints, pointsBounds, MAP_STRING_KEYS,
  providerMapPoints, toFeatures, packMapPoints, unpackMapPoints, type MapPoint, type MapStrings,
} from '../../src/lib/map/points';
import { CATALOGUES, pickStrings } from '../../src/lib/i18n/catalogues';
import { translator } from '../../src/lib/i18n/translator';

const mapT = (lang: 'ro' | 'en' | 'hu') => translator(pickStrings(lang, MAP_STRING_KEYS), lang);

function fixture(name: string): Provider {
  const { problems, data } = validateFile(`tests/fixtures/valid/${name}.yaml`);
  expect(problems).toEqual([]);
  return data as Provider;
}

const full = fixture('full-provider');

describe('providerMapPoints', () => {
  it('makes one point per located, non-confidential place, linking to the place on the provider page', () => {
    const points = providerMapPoints(publicProvider(full), 'en');
    expect(points).toEqual([
      {
        id: `${full.id}/sediu`, name: `${full.name} — Sediu`, lat: 46.77, lng: 23.59, precision: 'street', href: `/en/providers/${full.id}/#location-sediu`,
        // What the popup says: the address as the location presenter words it, a number, the services there.
        address: 'Strada Exemplu nr. 1, 400001 Cluj-Napoca, Cluj', phone: '0800 500 333', services: ['Day centre'],
      },
    ]);
    expect(providerMapPoints(publicProvider(full), 'ro')[0]!.href).toBe(`/providers/${full.id}/#location-sediu`);
  });

  it('never shows a confidential location, even if coordinates reach it past the schema', () => {
    const leaky = {
      ...full,
      locations: [
        ...(full.locations ?? []),
        { id: 'secret', confidential: true, latitude: 46.7, longitude: 23.6, precision: 'exact' as const },
      ],
    } as Provider;
    const ids = providerMapPoints(publicProvider(leaky), 'ro').map((p) => p.id);
    expect(ids).not.toContain(`${full.id}/secret`);
    expect(ids).not.toContain(`${full.id}/adapost`);
    expect(ids).toEqual([`${full.id}/sediu`]);
    // publicProvider itself strips the coordinates of the confidential place.
    const stripped = publicProvider(leaky).locations!.find((l) => l.id === 'secret')!;
    expect(stripped.latitude).toBeUndefined();
    expect(stripped.longitude).toBeUndefined();
  });

  it('skips places without coordinates and reads missing precision as approximate', () => {
    const p = {
      ...full,
      locations: [
        { id: 'no-coords', confidential: false, address: { street: 'Str. X 1', locality: 'Cluj-Napoca', county: 'Cluj' } },
        { id: 'no-precision', confidential: false, latitude: 46.8, longitude: 23.5 },
      ],
    } as Provider;
    expect(providerMapPoints(publicProvider(p), 'ro').map((x) => [x.id, x.precision])).toEqual([[`${full.id}/no-precision`, 'approximate']]);
  });

  it('gives a fixture provider a point per public place and none for its confidential shelter', () => {
    const p = publicProvider(fixtureProvider('directia-exemplu-fixture'));
    expect(providerMapPoints(p, 'ro').map((x) => [x.id, x.precision])).toEqual([
      ['directia-exemplu-fixture/sediu', 'exact'],
      ['directia-exemplu-fixture/punct-nord', 'approximate'],
    ]);
  });

  it('keeps the real content safe: no point for any confidential place, a point for every located public one of an organisation one can act on', () => {
    const raw = realContent.providers.map((p) => p.data);
    const ids = new Set(mapPoints(raw.map((p) => publicProvider(p)), 'ro').map((p) => p.id));
    const places = raw.filter((p) => !isUndocumented(p)).flatMap((p) => (p.locations ?? []).map((l) => ({ id: `${p.id}/${l.id}`, l })));
    expect(ids.size).toBeGreaterThan(0);
    for (const { id, l } of places) expect(ids.has(id), id).toBe(!l.confidential && l.latitude !== undefined);
  });
});

describe('list rows, grouping and bounds', () => {
  const pts: MapPoint[] = [
    { id: 'a/1', name: 'A', lat: 46.7, lng: 23.5, precision: 'exact', href: '/a' },
    { id: 'b/1', name: 'B', lat: 46.8, lng: 23.7, precision: 'approximate', href: '/b' },
    { id: 'a/2', name: 'A2', lat: 46.75, lng: 23.6, precision: 'street', href: '/a2' },
  ];

  it('lists exactly the points of the map, with the address text', () => {
    const rows = mapListRows([publicProvider(full)], 'hu');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.href).toBe(`/hu/providers/${full.id}/`);
    expect(rows[0]!.places.map((p) => p.address)).toEqual(['Strada Exemplu nr. 1, 400001 Cluj-Napoca, Cluj']);
    const ids = (points: readonly MapPoint[]) => points.map((p) => p.id).sort();
    expect(ids(rows.flatMap((r) => r.places))).toEqual(ids(mapPoints([publicProvider(full)], 'hu')));
  });

  it('computes bounds, padding a single point into a small box', () => {
    expect(pointsBounds([])).toBeUndefined();
    expect(pointsBounds(pts)).toEqual([[46.7, 23.5], [46.8, 23.7]]);
    const [[s, w], [n, e]] = pointsBounds([pts[0]!])!;
    expect(n - s).toBeCloseTo(0.005);
    expect(e - w).toBeCloseTo(0.005);
    expect((n + s) / 2).toBeCloseTo(46.7);
  });

  it('makes GeoJSON features in [lng, lat] order for supercluster', () => {
    expect(toFeatures(pts)[1]).toEqual({ type: 'Feature', properties: { index: 1 }, geometry: { type: 'Point', coordinates: [23.7, 46.8] } });
  });
});

describe('map labels', () => {
  it('passes the map keys and no page text', () => {
    const labels = pickStrings('en', MAP_STRING_KEYS);
    expect(Object.keys(labels)).toEqual(expect.arrayContaining(['map.label', 'map.cluster.one', 'map.cluster.other', 'map.precision.approximate', 'map.legend.approximate', 'map.tilesFailed']));
    expect(Object.keys(labels)).not.toContain('map.intro');
    expect(Object.keys(labels)).not.toContain('map.list.title');
  });

  it('chooses plural forms per language, with localised numbers', () => {
    expect(mapT('en')('map.cluster', { count: 1 })).toMatch(/^1 service\b/);
    expect(mapT('en')('map.cluster', { count: 1200 })).toMatch(/^1,200 services\b/);
    expect(mapT('ro')('map.cluster', { count: 3 })).toMatch(/^3 servicii\b/);
    expect(mapT('ro')('map.cluster', { count: 25 })).toMatch(/^25 de servicii\b/);
    expect(mapT('hu')('map.approximateName', { name: 'X' })).toBe('X (hozzávetőleges hely)');
    expect(translator({} as MapStrings, 'en')('map.label')).toBe('map.label');
  });

  it('has every map key in every language', () => {
    const keys = (lang: 'ro' | 'en' | 'hu') => Object.keys(CATALOGUES[lang]).filter((k) => k.startsWith('map.')).sort();
    expect(keys('ro')).toEqual(keys('en'));
    expect(keys('hu')).toEqual(keys('en'));
  });
});

describe('map data file', () => {
  it('packs and unpacks points without loss', () => {
    const pts = mapPoints([publicProvider(full)], 'en');
    const file = JSON.parse(JSON.stringify(packMapPoints(pts))) as unknown;
    expect(unpackMapPoints(file)).toEqual(pts);
  });

  it('leaves out trailing popup details a point does not have, and keeps a later one after an empty one', () => {
    const base = { id: 'a/1', name: 'A', lat: 46.7, lng: 23.5, precision: 'exact' as const, href: '/a' };
    const packed = packMapPoints([base, { ...base, id: 'a/2', phone: '0700 000 001' }, { ...base, id: 'a/3', address: 'Str. X 1' }]).points;
    expect(packed.map((p) => p.length)).toEqual([6, 8, 7]);
    expect(packed[1]!.slice(6)).toEqual(['', '0700 000 001']);
    expect(unpackMapPoints({ version: 1, points: packed })).toEqual([base, { ...base, id: 'a/2', phone: '0700 000 001' }, { ...base, id: 'a/3', address: 'Str. X 1' }]);
  });

  it('refuses a file of another shape', () => {
    expect(() => unpackMapPoints({ points: [] })).toThrow(/version 1/);
    expect(() => unpackMapPoints(null)).toThrow(/version 1/);
  });
});
