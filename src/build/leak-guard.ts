/**
 * The confidentiality guard: after every build, every output file (pages, JSON, CSV, GeoJSON,
 * HSDS, search data, map points, sitemap, sw.js, _headers...) is scanned once for the streets and
 * coordinates the build knows must stay secret. Any hit fails the build, naming the file and the
 * record or location; never the street or the coordinates (build logs are public too).
 *
 * What it knows:
 * - from the registry extract (REGISTRY_DIR, else ../shared/data/registry-2016; see
 *   scripts/shared-data.ts): the rule set of src/lib/confidentiality/registry-rules.ts, with the
 *   decisions of scripts/registry-aliases.json, gives the withheld addresses and coordinates. They are
 *   read at build time and never written into the repository, which is public;
 * - from the content, as published in the output's JSON: no location marked confidential carries an
 *   address or coordinates, no map point or GeoJSON feature is a confidential location, and no public
 *   location sits at a withheld registry address.
 * Without the registry folder the content part still runs, and one line says where it looked.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { addressKey, decidePlaces, placeRecordOf, type PlaceDecision, type PlaceDecisions, type PlaceRecord } from '../lib/confidentiality/registry-rules';
import { compileLeakMatcher, jsonLeaks, type ConfidentialPlace, type Leak, type LeakTargets } from '../lib/confidentiality/leak-guard';
import { readAliases } from '../lib/ingest/registry-aliases';
import { PROJECT_ROOT, sharedDataCandidates, sharedDataDir } from '../../scripts/shared-data';

/** Files that cannot hold text. Everything else is read, gzip-compressed files unpacked first. */
const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|eot|wasm|pdf|zip|mp4|webm|mp3)$/i;

export interface GuardInput {
  /** The built site. */
  outDir: string;
  /** The registry extract folder, or undefined when it was not found (the registry part is skipped). */
  registryDir?: string;
  /** The place decisions of scripts/registry-aliases.json, by record id. */
  decisions?: Readonly<Record<string, PlaceDecision>>;
}

export interface GuardResult {
  files: number;
  bytes: number;
  ms: number;
  /** What the registry part knew; undefined when it was skipped. */
  registry?: { records: number; secret: number; withheldRecords: number; addresses: number; points: number };
  confidentialPlaces: number;
  leaks: Array<{ file: string } & Leak>;
}

/** Every file of the output, as paths relative to it ('providers/x/index.html'), sorted. */
export function listOutputFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, entry.name);
      if (entry.isDirectory()) walk(abs);
      else if (entry.isFile()) out.push(relative(root, abs).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Every record of every registry file in the folder (one file may repeat another's records). */
export function readRegistryRecords(dir: string): PlaceRecord[] {
  const byId = new Map<string, PlaceRecord>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { providers?: unknown };
    if (!data || !Array.isArray(data.providers)) continue;
    for (const raw of data.providers) {
      const rec = placeRecordOf(raw);
      if (rec && !byId.has(rec.id)) byId.set(rec.id, rec);
    }
  }
  return [...byId.values()];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What the registry part looks for: withheld streets and coordinates, labelled by record. */
export function registryTargets(places: PlaceDecisions): LeakTargets {
  const why = (id: string) => {
    const v = places.verdicts.get(id);
    return v?.decided ? `decided ${v.decided.decision}` : v?.rules.join(', ') ?? '';
  };
  const streets = [...places.addresses.values()].map((a) => {
    const others = a.records.filter((id) => !a.because.includes(id));
    return {
      parts: a.parts,
      locality: a.locality,
      label: `the street of registry record ${a.because.join(', ')} (${a.because.map(why).join('; ')})${others.length ? `, also the address of record ${others.join(', ')}` : ''}`,
    };
  });
  const points = [...places.points.values()].map((p) => ({ lat: p.lat, lng: p.lng, label: `the coordinates of registry record ${p.records.join(', ')}` }));
  return { streets, points };
}

interface PublishedLocation { id?: unknown; confidential?: unknown; address?: { street?: unknown; locality?: unknown } }

/** The content's confidential locations and public addresses, as the build published them (data/providers.json). */
function publishedPlaces(outDir: string): { confidential: ConfidentialPlace[]; public: Array<{ provider: string; location: string; street: string; locality: string }> } | undefined {
  const file = join(outDir, 'data', 'providers.json');
  if (!existsSync(file)) return undefined;
  const data = JSON.parse(readFileSync(file, 'utf8')) as { providers?: Array<{ id: string; locations?: PublishedLocation[] }> };
  const confidential: ConfidentialPlace[] = [];
  const publicPlaces: Array<{ provider: string; location: string; street: string; locality: string }> = [];
  for (const p of data.providers ?? []) {
    for (const l of p.locations ?? []) {
      if (typeof l.id !== 'string') continue;
      if (l.confidential === true) confidential.push({ provider: p.id, location: l.id });
      else if (typeof l.address?.street === 'string' && typeof l.address.locality === 'string') publicPlaces.push({ provider: p.id, location: l.id, street: l.address.street, locality: l.address.locality });
    }
  }
  return { confidential, public: publicPlaces };
}

/** Scans the whole output once; pure apart from reading the files. */
export function runGuard(input: GuardInput): GuardResult {
  const started = performance.now();
  const leaks: GuardResult['leaks'] = [];
  let places: PlaceDecisions | undefined;
  let registry: GuardResult['registry'];
  if (input.registryDir) {
    const records = readRegistryRecords(input.registryDir);
    places = decidePlaces(records, input.decisions);
    registry = { records: records.length, secret: places.secret.size, withheldRecords: places.withheld.size, addresses: places.addresses.size, points: places.points.size };
  }
  const matcher = compileLeakMatcher(places ? registryTargets(places) : { streets: [], points: [] });
  const published = publishedPlaces(input.outDir);
  const confidential = published?.confidential ?? [];
  // A hand-written public location at a withheld registry address: named by its content ids.
  if (places && published) {
    for (const l of published.public) {
      const a = places.addresses.get(addressKey(l.street, l.locality));
      if (a) leaks.push({ file: 'data/providers.json', kind: 'street', label: `content location ${l.provider}/${l.location} is at the withheld address of registry record ${a.because.join(', ')}`, at: -1 });
    }
  }
  let files = 0;
  let bytes = 0;
  for (const file of listOutputFiles(input.outDir)) {
    if (BINARY.test(file)) continue;
    let buf = readFileSync(join(input.outDir, file));
    if (buf[0] === 0x1f && buf[1] === 0x8b) buf = gunzipSync(buf);
    files++;
    bytes += buf.length;
    const text = buf.toString('utf8');
    for (const leak of matcher.scan(text)) leaks.push({ file, ...leak });
    if (confidential.length && /\.(json|geojson)$/.test(file)) {
      let parsed: unknown;
      try { parsed = JSON.parse(text); } catch { parsed = undefined; }
      if (parsed !== undefined) for (const leak of jsonLeaks(parsed, confidential)) leaks.push({ file, ...leak });
    }
  }
  return { files, bytes, ms: Math.round(performance.now() - started), ...(registry ? { registry } : {}), confidentialPlaces: confidential.length, leaks };
}

/** The lines the build prints: what was scanned, and every leak with its file. */
export function guardReport(result: GuardResult, registryNote?: string): string[] {
  const lines = [
    `scanned ${plural(result.files, 'file')} (${(result.bytes / 1e6).toFixed(1)} MB) in ${result.ms} ms; `
    + (result.registry ? `registry: ${result.registry.withheldRecords} withheld records (${result.registry.secret} secret), ${plural(result.registry.addresses, 'address', 'addresses')}, ${plural(result.registry.points, 'coordinate pair')} of ${result.registry.records} records; ` : '')
    + `content: ${plural(result.confidentialPlaces, 'confidential location')}`,
  ];
  if (registryNote) lines.push(registryNote);
  if (result.leaks.length) {
    lines.push(`${plural(result.leaks.length, 'leak')} of a confidential place in ${plural(new Set(result.leaks.map((l) => l.file)).size, 'output file')}:`);
    for (const l of result.leaks) lines.push(`  ${l.file}: ${l.kind}: ${l.label}${l.at >= 0 ? ` (at character ${l.at})` : ''}`);
    lines.push('Fix the content (or scripts/registry-aliases.json "places", with a reason and a source) so that the place is not published, then build again.');
  }
  return lines;
}

/** Where the guard finds the registry extract, and what to print when it does not. */
export function registrySource(env: NodeJS.ProcessEnv = process.env): { dir?: string; note?: string } {
  const dir = sharedDataDir('registry-2016', env);
  if (dir) return { dir };
  return { note: `registry part skipped: no registry extract found (looked in ${sharedDataCandidates('registry-2016', env).join(', ')}; set REGISTRY_DIR)` };
}

// From the project's folder, not this module's: the build bundles this module into its output folder.
const ALIASES = join(PROJECT_ROOT, 'scripts', 'registry-aliases.json');

/** The decisions of scripts/registry-aliases.json; a broken file stops the build, as it stops the importer. */
export function placeDecisions(file = ALIASES): Record<string, PlaceDecision> {
  if (!existsSync(file)) return {};
  const read = readAliases(readFileSync(file, 'utf8'), file);
  if ('problems' in read) throw new Error(read.problems.join('\n'));
  return read.aliases.placeDecisions;
}

export function confidentialityGuard(): AstroIntegration {
  return {
    name: 'confidentiality-guard',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const source = registrySource();
        const result = runGuard({ outDir: fileURLToPath(dir), registryDir: source.dir, decisions: placeDecisions() });
        const lines = guardReport(result, source.note);
        if (result.leaks.length) throw new Error(`Confidentiality guard: ${lines.join('\n')}`);
        for (const line of lines) logger.info(line);
      },
    },
  };
}
