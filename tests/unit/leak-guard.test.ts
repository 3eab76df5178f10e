/**
 * The confidentiality guard (src/lib/confidentiality/leak-guard.ts, src/build/leak-guard.ts): the
 * matcher on every form the outputs use, a planted leak that fails with file and record, a fixture
 * output of the real content's kind that passes, and the registry part skipped with one line.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compileLeakMatcher, jsonLeaks, streetAnchor, trieSource } from '../../src/lib/confidentiality/leak-guard';
import { streetParts } from '../../src/lib/confidentiality/registry-rules';
import { guardReport, registrySource, runGuard } from '../../src/build/leak-guard';
import { packMapPoints } from '../../src/lib/map/core';

const street = (s: string, locality: string, label = 'registry record 1') => ({ parts: streetParts(s), locality, label });
const matcher = compileLeakMatcher({
  streets: [street('Viitorului 3', 'Deva', 'registry record 911'), street('Vlad Țepeș 6A', 'Târgoviște', 'registry record 1272'), street('Principală', 'Singureni', 'registry record 5')],
  points: [{ lat: 45.8753509, lng: 22.9103887, label: 'registry record 911' }],
});
const kinds = (text: string) => matcher.scan(text).map((l) => `${l.kind}: ${l.label}`);

describe('the leak matcher: streets', () => {
  it.each([
    ['an address line', '<address>Str. Viitorului nr. 3, Deva, Hunedoara</address>'],
    ['the registry\'s spelling', 'Viitorului 3, Deva'],
    ['JSON fields', '{"street":"Viitorului 3","postal_code":"330001","locality":"Deva"}'],
    ['a CSV row', 'x,Centrul,,Viitorului 3,,Deva,Hunedoara,,45.1,22.1'],
    ['HTML-escaped JSON in an attribute', 'data-p="{&quot;street&quot;:&quot;strada Viitorului, nr. 3&quot;,&quot;locality&quot;:&quot;DEVA&quot;}"'],
    ['a house number with a letter', 'Viitorului 3A, Deva'],
  ])('finds a withheld street in %s', (_what, text) => {
    expect(kinds(text)).toEqual(['street: registry record 911']);
  });

  it('folds diacritics, cedillas and case', () => {
    expect(kinds('Strada Vlad Ţepeş 6A, Târgovişte')).toEqual(['street: registry record 1272']);
    expect(kinds('VLAD TEPES 6, TARGOVISTE')).toEqual(['street: registry record 1272']);
    expect(kinds('Vlad Te\u0326pes\u0326 6, Ta\u0302rgoviste')).toEqual(['street: registry record 1272']);
  });

  it('does not take another house, another town or a street without a town for the withheld place', () => {
    expect(kinds('Viitorului 31, Deva')).toEqual([]);
    expect(kinds('Viitorului 3, Cluj-Napoca')).toEqual([]);
    expect(kinds(`Viitorului 3${' '.repeat(400)}Deva`)).toEqual([]);
    // A street written without a number is that street, not its numbered houses.
    expect(kinds('Principală, Singureni')).toEqual(['street: registry record 5']);
    expect(kinds('Principală 455, Singureni')).toEqual([]);
  });

  it('finds each street by a plain anchor every spelling contains, through one trie-shaped expression', () => {
    expect(streetAnchor(street('Cântarului 8', 'Miercurea Ciuc'))).toBe('ntarului');
    expect(streetAnchor(street('Episcop Ioan Alexi 23', 'Oradea'))).toBe('piscop');
    expect(streetAnchor({ parts: { name: '1 decembrie 1918', number: '68' }, locality: 'Alba Iulia' })).toBe('1918');
    expect(streetAnchor({ parts: { name: '', number: '742' }, locality: 'Pietroasa' })).toBe('pietroasa');
    const trie = new RegExp(`^(?:${trieSource(['trei', 'tremur', 'ape'])})$`);
    for (const w of ['tremur', 'trei', 'ape', 'ţrei', 'ăpe', 'a\u0306pe']) expect(trie.test(w), w).toBe(true);
    for (const w of ['tre', 'apex', 'xape']) expect(trie.test(w), w).toBe(false);
  });
});

describe('the leak matcher: coordinates', () => {
  const points = packMapPoints([{ id: 'p/loc', name: 'Centrul', lat: 45.8753509, lng: 22.9103887, precision: 'approximate', href: '/p/' }]);
  it.each([
    ['JSON numbers', '{"latitude":45.8753509,"longitude":22.9103887}'],
    ['GeoJSON [lng, lat]', '{"type":"Point","coordinates":[22.9103887,45.8753509]}'],
    ['packed map points', JSON.stringify(points)],
    ['a map link rounded to 5 decimals', 'https://www.openstreetmap.org/directions?to=45.87535%2C22.91039'],
    ['4 decimals, rounded', '45.8754, 22.9104'],
    ['4 decimals, cut', 'lat="45.8753" lng="22.9103"'],
  ])('finds a withheld pair in %s', (_what, text) => {
    expect(kinds(text)).toEqual(['coordinates: registry record 911']);
  });

  it('does not take one coordinate alone, a point 20 m away or fewer decimals for the withheld place', () => {
    expect(kinds('{"latitude":45.8753509,"longitude":23.5}')).toEqual([]);
    expect(kinds('{"latitude":45.8755509,"longitude":22.9103887}')).toEqual([]);
    expect(kinds('{"latitude":45.875,"longitude":22.910}')).toEqual([]);
  });
});

describe('the structural check of JSON outputs', () => {
  const places = [{ provider: 'dasm', location: 'secret' }];
  it('finds a confidential location with a place, a map point or a feature of one', () => {
    expect(jsonLeaks({ providers: [{ id: 'dasm', locations: [{ id: 'secret', confidential: true, latitude: 46.7 }] }] }, places)).toEqual([expect.objectContaining({ label: 'dasm/secret is marked confidential but carries an address or coordinates' })]);
    expect(jsonLeaks({ version: 1, points: [['dasm/secret', 'x', 46.7, 23.5, 'exact', '/']] }, places)).toEqual([expect.objectContaining({ label: 'map point dasm/secret' })]);
    expect(jsonLeaks({ features: [{ id: 'dasm/service/secret', geometry: { type: 'Point', coordinates: [23.5, 46.7] } }] }, places)).toHaveLength(1);
  });
  it('lets a confidential location be published without a place', () => {
    expect(jsonLeaks({ providers: [{ id: 'dasm', locations: [{ id: 'secret', confidential: true, locality: 'Cluj-Napoca', contact_route: { ro: 'Sunați la 0264 599 316' } }] }] }, places)).toEqual([]);
  });
});

/** Writes a small output folder and a registry folder with one confidential record and one at its address. */
function fixture(files: Record<string, string | Buffer>): { out: string; registry: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'leak-guard-'));
  const out = join(root, 'dist');
  const registry = join(root, 'registry');
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    writeFileSync(join(out, rel), body);
  }
  mkdirSync(registry);
  writeFileSync(join(registry, 'national.json'), JSON.stringify({
    ss: [],
    providers: [
      { id: 911, name: 'Centrul de urgență pentru femeia și copilul abuzat', cod: '8790CR-MC-I', categorie: ['B1', 'B5'], adresa: 'Viitorului 3', oras: 'Deva', lat: '45.8753509', lng: '22.9103887' },
      { id: 2002, name: 'Îngrijire la domiciliu pentru persoane vârstnice', cod: '8810ID-I', categorie: ['B4'], adresa: 'Viitorului 3', oras: 'Deva', lat: '45.8753509', lng: '22.9103887' },
      { id: 7, name: 'Cantina socială', cod: '8899CPDH-I', categorie: ['B4'], adresa: 'Avram Iancu 2', oras: 'Deva', lat: '45.88', lng: '22.90' },
    ],
  }));
  writeFileSync(join(registry, 'nomenclature.json'), '[]');
  return { out, registry, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** An output like the real site's: public places of the content, a confidential one without a place. */
const cleanSite = {
  'index.html': '<html><body><p>Cluj-Napoca</p></body></html>',
  'providers/arhiepiscopia/index.html': '<address>Piața Avram Iancu 18, Cluj-Napoca, Cluj</address><a href="https://www.openstreetmap.org/directions?to=46.77219%2C23.59569">Cum ajung</a>',
  'providers/dasm/index.html': '<h2>Centrul pentru prevenirea și combaterea violenței în familie</h2><p>Adresa nu este publică. Sunați la DASM la 0264 599 316.</p><p>Cluj-Napoca</p>',
  'data/providers.json': JSON.stringify({ providers: [
    { id: 'dasm', locations: [{ id: 'centrul-violenta-domestica', confidential: true, locality: 'Cluj-Napoca' }, { id: 'sediu', address: { street: 'Str. Venus f.n.', locality: 'Cluj-Napoca', county: 'Cluj' }, latitude: 46.76, longitude: 23.58 }] },
    { id: 'arhiepiscopia', locations: [{ id: 'piata-avram-iancu-18', address: { street: 'Piața Avram Iancu 18', locality: 'Cluj-Napoca', county: 'Cluj' }, latitude: 46.7721936, longitude: 23.5956924 }] },
  ] }),
  'map/points.json': JSON.stringify(packMapPoints([{ id: 'arhiepiscopia/piata-avram-iancu-18', name: 'Arhiepiscopia', lat: 46.7721936, lng: 23.5956924, precision: 'approximate', href: '/providers/arhiepiscopia/' }])),
  'data/services.csv': 'provider_id,street,locality,latitude,longitude\narhiepiscopia,Piața Avram Iancu 18,Cluj-Napoca,46.7721936,23.5956924\n',
  'sitemap.xml': '<urlset><url><loc>https://example.org/providers/dasm/</loc></url></urlset>',
  'sw.js': 'const MANIFEST = {"shell":["/"]};',
  '_headers': '/*\n  X-Content-Type-Options: nosniff\n',
  'favicon.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x33, 0x2e, 0x31]),
};

describe('the guard after a build', () => {
  it('passes an output of the real content\'s kind: public places, a confidential one without a place', () => {
    const f = fixture(cleanSite);
    try {
      const r = runGuard({ outDir: f.out, registryDir: f.registry });
      expect(r.leaks).toEqual([]);
      expect(r.files).toBe(Object.keys(cleanSite).length - 1);
      expect(r.registry).toMatchObject({ records: 3, secret: 1, withheldRecords: 2, addresses: 1, points: 1 });
      expect(r.confidentialPlaces).toBe(1);
      expect(guardReport(r)[0]).toMatch(/^scanned 9 files \(0\.0 MB\) in \d+ ms; registry: 2 withheld records \(1 secret\), 1 address, 1 coordinate pair of 3 records; content: 1 confidential location$/);
    } finally { f.cleanup(); }
  });

  it('fails on a planted leak, naming the file and the record, never the street or the coordinates', () => {
    const f = fixture({
      ...cleanSite,
      'providers/planted/index.html': '<address>Str. Viitorului nr. 3, Deva</address>',
      'en/map/points.json': gzipSync(JSON.stringify(packMapPoints([{ id: 'x/y', name: 'X', lat: 45.8753509, lng: 22.9103887, precision: 'approximate', href: '/' }]))),
      'data/services.geojson': JSON.stringify({ features: [{ id: 'dasm/s/centrul-violenta-domestica', geometry: { type: 'Point', coordinates: [23.5, 46.7] } }] }),
    });
    try {
      const r = runGuard({ outDir: f.out, registryDir: f.registry });
      expect(r.leaks.map((l) => `${l.file}: ${l.kind}: ${l.label}`)).toEqual([
        'data/services.geojson: confidential location: dasm/s/centrul-violenta-domestica carries an address or coordinates',
        'en/map/points.json: coordinates: the coordinates of registry record 911, 2002',
        'providers/planted/index.html: street: the street of registry record 911 (abused-children-reception, women-and-children-shelter), also the address of record 2002',
      ]);
      const report = guardReport(r).join('\n');
      expect(report).toMatch(/3 leaks of a confidential place in 3 output files:/);
      expect(report).not.toMatch(/Viitorului|45\.875|22\.910/);
    } finally { f.cleanup(); }
  });

  it('names a hand-written public location at a withheld registry address', () => {
    const f = fixture({ ...cleanSite, 'data/providers.json': JSON.stringify({ providers: [{ id: 'annex', locations: [{ id: 'casa', address: { street: 'Str. Viitorului nr. 3', locality: 'Deva' } }] }] }) });
    try {
      const r = runGuard({ outDir: f.out, registryDir: f.registry });
      expect(r.leaks.map((l) => l.label)).toContain('content location annex/casa is at the withheld address of registry record 911');
    } finally { f.cleanup(); }
  });

  it('runs the content part without the registry and says in one line where it looked', () => {
    const f = fixture({ ...cleanSite, 'map/points.json': JSON.stringify(packMapPoints([{ id: 'dasm/centrul-violenta-domestica', name: 'X', lat: 46.7, lng: 23.5, precision: 'exact', href: '/' }])) });
    try {
      const source = registrySource({ REGISTRY_DIR: join(f.out, 'nowhere') });
      expect(source).toEqual({ note: `registry part skipped: no registry extract found (looked in ${join(f.out, 'nowhere')}; set REGISTRY_DIR)` });
      const r = runGuard({ outDir: f.out, registryDir: source.dir });
      expect(r.registry).toBeUndefined();
      expect(r.leaks.map((l) => `${l.file}: ${l.label}`)).toEqual(['map/points.json: map point dasm/centrul-violenta-domestica']);
      expect(guardReport(r, source.note)[1]).toBe(source.note);
    } finally { f.cleanup(); }
  });
});
