/**
 * `npm run import:siruta -- [--input ../shared/data/siruta/siruta.csv] [--county Cluj] [--areas content/taxonomy/areas.yaml]`
 *
 * Writes one county's administrative units (municipalities, towns, communes) and their localities
 * (villages, parts of towns) from SIRUTA into the areas taxonomy, each keyed by its SIRUTA code, and
 * gives every county term its code. The input defaults to SIRUTA_CSV, else siruta.csv in the shared
 * data folder (scripts/shared-data.ts); --county takes a name or the JUD number (default Cluj).
 *
 * Deterministic, and safe to run again: a term already in the file (matched by its SIRUTA code, or
 * on the first run by the id it would get) keeps its id, labels (a Hungarian name added by hand
 * stays), description and coordinates; only kind, parent and the code come from SIRUTA. Terms that
 * are not in SIRUTA (the country, neighbourhoods of Cluj-Napoca) are kept as they are, neighbourhoods
 * right after their city. The comment at the top of the file is kept word for word.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import type { TaxonomyTerm } from '../src/schemas/taxonomy';
import { taxonomyFileSchema } from '../src/schemas/taxonomy';
import { LANGS } from '../src/locales';
import { countyId, findCounty, parseSiruta, preferredId, properName, sirutaKind, unitRank, type SirutaRow } from './siruta';
import { sharedDataDir } from './shared-data';

export interface SirutaImport {
  terms: TaxonomyTerm[];
  /** Counts for the report line. */
  counts: { units: number; localities: number; kept: number; added: number; counties: number };
}

const collator = new Intl.Collator('ro', { sensitivity: 'base' });

/**
 * The new list of area terms: `existing` with every county keyed, and the county's units and
 * localities from `rows` merged in (see the top of this file).
 */
export function importCounty(rows: readonly SirutaRow[], countyRow: SirutaRow, existing: readonly TaxonomyTerm[]): SirutaImport {
  const bySiruta = new Map(existing.filter((t) => t.siruta !== undefined).map((t) => [t.siruta!, t]));
  const byId = new Map(existing.map((t) => [t.id, t]));
  const taken = new Set(existing.map((t) => t.id));
  const counts = { units: 0, localities: 0, kept: 0, added: 0, counties: 0 };

  // Every county term gets its code and kind; none is added (the taxonomy already lists all 42).
  const countyIds = new Map<number, string>();
  const keyed = existing.map((t) => ({ ...t }));
  for (const row of rows.filter((r) => r.type === 40)) {
    const id = bySiruta.get(row.code)?.id ?? countyId(row);
    const term = keyed.find((t) => t.id === id);
    if (!term) continue;
    term.siruta = row.code;
    term.kind = 'county';
    countyIds.set(row.code, id);
    counts.counties++;
  }
  const county = countyIds.get(countyRow.code);
  if (!county) throw new Error(`the areas taxonomy has no term '${countyId(countyRow)}' for ${properName(countyRow.name)}; add the county first`);

  /** The existing term for a row (by code, else by the id it would get, if that term is not keyed to another code). */
  const match = (row: SirutaRow, id: string) => {
    const bySiruta_ = bySiruta.get(row.code);
    if (bySiruta_) return bySiruta_;
    const sameId = byId.get(id);
    return sameId && sameId.siruta === undefined && sameId.kind !== 'county' ? sameId : undefined;
  };
  const term = (row: SirutaRow, parent: string): TaxonomyTerm => {
    let id = preferredId(row);
    const old = match(row, id);
    if (old) {
      counts.kept++;
      const { kind: _k, siruta: _s, parent: _p, ...rest } = old;
      return { ...rest, kind: sirutaKind(row), siruta: row.code, parent };
    }
    // A unit whose name another county already uses gets the county's name too.
    if (taken.has(id)) id = `${id}-${county.replace(/^judetul-/, '')}`;
    if (taken.has(id)) id = `${preferredId(row)}-${row.code}`;
    taken.add(id);
    counts.added++;
    const name = properName(row.name);
    return { id, label: Object.fromEntries(LANGS.map((l) => [l, name])) as TaxonomyTerm['label'], kind: sirutaKind(row), siruta: row.code, parent };
  };

  const units = rows.filter((r) => r.level === 2 && r.parent === countyRow.code)
    .sort((a, b) => unitRank(a) - unitRank(b) || collator.compare(properName(a.name), properName(b.name)) || a.code - b.code);
  const generated: TaxonomyTerm[] = [];
  const unitTerms: TaxonomyTerm[] = [];
  const localitiesOf = new Map<string, TaxonomyTerm[]>();
  for (const u of units) {
    const unit = term(u, county);
    unitTerms.push(unit);
    counts.units++;
    // The seat (the locality that gives the unit its name) first, then the others by name.
    const seatTypes = new Set([9, 17, 22]);
    const locs = rows.filter((r) => r.level === 3 && r.parent === u.code)
      .sort((a, b) => Number(seatTypes.has(b.type)) - Number(seatTypes.has(a.type)) || collator.compare(properName(a.name), properName(b.name)) || a.code - b.code);
    localitiesOf.set(unit.id, locs.map((l) => term(l, unit.id)));
    counts.localities += locs.length;
  }
  const generatedIds = new Set([...unitTerms, ...[...localitiesOf.values()].flat()].map((t) => t.id));
  const unitIds = new Set(unitTerms.map((t) => t.id));
  // Hand-written terms inside a unit (neighbourhoods) move with their unit; everything else stays in place.
  const handInside = (t: TaxonomyTerm) => t.parent !== undefined && unitIds.has(t.parent) && !generatedIds.has(t.id);
  const codes = new Set(rows.filter((r) => r.county === countyRow.code && r.level > 1).map((r) => r.code));
  const stays = keyed.filter((t) => !generatedIds.has(t.id) && !handInside(t) && !(t.siruta !== undefined && codes.has(t.siruta)));
  for (const unit of unitTerms) generated.push(unit, ...keyed.filter((t) => handInside(t) && t.parent === unit.id), ...localitiesOf.get(unit.id)!);
  return { terms: [...stays, ...generated], counts };
}

const PLAIN = /^[\p{L}][\p{L}\p{N} .'’()-]*$/u;
const RESERVED = /^(y|yes|n|no|true|false|on|off|null|~)$/i;

/** A YAML scalar, plain where that is safe and readable, double-quoted otherwise. */
function scalar(v: string | number): string {
  if (typeof v === 'number') return String(v);
  return PLAIN.test(v) && !RESERVED.test(v) && !/ $/.test(v) ? v : JSON.stringify(v);
}

const flow = (o: Record<string, string | number | undefined>) =>
  `{ ${Object.entries(o).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${scalar(v!)}`).join(', ')} }`;

/** One term in the file's compact style, fields in a fixed order. */
function termYaml(t: TaxonomyTerm): string {
  const lines = [`  - id: ${t.id}`, `    label: ${flow(t.label)}`];
  if (t.description) lines.push(`    description: ${flow(t.description)}`);
  if (t.kind) lines.push(`    kind: ${t.kind}`);
  if (t.siruta !== undefined) lines.push(`    siruta: ${t.siruta}`);
  if (t.parent) lines.push(`    parent: ${t.parent}`);
  if (t.latitude !== undefined) lines.push(`    latitude: ${t.latitude}`);
  if (t.longitude !== undefined) lines.push(`    longitude: ${t.longitude}`);
  if (t.nomenclature) lines.push(`    nomenclature: [${t.nomenclature.map(scalar).join(', ')}]`);
  if (t.registry_groups) lines.push(`    registry_groups: [${t.registry_groups.join(', ')}]`);
  return lines.join('\n');
}

/** The whole file: the comment block before `terms:` kept word for word, then every term. */
export function areasFileText(header: string, terms: readonly TaxonomyTerm[]): string {
  return `${header}terms:\n${terms.map(termYaml).join('\n')}\n`;
}

/** The lines before `terms:` (comments and the schema line). */
export function headerOf(text: string): string {
  const at = text.search(/^terms:/m);
  return at < 0 ? '' : text.slice(0, at);
}

function main() {
  const { values } = parseArgs({ options: { input: { type: 'string' }, county: { type: 'string', default: 'Cluj' }, areas: { type: 'string', default: 'content/taxonomy/areas.yaml' } } });
  const shared = sharedDataDir('siruta');
  const input = values.input ?? process.env.SIRUTA_CSV ?? (shared && join(shared, 'siruta.csv'));
  if (!input) {
    console.error('import-siruta: no input; give --input <siruta.csv> or SIRUTA_CSV, or put the set in ../shared/data/siruta/');
    process.exit(2);
  }
  const rows = parseSiruta(readFileSync(input, 'utf8'), input);
  const countyRow = findCounty(rows, values.county!);
  if (!countyRow) {
    console.error(`import-siruta: no county '${values.county}' in ${input}; give its name (Cluj) or its JUD number (12)`);
    process.exit(2);
  }
  const text = readFileSync(values.areas!, 'utf8');
  const parsed = taxonomyFileSchema.safeParse(parse(text));
  if (!parsed.success) {
    console.error(`import-siruta: ${values.areas} is not a valid taxonomy file; run npm run validate`);
    process.exit(2);
  }
  const result = importCounty(rows, countyRow, parsed.data.terms);
  writeFileSync(values.areas!, areasFileText(headerOf(text), result.terms));
  const c = result.counts;
  console.log(`${properName(countyRow.name)}: ${c.units} administrative units and ${c.localities} localities (${c.added} added, ${c.kept} kept); ${c.counties} counties keyed by SIRUTA code. Wrote ${values.areas}.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
