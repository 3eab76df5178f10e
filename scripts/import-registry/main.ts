/**
 * `npm run import:registry -- --input <file> --out <dir> [--locality "Cluj-Napoca"] [--county Cluj]`
 *
 * Converts records of the licensed social services registry into provider files (one per
 * organisation), prints every record it could not convert and why, every fact it left out, and
 * the count line `records in: N = services out: X + reported: Y`.
 *
 * Existing files in --out are never overwritten: what the import adds (a registry source, a
 * location, a service) is appended, so hand-edited facts and comments stay. --aliases names a JSON
 * file that maps a registry organisation name to an existing provider id and a record id to an
 * existing service (default: scripts/registry-aliases.json).
 *
 * Other options: --content <dir> (taxonomies; default content), --assured-date YYYY-MM-DD
 * (default today), --extract-date YYYY-MM-DD (default the documented date of the 2016 extract).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseContentFile } from '../../src/lib/ingest/parse';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';
import { taxonomyFileSchema } from '../../src/schemas/taxonomy';
import { importRegistry } from './registry-import';
import { mergedFileText, newFileText } from './merge';
import { countsAddUp, reportLines, type WriteCounts } from './report';
import { REGISTRY_EXTRACT_DATE, type ImportResult, type RegistryFile } from './model';

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
  const counts: WriteCounts = { created: 0, updated: 0, unchanged: 0 };
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
    if (merged.status === 'updated') writeFileSync(path, merged.text);
    counts[merged.status === 'updated' ? 'updated' : 'unchanged']++;
  }
  return counts;
}

if (!values.input || !values.out) fail('usage: npm run import:registry -- --input <registry.json> --out <dir> [--locality "Cluj-Napoca"] [--county Cluj]');
const input = values.input;
const outDir = resolve(values.out);
const registry = readRegistry(input);
const aliasPath = values.aliases ?? (existsSync('scripts/registry-aliases.json') ? 'scripts/registry-aliases.json' : undefined);
const aliases = aliasPath ? (JSON.parse(readFileSync(aliasPath, 'utf8')) as { providers?: Record<string, string>; services?: Record<string, string> }) : {};

const result = importRegistry(registry, {
  beneficiaryCategories: loadTaxonomy('beneficiary-categories.yaml'),
  serviceTypes: loadTaxonomy('service-types.yaml'),
  file: basename(input),
  extractDate: values['extract-date'] ?? REGISTRY_EXTRACT_DATE,
  assuredDate: values['assured-date'] ?? new Date().toISOString().slice(0, 10),
  locality: values.locality,
  county: values.county,
  providerIds: aliases.providers,
});
const written = writeEntries(result, outDir, basename(input), aliases.services);
console.log(reportLines(result, { input, locality: values.locality, county: values.county, outName: relative(process.cwd(), outDir) || outDir, written }).join('\n'));
if (!countsAddUp(result)) fail('the counts do not add up; this is a bug in the importer');
