import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSynthetic } from '../../scripts/generate-synthetic';
import { generateProviders, SYNTHETIC_PREFIX } from '../../scripts/synthetic/generate';
import { STREETS } from '../../scripts/synthetic/data';
import { loadRegistryPlaces } from '../../src/build/registry-extract';
import { streetParts } from '../../src/lib/confidentiality/registry-rules';
import { sharedSet } from './shared-data';
import { contentDir, loadContent } from '../../src/build/content-files';
import { isInRomania } from '../../src/lib/ingest/checks';
import { realContent, TODAY } from './helpers';

describe('synthetic data generator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
  const count = writeSynthetic({ count: 50, out: dir, seed: 7 });
  const loaded = loadContent(dir, TODAY);

  it('writes 50 providers that pass the real validator, with the real taxonomies', () => {
    expect(count).toBe(50);
    expect(readdirSync(join(dir, 'providers'))).toHaveLength(50);
    expect(loaded.problems).toEqual([]);
    expect(loaded.providers).toHaveLength(50);
    expect(loaded.taxonomies).toEqual(realContent.taxonomies);
  });

  it('marks every entry as synthetic', () => {
    for (const { data } of loaded.providers) {
      expect(data.name.startsWith(SYNTHETIC_PREFIX)).toBe(true);
      expect(data.sources).toEqual([expect.objectContaining({ kind: 'self', title: 'Synthetic test data' })]);
      for (const e of data.emails ?? []) expect(e.address).toMatch(/\.example$/);
      for (const ph of data.phones ?? []) expect(ph.number).toMatch(/^0700 000 \d{3}$/);

    }
  });

  it('spreads providers across counties, inside Romania, with confidential places that carry no address', () => {
    const counties = new Set(loaded.providers.map((p) => p.data.locations?.[0]?.address?.county));
    expect(counties.size).toBeGreaterThan(15);
    const many = generateProviders(2000, 1, loaded.taxonomies);
    const points = many.flatMap((p) => p.locations ?? []).filter((l) => l.latitude !== undefined);
    expect(points.every((l) => isInRomania(l.latitude!, l.longitude!))).toBe(true);
    const secret = many.flatMap((p) => p.locations ?? []).filter((l) => l.confidential);
    expect(secret.length).toBeGreaterThan(0);
    expect(secret.every((l) => l.address === undefined && l.latitude === undefined)).toBe(true);
    const services = many.flatMap((p) => p.services);
    expect(services.some((s) => s.cost?.kind === 'free')).toBe(true);
    expect(services.some((s) => s.access?.modes.includes('walk_in'))).toBe(true);
    expect(new Set(services.map((s) => s.hours?.opening_hours)).size).toBeGreaterThan(8);
  });

  it('is deterministic: the same seed gives the same files, another seed does not', () => {
    const again = mkdtempSync(join(tmpdir(), 'synthetic-'));
    writeSynthetic({ count: 50, out: again, seed: 7 });
    for (const f of readdirSync(join(dir, 'providers')))
      expect(readFileSync(join(again, 'providers', f), 'utf8')).toBe(readFileSync(join(dir, 'providers', f), 'utf8'));
    const other = generateProviders(50, 8, loaded.taxonomies);
    expect(other.map((p) => p.name)).not.toEqual(loaded.providers.map((p) => p.data.name));
    rmSync(again, { recursive: true });
  });

  it('refuses to write into content/', () => {
    expect(() => writeSynthetic({ count: 1, out: 'content' })).toThrow(/inside content/);
    expect(() => writeSynthetic({ count: 1, out: 'content/providers' })).toThrow(/inside content/);
  });
});

describe('the public site never reads synthetic data unless CONTENT_DIR says so', () => {
  it('reads content/ when CONTENT_DIR is unset, and CONTENT_DIR when set', () => {
    const saved = process.env.CONTENT_DIR;
    delete process.env.CONTENT_DIR;
    try {
      expect(contentDir()).toBe(resolve('content'));
      process.env.CONTENT_DIR = '.bench/content-1000';
      expect(contentDir()).toBe(resolve('.bench/content-1000'));
    } finally {
      if (saved === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = saved;
    }
  });

  it('content/ holds no synthetic entry', () => {
    expect(realContent.providers.length).toBeGreaterThan(0);
    for (const { data, file } of realContent.providers) {
      expect(data.name, file).not.toContain('[SINTETIC]');
      expect(data.id, file).not.toMatch(/^sintetic-/);
      expect(data.sources.map((s) => s.title), file).not.toContain('Synthetic test data');
    }
  });

  it('synthetic output stays out of git (.bench/ is ignored)', () => {
    expect(readFileSync('.gitignore', 'utf8')).toMatch(/^\.bench\/$/m);
  });
});

const registry = sharedSet('registry-2016');

describe.skipIf(!registry)('synthetic streets and the registry', () => {
  it('share no street name with a place the registry withholds, so no synthetic house is a shelter', () => {
    // Real names once did: '1 Decembrie 1918' with a made-up number was a withheld address at 50,000
    // providers, and a street withheld as a whole matches any house on it.
    const withheld = new Set(loadRegistryPlaces(registry)!.withheld!.map((w) => streetParts(w.street).name).filter(Boolean));
    expect(withheld.size).toBeGreaterThan(10);
    expect(STREETS.filter((st) => withheld.has(streetParts(`${st} nr. 1`).name))).toEqual([]);
  });
});
