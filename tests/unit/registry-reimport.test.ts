/**
 * Importing again is safe (issue 14.6): services are matched by the registry record they cite, not
 * by generated id, so the national file imported over the Cluj-Napoca content creates no
 * duplicates; facts a person retired on purpose never come back; an import writes no assured_date
 * once the schema lets it (issue 13.4).
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { importRegistry } from '../../scripts/import-registry/registry-import';
import { mergeOps, serviceForRecord } from '../../scripts/import-registry/merge';
import type { RegistryFile } from '../../scripts/import-registry/model';
import { withoutRetired } from '../../scripts/import-registry/convert';
import { readAliases } from '../../src/lib/ingest/registry-aliases';
import { loadContent } from '../../src/build/content-files';
import { realContent, REAL_TODAY } from './helpers';
import { readSharedJson, sharedSet } from './shared-data';

const DATA = sharedSet('registry-2016');
const cluj = readSharedJson<RegistryFile>(DATA, 'cluj-county.json', { ss: [], providers: [] });

describe('registry-aliases.json', () => {
  it('is read with clear errors naming the field', () => {
    const ok = readAliases(readFileSync('scripts/registry-aliases.json', 'utf8'), 'scripts/registry-aliases.json');
    expect('aliases' in ok).toBe(true);
    expect(readAliases('{"retired": {"427": {"emails": ["x@y.ro"]}}}', 'a.json')).toEqual({ problems: [expect.stringMatching(/^a\.json: retired\.427\.reason: /)] });
    expect(readAliases('{"places": {"911": {"decision": "maybe", "reason": "because I said so, really"}}}', 'a.json')).toEqual({ problems: ["a.json: places.911.decision: must be 'public' or 'confidential'"] });
    expect(readAliases('{"retired": {"x": {"phones": ["1"], "reason": "a long enough reason"}}}', 'a.json')).toMatchObject({ problems: [expect.stringMatching(/must be a registry record id/)] });
    expect(readAliases('{ not json', 'a.json')).toMatchObject({ problems: [expect.stringMatching(/^a\.json: is not valid JSON/)] });
  });
});

describe('retired facts', () => {
  it('leaves out a phone or e-mail a person retired, whatever its spelling, and says why', () => {
    const retired = { phones: ['0266 595 801'], emails: ['Old@Example.org'], reason: 'test reason' };
    expect(withoutRetired({ phones: ['0266 595 801', '0264 595 801'], emails: ['old@example.org', 'new@example.org'] }, retired)).toEqual({
      phones: ['0264 595 801'],
      emails: ['new@example.org'],
      warnings: ["phone '0266 595 801' was retired by hand (test reason); left out", "e-mail 'old@example.org' was retired by hand (test reason); left out"],
    });
  });
});

describe('matching by registry record', () => {
  const existing = {
    sources: [{ id: 'registru-1', kind: 'registry', record: '1' }, { id: 'web', kind: 'web' }],
    locations: [{ id: 'sediu', address: { street: 'Str. Mare 1', locality: 'Deva' } }],
    services: [{ id: 'renamed-by-hand', sources: ['web', 'registru-1'], locations: ['sediu'] }],
  };
  const imported = {
    id: 'p', name: 'P', kind: 'ngo' as const,
    sources: [{ id: 'registru-1', kind: 'registry' as const, title: 't', file: 'national.json', record: '1', date: '2016-12-31' }],
    locations: [{ id: 'str-mare-1', address: { street: 'Str. Mare 1', locality: 'Deva', county: 'Hunedoara' }, source: 'registru-1' }],
    services: [{ id: 'centrul-x', name: 'Centrul X', service_types: ['day-centre'], beneficiary_categories: ['elderly'], locations: ['str-mare-1'], sources: ['registru-1'] }],
  };

  it('finds the service that cites the record, whatever its id, and the place by its address', () => {
    expect(serviceForRecord(existing, '1', 'centrul-x')).toBe(0);
    expect(serviceForRecord(existing, '2', 'centrul-x')).toBe(-1);
    expect(mergeOps(existing, imported, { 'p/centrul-x': '1' })).toEqual([]);
  });
});

describe('imports set no assured_date', () => {
  it('writes none, even when given the day of the import', () => {
    const r = importRegistry(cluj, { ...realContent.taxonomies, file: 'cluj-county.json', locality: 'Cluj-Napoca', assuredDate: '2026-11-30' });
    for (const e of r.entries) expect(e, e.id).not.toHaveProperty('assured_date');
  });
});

describe.skipIf(!DATA)('the national file imported over the Cluj-Napoca content', () => {
  it('creates no duplicate, says what it updated, brings back no retired fact, and adds nothing the second time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'registry-over-content-'));
    try {
      cpSync('content', dir, { recursive: true });
      const run = () => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/import-registry/main.ts', '--input', join(DATA!, 'national.json'), '--out', join(dir, 'providers'), '--content', dir], { encoding: 'utf8' });
      const first = run();
      expect(first).toMatch(/\d+ providers: \d+ new files, [1-9]\d* updated \(\d+ services added, \d+ existing services \(found by registry record\) gained a source, place or contact, \d+ sources, \d+ places, \d+ contacts added\), \d+ unchanged in /);

      const after = loadContent(dir, REAL_TODAY);
      expect(after.problems.map((p) => `${p.file}: ${p.path.join('.')}: ${p.message}`)).toEqual([]);
      // Each registry record is cited by one provider file and described by one service.
      const filesByRecord = new Map<string, string[]>();
      const servicesByRecord = new Map<string, string[]>();
      for (const p of after.providers) {
        const records = new Map(p.data.sources.filter((s) => s.kind === 'registry').map((s) => [s.id, s.record!]));
        for (const r of new Set(records.values())) filesByRecord.set(r, [...(filesByRecord.get(r) ?? []), p.id]);
        for (const s of p.data.services) for (const r of new Set(s.sources.flatMap((id) => (records.has(id) ? [records.get(id)!] : [])))) servicesByRecord.set(r, [...(servicesByRecord.get(r) ?? []), `${p.id}/${s.id}`]);
      }
      expect([...filesByRecord].filter(([, files]) => files.length > 1)).toEqual([]);
      expect([...servicesByRecord].filter(([, services]) => services.length > 1)).toEqual([]);
      expect(servicesByRecord.size).toBeGreaterThan(2000);
      // Every service of the Cluj content is still there, once.
      for (const p of realContent.providers) {
        const now = after.providers.find((x) => x.id === p.id)!;
        for (const s of p.data.services) expect(now.data.services.filter((x) => x.id === s.id), `${p.id}/${s.id}`).toHaveLength(1);
      }
      // Facts retired by hand stay retired.
      // (The files' comments say what was removed and why; the data must not hold it.)
      const data = (id: string) => JSON.stringify(parse(readFileSync(join(dir, 'providers', `${id}.yaml`), 'utf8')));
      expect(data('arhiepiscopia-vadului-feleacului-si-clujului')).not.toContain('benedict.vesa@gmail.com');
      expect(data('asociatia-serviciul-de-ajutor-maltez-in-romania')).not.toMatch(/0266 595 801|0268 595 801/);
      expect(JSON.parse(data('asociatia-serviciul-de-ajutor-maltez-in-romania')).phones).toEqual(realContent.providers.find((p) => p.id === 'asociatia-serviciul-de-ajutor-maltez-in-romania')!.data.phones!.map((p) => expect.objectContaining({ number: p.number })));

      const second = run();
      expect(second).toMatch(/: 0 new files, 0 updated, \d+ unchanged in /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
