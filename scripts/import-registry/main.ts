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
import { Document, isMap, isPair, isScalar, parseDocument, Scalar, visit, type Node as YamlNode } from 'yaml';
import { parseContentFile } from '../../src/lib/ingest/parse';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';
import { importRegistry, mergeOps, REGISTRY_EXTRACT_DATE, type ImportedProvider, type RegistryFile } from './registry-import';
import { taxonomyFileSchema } from '../../src/schemas/taxonomy';

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

if (!values.input || !values.out) fail('usage: npm run import:registry -- --input <registry.json> --out <dir> [--locality "Cluj-Napoca"] [--county Cluj]');
const input = values.input;
const outDir = resolve(values.out);

function loadTaxonomy(name: string) {
  const path = join(values.content!, 'taxonomy', name);
  const parsed = parseContentFile(readFileSync(path, 'utf8'), path, taxonomyFileSchema);
  if (!parsed.data) fail(`cannot read ${path}:\n${parsed.problems.map(formatProblem).join('\n')}`);
  return parsed.data.terms;
}

let registry: RegistryFile;
try {
  registry = JSON.parse(readFileSync(input, 'utf8')) as RegistryFile;
} catch (e) {
  fail(`cannot read ${input}: ${(e as Error).message}`);
}
if (registry === null || typeof registry !== 'object' || !Array.isArray(registry.providers)) fail(`${input} has no 'providers' list; expected { "ss": [...], "providers": [...] }`);

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

/** Short objects (contacts, capacity, address, lists of ids) are written on one line, as in hand-written files. */
const FLOW_KEYS = new Set(['capacity', 'address', 'name']);

function styleNode(node: YamlNode): void {
  visit(node, {
    Scalar(_, scalar) {
      // Dates, record ids and phone numbers stay text, as the schema asks ('2016-12-31', '193', '0264 599 316').
      if (typeof scalar.value === 'string' && /^[\d +./-]+$/.test(scalar.value)) scalar.type = Scalar.QUOTE_SINGLE;
    },
    Seq(_, seq) {
      if (seq.items.every((i) => isScalar(i))) seq.flow = true;
    },
    Map(_, map, path) {
      const owner = path[path.length - 2];
      const ownerKey = owner && isPair(owner) && isScalar(owner.key) ? String(owner.key.value) : undefined;
      if (ownerKey === 'phones' || ownerKey === 'emails') map.flow = true;
      const pair = path[path.length - 1];
      if (pair && isPair(pair) && isScalar(pair.key) && FLOW_KEYS.has(String(pair.key.value))) map.flow = true;
    },
  });
}

/** Writes `{ a: b }` for flow maps and `[a, b]` for flow lists, as the hand-written files do. */
function toYaml(doc: Document): string {
  return doc
    .toString({ lineWidth: 0, singleQuote: true, flowCollectionPadding: true })
    .split('\n')
    .map((line) => line.replace(/^(\s*(?:- )?[\w-]+: )\[ (.*) \]$/, '$1[$2]'))
    .join('\n');
}

function schemaPath(): string {
  return relative(outDir, resolve('public/schema/provider.schema.json')).split('\\').join('/');
}

function newFile(entry: ImportedProvider): string {
  const doc = new Document(entry);
  styleNode(doc.contents as YamlNode);
  const header = [
    `# yaml-language-server: $schema=${schemaPath()}`,
    `# Generated by \`npm run import:registry\` from the licensed social services registry (2016 extract,`,
    `# ${basename(input)}). It may be edited by hand: a later import only adds what is missing here.`,
  ].join('\n');
  return `${header}\n${toYaml(doc)}`;
}

mkdirSync(outDir, { recursive: true });
let created = 0;
let updated = 0;
let unchanged = 0;
for (const entry of result.entries) {
  const path = join(outDir, `${entry.id}.yaml`);
  if (!existsSync(path)) {
    writeFileSync(path, newFile(entry));
    created++;
    continue;
  }
  const doc = parseDocument(readFileSync(path, 'utf8'));
  if (doc.errors.length) {
    console.error(`import-registry: ${path} is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); left as it is, fix it and import again`);
    unchanged++;
    continue;
  }
  const existing = (doc.toJS() ?? {}) as Parameters<typeof mergeOps>[0];
  const ops = mergeOps(existing, entry, result.recordOf, aliases.services);
  if (ops.length === 0) {
    unchanged++;
    continue;
  }
  for (const op of ops) {
    const node = doc.createNode(op.value) as YamlNode;
    styleNode(node);
    const list = String(op.path[op.path.length - 1]);
    if ((list === 'phones' || list === 'emails') && isMap(node)) node.flow = true;
    if (doc.hasIn(op.path)) doc.addIn(op.path, node);
    else {
      const list = doc.createNode([op.value]) as YamlNode;
      styleNode(list);
      doc.setIn(op.path, list);
    }
  }
  writeFileSync(path, toYaml(doc));
  updated++;
}

const errors = result.report.filter((r) => r.level === 'error');
const warnings = result.report.filter((r) => r.level === 'warning');
const filter = [values.locality && `locality ${values.locality}`, values.county && `county ${values.county}`].filter(Boolean).join(', ') || 'all records';
console.log(`Registry import from ${input} (${filter}); ${result.counts.skipped} records of other places skipped.`);
console.log(`\nNot imported (${errors.length}):`);
for (const r of errors) console.log(`  record ${r.recordId} "${r.name}": ${r.reason}`);
console.log(`\nImported without some facts (${warnings.length} notes on ${new Set(warnings.map((w) => w.recordId)).size} records):`);
for (const r of warnings) console.log(`  record ${r.recordId} "${r.name}": ${r.reason}`);
console.log(`\n${result.entries.length} providers: ${created} new files, ${updated} updated, ${unchanged} unchanged in ${relative(process.cwd(), outDir) || outDir}`);
console.log(`records in: ${result.counts.in} = services out: ${result.counts.services} + reported: ${result.counts.reported}`);
if (result.counts.in !== result.counts.services + result.counts.reported) fail('the counts do not add up; this is a bug in the importer');
