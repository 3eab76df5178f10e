/**
 * `npm run import:registry -- --input <file> --out <dir> [--locality "Cluj-Napoca"] [--county Cluj]`
 *
 * Converts records of the licensed social services registry into provider files (one per
 * organisation), prints every record it could not convert and why, every fact it left out, and
 * the count line `records in: N = services out: X + reported: Y`.
 *
 * Existing files in --out are never overwritten: what the import adds (a registry source, a
 * location, a service) is appended, so hand-edited facts and comments stay. Services are matched
 * by the registry record they cite, and providers by the records their files cite, so importing
 * again, or importing national.json over the Cluj content, creates no duplicates.
 *
 * --aliases names a JSON file (default: scripts/registry-aliases.json) with:
 * - `providers`: registry organisation name → existing provider id;
 * - `services`: record id → existing service id;
 * - `places`: record id → { decision: 'public' | 'confidential', reason } for places the rules
 *   say MAY need to be secret (until decided, they are withheld);
 * - `retired`: record id → { phones?, emails?, reason }: registry facts a person removed on
 *   purpose, which an import never brings back.
 *
 * Other options: --content <dir> (taxonomies; default content), --extract-date YYYY-MM-DD
 * (default the documented date of the 2016 extract). No assured_date is written: an import is not
 * a person checking the facts; --assured-date is still accepted, and ignored with a note.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseContentFile } from '../../src/lib/ingest/parse';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';
import { taxonomyFileSchema } from '../../src/schemas/taxonomy';
import { importRegistry } from './registry-import';
import { mergedFileText, newFileText, tallyOps } from './merge';
import { countsAddUp, reportLines, type WriteCounts } from './report';
import { REGISTRY_EXTRACT_DATE, type ImportOptions, type ImportResult, type RegistryFile } from './model';
import { readAliases } from '../../src/lib/ingest/registry-aliases';

const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    out: { type: 'string' },
    locality: { type: 'string' },
    county: { type: 'string' },
    content: { type: 'string', default: 'content' },
    aliases: { type: 'string' },
    'assured-date': { type: 'string' },
    'extract-date': { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`import-registry: ${message}`);
  process.exit(2);
}

function loadTaxonomy(name: string) {
  const path = join(values.content!, 'taxonomy', name);
  const parsed = parseContentFile(readFileSync(path, 'utf8'), path, taxonomyFileSchema);
  if (!parsed.data) fail(`cannot read ${path}:\n${parsed.problems.map(formatProblem).join('\n')}`);
  return parsed.data.terms;
}

function readRegistry(input: string): RegistryFile {
  let registry: RegistryFile;
  try {
    registry = JSON.parse(readFileSync(input, 'utf8')) as RegistryFile;
  } catch (e) {
    fail(`cannot read ${input}: ${(e as Error).message}`);
  }
  if (registry === null || typeof registry !== 'object' || !Array.isArray(registry.providers)) fail(`${input} has no 'providers' list; expected { "ss": [...], "providers": [...] }`);
  return registry;
}

/** Writes new files and merges into existing ones; a file that is not valid YAML is left as it is. */
function writeEntries(result: ImportResult, outDir: string, inputName: string, serviceMap?: Record<string, string>): WriteCounts {
  const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0, tally: { services: 0, matched: 0, sources: 0, locations: 0, contacts: 0 } };
  const schemaPath = relative(outDir, resolve('public/schema/provider.schema.json')).split('\\').join('/');
  mkdirSync(outDir, { recursive: true });
  for (const entry of result.entries) {
    const path = join(outDir, `${entry.id}.yaml`);
    if (!existsSync(path)) {
      writeFileSync(path, newFileText(entry, schemaPath, inputName));
      counts.created++;
      continue;
    }
    const merged = mergedFileText(readFileSync(path, 'utf8'), entry, result.recordOf, serviceMap);
    if (merged.status === 'invalid') console.error(`import-registry: ${path} is not valid YAML (${merged.error}); left as it is, fix it and import again`);
    if (merged.status === 'updated') { writeFileSync(path, merged.text); tallyOps(merged.ops, counts.tally!); }
    counts[merged.status === 'updated' ? 'updated' : 'unchanged']++;
  }
  return counts;
}

/** The provider file that cites each registry record, read from the files already in the folder. */
function providersByRecord(outDir: string): Record<string, string> {
  const byRecord: Record<string, string> = {};
  if (!existsSync(outDir)) return byRecord;
  for (const name of readdirSync(outDir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    let doc: { id?: unknown; sources?: Array<{ kind?: unknown; record?: unknown }> } | undefined;
    try { doc = parse(readFileSync(join(outDir, name), 'utf8')) as typeof doc; } catch { continue; } // reported when merged
    if (typeof doc?.id !== 'string' || !Array.isArray(doc.sources)) continue;
    for (const s of doc.sources) if (s?.kind === 'registry' && s.record !== undefined) byRecord[String(s.record)] ??= doc.id;
  }
  return byRecord;
}

if (values['assured-date']) console.error('import-registry: --assured-date is ignored: an import writes no assured_date (it is not a person checking the facts).');
if (!values.input || !values.out) fail('usage: npm run import:registry -- --input <registry.json> --out <dir> [--locality "Cluj-Napoca"] [--county Cluj]');
const input = values.input;
const outDir = resolve(values.out);
const registry = readRegistry(input);
const aliasPath = values.aliases ?? (existsSync('scripts/registry-aliases.json') ? 'scripts/registry-aliases.json' : undefined);
let aliases: Pick<ImportOptions, 'placeDecisions' | 'retired'> & { providers?: Record<string, string>; services?: Record<string, string> } = {};
if (aliasPath) {
  const read = readAliases(readFileSync(aliasPath, 'utf8'), aliasPath);
  if ('problems' in read) fail(read.problems.join('\n'));
  aliases = read.aliases;
}

const result = importRegistry(registry, {
  beneficiaryCategories: loadTaxonomy('beneficiary-categories.yaml'),
  serviceTypes: loadTaxonomy('service-types.yaml'),
  areas: loadTaxonomy('areas.yaml'),
  file: basename(input),
  extractDate: values['extract-date'] ?? REGISTRY_EXTRACT_DATE,
  locality: values.locality,
  county: values.county,
  providerIds: aliases.providers,
  providerIdsByRecord: providersByRecord(outDir),
  placeDecisions: aliases.placeDecisions,
  retired: aliases.retired,
});
const written = writeEntries(result, outDir, basename(input), aliases.services);
console.log(reportLines(result, { input, locality: values.locality, county: values.county, outName: relative(process.cwd(), outDir) || outDir, written }).join('\n'));
if (!countsAddUp(result)) fail('the counts do not add up; this is a bug in the importer');
