/**
 * The registry importer on the real 2016 extract (../shared/data/registry-2016): every record is
 * converted or reported, entries pass the real schema and taxonomy checks, confidential places
 * never carry an address, and ids do not depend on the order of the file.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { importRegistry } from '../../scripts/import-registry/registry-import';
import { fold, normaliseLocality, normalisePhone, parseCapacity } from '../../scripts/import-registry/normalise';
import { isConfidentialService, makeClassifier, providerKind, REGISTRY_RULES } from '../../scripts/import-registry/classify';
import { mergeOps } from '../../scripts/import-registry/merge';
import { readRecord } from '../../scripts/import-registry/read';
import { readAliases } from '../../src/lib/ingest/registry-aliases';
import { REGISTRY_EXTRACT_DATE, type ImportOptions, type ImportResult, type RegistryFile, type RegistryRecord } from '../../scripts/import-registry/model';
import { validateProviderText } from '../../src/lib/ingest/validate-provider';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';
import { realContent, TODAY } from './helpers';
import { readSharedJson, sharedSet } from './shared-data';

const DATA = sharedSet('registry-2016');
const cluj = readSharedJson<RegistryFile>(DATA, 'cluj-county.json', { ss: [], providers: [] });
const national = readSharedJson<RegistryFile>(DATA, 'national.json', { ss: [], providers: [] });
const aliasFile = readAliases(readFileSync('scripts/registry-aliases.json', 'utf8'), 'scripts/registry-aliases.json');
if ('problems' in aliasFile) throw new Error(aliasFile.problems.join('\n'));
const aliases = aliasFile.aliases;

const base: ImportOptions = {
  beneficiaryCategories: realContent.taxonomies.beneficiaryCategories,
  serviceTypes: realContent.taxonomies.serviceTypes,
  areas: realContent.taxonomies.areas,
  file: 'cluj-county.json',
  assuredDate: TODAY,
};

const records = (f: RegistryFile) => f.providers as RegistryRecord[];
const services = (r: ImportResult) => r.entries.reduce((n, e) => n + e.services.length, 0);
const errors = (r: ImportResult) => r.report.filter((l) => l.level === 'error');

/** Writes an entry as YAML and runs it through exactly the checks of `npm run validate`; returns its problems. */
function problemsOf(entry: { id: string }): string[] {
  const { problems } = validateProviderText(stringify(entry), { file: `${entry.id}.yaml`, taxonomies: realContent.taxonomies, today: TODAY });
  return problems.map(formatProblem);
}

describe.skipIf(!DATA)('registry import on the real Cluj extract', () => {
  const clujNapoca = importRegistry(cluj, { ...base, locality: 'Cluj-Napoca', providerIds: aliases.providers, retired: aliases.retired, placeDecisions: aliases.placeDecisions });

  it('converts or reports every Cluj-Napoca record: in = services out + reported', () => {
    expect(clujNapoca.counts.in).toBe(61);
    expect(clujNapoca.counts.in).toBe(clujNapoca.counts.services + clujNapoca.counts.reported);
    expect(services(clujNapoca)).toBe(clujNapoca.counts.services);
    expect(errors(clujNapoca)).toHaveLength(clujNapoca.counts.reported);
    expect(clujNapoca.counts.skipped).toBe(records(cluj).length - 61);
  });

  it('matches "Cluj Napoca" and "Cluj-Napoca" alike and writes the locality with its hyphen', () => {
    const written = new Set(clujNapoca.entries.flatMap((e) => (e.locations ?? []).map((l) => l.address?.locality ?? l.locality)));
    expect([...written]).toEqual(['Cluj-Napoca']);
  });

  it('does the same for the whole county', () => {
    const county = importRegistry(cluj, { ...base, county: 'Cluj' });
    expect(county.counts.in).toBe(records(cluj).length);
    expect(county.counts.in).toBe(county.counts.services + county.counts.reported);
    expect(services(county)).toBe(county.counts.services);
  });

  it('keeps the committed content in step with the importer for the whole county (re-running it changes nothing)', () => {
    // As the command does: a record already cited by a file goes to that file.
    const byRecord: Record<string, string> = {};
    for (const p of realContent.providers) for (const s of p.data.sources) if (s.kind === 'registry' && s.record !== undefined) byRecord[s.record] ??= p.id;
    const county = importRegistry(cluj, { ...base, county: 'Cluj', providerIds: aliases.providers, providerIdsByRecord: byRecord, retired: aliases.retired, placeDecisions: aliases.placeDecisions });
    const onDisk = new Map(realContent.providers.map((p) => [p.id, p.data]));
    const outsideCity = county.entries.filter((e) => (e.locations ?? []).some((l) => (l.address?.locality ?? l.locality) !== 'Cluj-Napoca'));
    expect(outsideCity.length).toBeGreaterThan(15);
    for (const e of county.entries) {
      const existing = onDisk.get(e.id);
      expect(existing, `content/providers/${e.id}.yaml`).toBeDefined();
      expect(mergeOps(existing!, e, county.recordOf, aliases.services), e.id).toEqual([]);
      // An import is not a person checking the facts: a file made only from the registry has no assured_date.
      if (existing!.sources.every((s) => s.kind === 'registry')) expect(existing!.assured_date, e.id).toBeUndefined();
    }
  });

  it('produces entries that pass the real schema and taxonomy checks', () => {
    for (const e of clujNapoca.entries) expect(problemsOf(e), e.id).toEqual([]);
  });

  it('cites the registry, with its file, record and date, for every service', () => {
    for (const e of clujNapoca.entries) {
      const byId = new Map(e.sources.map((s) => [s.id, s]));
      for (const s of e.services) {
        const src = byId.get(s.sources[0]!)!;
        expect(src).toMatchObject({ kind: 'registry', file: 'cluj-county.json', date: REGISTRY_EXTRACT_DATE });
        expect(clujNapoca.recordOf[`${e.id}/${s.id}`]).toBe(src.record);
      }
    }
  });

  it("maps DASM's records to the existing dasm-cluj-napoca entry, not to a new provider", () => {
    expect(clujNapoca.entries.filter((e) => /asistenta sociala si medicala/.test(fold(e.name))).map((e) => e.id)).toEqual(['dasm-cluj-napoca']);
  });

  it('leaves the hand-written DASM entry unchanged when merged again (the merge is idempotent)', () => {
    const existing = parseDocument(readFileSync('content/providers/dasm-cluj-napoca.yaml', 'utf8')).toJS();
    const dasm = clujNapoca.entries.find((e) => e.id === 'dasm-cluj-napoca')!;
    expect(mergeOps(existing, dasm, clujNapoca.recordOf, aliases.services)).toEqual([]);
    // Into an entry without the registry, the merge adds the sources, the places and nothing else.
    const bare = { ...existing, sources: existing.sources.filter((s: { kind: string }) => s.kind !== 'registry'), locations: existing.locations.filter((l: { source?: string }) => !l.source?.startsWith('registru-')) };
    bare.services = existing.services.map((s: { sources: string[]; locations?: string[] }) => ({ ...s, sources: s.sources.filter((x) => !x.startsWith('registru-')), locations: s.locations?.filter((l) => l === 'sediu' || l === 'centrul-violenta-domestica') }));
    const ops = mergeOps(bare, dasm, clujNapoca.recordOf, aliases.services);
    expect(ops.filter((o) => o.path[0] === 'services' && o.path.length === 1)).toEqual([]);
    expect(ops.filter((o) => o.path[0] === 'sources')).toHaveLength(2);
    expect(ops.filter((o) => o.path[0] === 'emails' || o.path[0] === 'phones')).toEqual([]);
  });

  it('keeps the committed content in step with the importer (re-running it changes nothing)', () => {
    const onDisk = new Map(realContent.providers.map((p) => [p.id, p.data]));
    for (const e of clujNapoca.entries) {
      const existing = onDisk.get(e.id);
      expect(existing, `content/providers/${e.id}.yaml`).toBeDefined();
      expect(mergeOps(existing!, e, clujNapoca.recordOf, aliases.services), e.id).toEqual([]);
    }
  });
});

// Two more runs over 2,186 records take several seconds on a small shared machine.
describe.skipIf(!DATA)('registry import on the national file', { timeout: 30_000 }, () => {
  const result = importRegistry(national, { ...base, file: 'national.json' });

  it('converts or reports every one of the 2,186 records', () => {
    expect(result.counts.in).toBe(2186);
    expect(result.counts.in).toBe(result.counts.services + result.counts.reported);
    expect(services(result)).toBe(result.counts.services);
    for (const line of errors(result)) expect(line.reason.length).toBeGreaterThan(10);
  });

  it('produces entries that all pass the real schema and taxonomy checks', () => {
    const bad = result.entries.map((e) => ({ id: e.id, problems: problemsOf(e) })).filter((x) => x.problems.length);
    expect(bad).toEqual([]);
  });

  it('gives every provider a unique id', () => {
    const ids = result.entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never writes the address or coordinates of a domestic-violence or trafficking service', () => {
    const classifier = makeClassifier(REGISTRY_RULES, realContent.taxonomies, new Set());
    const secret = records(national).map((r) => readRecord(r)!).filter((r) => isConfidentialService(r, classifier));
    expect(secret.length).toBeGreaterThan(20);
    const entryOf = new Map<string, (typeof result.entries)[number]>();
    for (const e of result.entries) for (const s of e.sources) entryOf.set(s.record, e);
    let checked = 0;
    for (const r of secret) {
      const entry = entryOf.get(String(r.id));
      if (!entry) continue; // reported, not imported
      checked++;
      const service = entry.services.find((s) => result.recordOf[`${entry.id}/${s.id}`] === String(r.id))!;
      for (const locId of service.locations ?? []) {
        const loc = entry.locations!.find((l) => l.id === locId)!;
        expect(loc.confidential, r.name).toBe(true);
        expect(loc.address).toBeUndefined();
        expect(loc.latitude).toBeUndefined();
        expect(loc.contact_route?.ro).toMatch(/112/);
      }
      const street = r.adresa.trim();
      if (street.length > 3) expect(JSON.stringify(entry), `${r.id} ${r.name}`).not.toContain(JSON.stringify(street).slice(1, -1));
      if (r.lat.trim()) expect(JSON.stringify(entry)).not.toContain(r.lat.trim());
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('makes the Cluj-Napoca domestic-violence centre and trafficking shelter confidential', () => {
    const c = importRegistry(cluj, { ...base, locality: 'Cluj-Napoca' });
    for (const id of ['2098', '460']) {
      const entry = c.entries.find((e) => e.sources.some((s) => s.record === id))!;
      const service = entry.services.find((s) => c.recordOf[`${entry.id}/${s.id}`] === id)!;
      const loc = entry.locations!.find((l) => l.id === service.locations![0])!;
      expect(loc).toMatchObject({ confidential: true, locality: 'Cluj-Napoca' });
      expect(loc.address).toBeUndefined();
    }
  });

  it('assigns the same ids however the records are ordered, and on every run', () => {
    const again = importRegistry(national, { ...base, file: 'national.json' });
    expect(again).toEqual(result);
    const reversed = importRegistry({ ...national, providers: [...national.providers].reverse() }, { ...base, file: 'national.json' });
    const ids = (r: ImportResult) => r.entries.map((e) => `${e.id}: ${e.services.map((s) => s.id).join(',')} | ${(e.locations ?? []).map((l) => l.id).join(',')}`);
    expect(ids(reversed)).toEqual(ids(result));
  }, 60_000);

  it('drops coordinates that the file gives to several streets, and says so', () => {
    const fallback = result.report.filter((l) => /geocoding fallback/.test(l.reason));
    expect(fallback.length).toBeGreaterThan(0);
    for (const e of result.entries) for (const l of e.locations ?? []) if (l.latitude !== undefined) expect(l.precision).toBe('approximate');
  });
});

describe.skipIf(!DATA)('broken records', () => {
  const good = records(cluj).find((r) => String(r.id) === '193')!;
  const broken = (id: string, change: Partial<Record<keyof RegistryRecord, unknown>>) => ({ ...good, id, ...change });
  const file: RegistryFile = {
    ss: cluj.ss,
    providers: [
      good,
      broken('9001', { name: '   ' }),
      broken('9002', { cod: '1234XX-Y', type: '10' }),
      broken('9003', { cod: '1234XX-Y' }),
      broken('9004', { type: '10' }),
      broken('9005', { capacitate: 'circa 20' }),
      broken('9006', { adresa: ' ', lat: '', lng: '' }),
      broken('9007', { phone: ['#ERROR!', '264430286'], email: 'nu-are, office@exemplu.ro' }),
      broken('9008', { furnizor: '' }),
      broken('9009', { categorie: ['B9'], cod: '1234XX-Y' }),
      broken('9010', { lat: '0', lng: '0' }),
      'not a record',
    ],
  };
  const r = importRegistry(file, base);
  const linesFor = (id: string) => r.report.filter((l) => l.recordId === id);
  const serviceFor = (id: string) => r.entries.flatMap((e) => e.services.map((s) => ({ e, s }))).find(({ e, s }) => r.recordOf[`${e.id}/${s.id}`] === id);

  it('still adds up: in = services out + reported', () => {
    expect(r.counts.in).toBe(12);
    expect(r.counts.in).toBe(r.counts.services + r.counts.reported);
  });

  it('reports a record without a name, without a provider, or not an object, and does not import it', () => {
    expect(linesFor('9001')).toEqual([{ recordId: '9001', name: '', level: 'error', reason: 'has no name' }]);
    expect(linesFor('9008')[0]).toMatchObject({ level: 'error', reason: 'has no provider organisation (furnizor)' });
    expect(linesFor('#12')[0]).toMatchObject({ level: 'error', reason: expect.stringMatching(/not a record object/) });
    for (const id of ['9001', '9008']) expect(serviceFor(id)).toBeUndefined();
  });

  it('reports an unknown code with an unknown form as not convertible', () => {
    expect(linesFor('9002').filter((l) => l.level === 'error')[0]!.reason).toMatch(/no service type: code '1234XX-Y' is unknown and organisational form '10'/);
    expect(serviceFor('9002')).toBeUndefined();
  });

  it('imports an unknown code with a known form, with a warning', () => {
    expect(linesFor('9003')).toEqual([expect.objectContaining({ level: 'warning', reason: "code '1234XX-Y' is not in the nomenclature" })]);
    expect(serviceFor('9003')!.s.service_types).toEqual(['community-services']);
  });

  it('imports form "10" from its code alone, with a warning', () => {
    expect(linesFor('9004')[0]).toMatchObject({ level: 'warning', reason: expect.stringMatching(/form '10' is not one of the registry's forms 1-9/) });
    expect(serviceFor('9004')!.s.service_types).toEqual(['community-services']);
  });

  it('leaves out a capacity that is not a number, and says so', () => {
    expect(linesFor('9005')[0]).toMatchObject({ level: 'warning', reason: "capacity 'circa 20' is not a number; left out" });
    expect(serviceFor('9005')!.s.capacity).toBeUndefined();
    expect(serviceFor('9004')!.s.capacity).toMatchObject({ value: 4, unit: 'places' });
  });

  it('gives a record with an empty address no location, and says so', () => {
    expect(linesFor('9006')[0]).toMatchObject({ level: 'warning', reason: 'has no address; no location' });
    expect(serviceFor('9006')!.s.locations).toBeUndefined();
  });

  it('leaves out malformed phones and e-mails and restores the leading 0 of the others', () => {
    expect(linesFor('9007').map((l) => l.reason)).toEqual(["phone '#ERROR!' is not a Romanian phone number; left out", "e-mail 'nu-are' is not a valid address; left out"]);
    const entry = serviceFor('9007')!.e;
    expect(entry.phones).toEqual([{ number: '0264 430 286', source: 'registru-193' }]);
    expect(JSON.stringify(entry)).toContain('office@exemplu.ro');
  });

  it('reports a record whose groups and code give no beneficiary category', () => {
    const lines = linesFor('9009');
    expect(lines).toEqual([expect.objectContaining({ level: 'error', reason: "no beneficiary category: groups [B9] and code '1234XX-Y' give none" })]);
  });

  it('drops coordinates outside Romania', () => {
    expect(linesFor('9010')[0]!.reason).toBe('coordinates 0, 0 are outside Romania; left out');
  });
});

describe('normalisations', () => {
  it('restores the leading 0 of phone numbers and groups the digits', () => {
    expect(normalisePhone('264599316')).toBe('0264 599 316');
    expect(normalisePhone('745299116')).toBe('0745 299 116');
    expect(normalisePhone('213155455')).toBe('021 315 5455');
    expect(normalisePhone('0264-599-316')).toBe('0264 599 316');
    expect(normalisePhone('#ERROR!')).toBeUndefined();
    expect(normalisePhone('37276498')).toBeUndefined();
  });

  it('reads capacities as places, a day or a month, and nothing else', () => {
    expect(parseCapacity('20')).toEqual({ value: 20, unit: 'places' });
    expect(parseCapacity('25 /zi')).toEqual({ value: 25, unit: 'per_day' });
    expect(parseCapacity('45 /L')).toEqual({ value: 45, unit: 'per_month' });
    for (const s of ['', '_', '14 - 20', '0', 'douăzeci']) expect(parseCapacity(s)).toBeUndefined();
  });

  it('writes Cluj-Napoca with its hyphen', () => {
    expect(normaliseLocality('Cluj Napoca')).toBe('Cluj-Napoca');
    expect(normaliseLocality(' Gherla ')).toBe('Gherla');
  });

  it("reads the provider's kind from its legal form", () => {
    expect(providerKind('Asociația Preventis')).toBe('ngo');
    expect(providerKind('Fundația Estuar')).toBe('ngo');
    expect(providerKind('Federația Comunităților Evreiești din România - Cultul Mozaic')).toBe('religious');
    expect(providerKind('Arhiepiscopia Vadului, Feleacului și Clujului')).toBe('religious');
    expect(providerKind('Direcția Generală de Asistență Socială și Protecția Copilului Cluj')).toBe('public');
    expect(providerKind('Primăria Comunei Baciu')).toBe('public');
    expect(providerKind('Centrul Diecezan Caritas Iași')).toBeUndefined();
  });
});

describe.skipIf(!DATA)('the import:registry command', () => {
  it('runs on the whole national file into a folder outside content/ and prints the count line', () => {
    const out = mkdtempSync(join(tmpdir(), 'registry-national-'));
    try {
      const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/import-registry/main.ts', '--input', join(DATA!, 'national.json'), '--out', out, '--assured-date', TODAY], { encoding: 'utf8' });
      const m = /records in: (\d+) = services out: (\d+) \+ reported: (\d+)/.exec(stdout)!;
      expect(Number(m[1])).toBe(2186);
      expect(Number(m[1])).toBe(Number(m[2]) + Number(m[3]));
      expect(stdout).toMatch(/Not imported \(\d+\):\n {2}record \d+ "/);
      expect(readdirSync(out).length).toBeGreaterThan(700);
      // Running it again adds nothing: existing files are merged, not rewritten.
      const again = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/import-registry/main.ts', '--input', join(DATA!, 'national.json'), '--out', out, '--assured-date', TODAY], { encoding: 'utf8' });
      expect(again).toMatch(/: 0 new files, 0 updated, \d+ unchanged/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
