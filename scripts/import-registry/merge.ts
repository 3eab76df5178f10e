/**
 * Merging step: what an import adds to provider files that already exist. Nothing in an existing
 * file is changed or removed: sources, locations, services and contacts that are not there are
 * appended, so hand-edited facts and comments stay. New files get a header saying where they
 * came from. The YAML is written the way the hand-written files are (short objects and lists of
 * ids on one line, dates and numbers-as-text quoted).
 */
import { Document, isMap, isPair, isScalar, parseDocument, Scalar, visit, type Node as YamlNode } from 'yaml';
import type { ImportedProvider } from './model';

/** One change to an existing provider file: append `value` to the list at `path` (created when missing). */
export interface MergeOp {
  path: (string | number)[];
  value: unknown;
}

type ExistingService = { id: string; sources?: string[]; locations?: string[]; emails?: Array<{ address: string }>; phones?: Array<{ number: string }> };
type ExistingLocation = { id: string; address?: { street: string; locality: string } };
type ExistingEntry = { sources?: Array<{ id: string; kind?: string; record?: string }>; locations?: ExistingLocation[]; services?: ExistingService[]; emails?: Array<{ address: string }>; phones?: Array<{ number: string }> };

/**
 * The existing service a record describes: the one `serviceMap` names for it, else one that cites a
 * registry source of that record (whatever its id: a re-import matches by record, so a renamed
 * service or a second registry file does not make a duplicate), else one with the generated id.
 */
export function serviceForRecord(existing: ExistingEntry, record: string | undefined, generatedId: string, serviceMap: Record<string, string> = {}): number {
  const services = existing.services ?? [];
  const mapped = record !== undefined ? serviceMap[record] : undefined;
  let index = mapped === undefined ? -1 : services.findIndex((x) => x.id === mapped);
  if (index < 0 && record !== undefined) {
    const cites = new Set((existing.sources ?? []).filter((s) => s.kind === 'registry' && String(s.record) === record).map((s) => s.id));
    const citing = services.map((x, i) => ({ x, i })).filter(({ x }) => x.sources?.some((id) => cites.has(id)));
    index = (citing.find(({ x }) => x.id === generatedId) ?? citing[0])?.i ?? -1;
  }
  if (index < 0) index = services.findIndex((x) => x.id === generatedId);
  return index;
}

const placeKey = (a: { street: string; locality: string }) => `${a.street}|${a.locality}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9|]+/g, ' ').trim();

/**
 * Merges an imported entry into an existing, possibly hand-written one without changing any
 * existing fact: it only appends sources, locations, services and contacts that are not there.
 * Services are matched by registry record (see serviceForRecord) and locations by id or by
 * address, so importing again, or importing another registry file over the same content, adds
 * no duplicates. A matched service gains the record's source and location and keeps everything else.
 */
export function mergeOps(existing: ExistingEntry, imported: ImportedProvider, recordOf: Record<string, string>, serviceMap: Record<string, string> = {}): MergeOp[] {
  const ops: MergeOp[] = [];
  const digits = (s: string) => s.replace(/\D/g, '');
  const has = <T>(list: T[] | undefined, pred: (x: T) => boolean) => (list ?? []).some(pred);
  const sourceIds = new Set((existing.sources ?? []).map((s) => s.id));
  for (const s of imported.sources) if (!sourceIds.has(s.id)) ops.push({ path: ['sources'], value: s });
  // The organisation's own contacts, when the file has some, win over the registry's old ones.
  if (!existing.emails?.length) for (const e of imported.emails ?? []) ops.push({ path: ['emails'], value: e });
  if (!existing.phones?.length) for (const p of imported.phones ?? []) ops.push({ path: ['phones'], value: p });
  // An imported place already in the file under another id (renamed by hand) is that place.
  const locIds = new Set((existing.locations ?? []).map((l) => l.id));
  const byAddress = new Map((existing.locations ?? []).filter((l) => l.address).map((l) => [placeKey(l.address!), l.id]));
  const sameAs = new Map<string, string>();
  for (const l of imported.locations ?? []) {
    if (locIds.has(l.id)) continue;
    const known = l.address ? byAddress.get(placeKey(l.address)) : undefined;
    if (known) sameAs.set(l.id, known);
    else ops.push({ path: ['locations'], value: l });
  }
  const services = existing.services ?? [];
  for (const s of imported.services) {
    const index = serviceForRecord(existing, recordOf[`${imported.id}/${s.id}`], s.id, serviceMap);
    const locations = s.locations?.map((l) => sameAs.get(l) ?? l);
    if (index < 0) {
      ops.push({ path: ['services'], value: locations ? { ...s, locations } : s });
      continue;
    }
    const target = services[index]!;
    for (const src of s.sources) if (!target.sources?.includes(src)) ops.push({ path: ['services', index, 'sources'], value: src });
    for (const l of locations ?? []) if (!target.locations?.includes(l)) ops.push({ path: ['services', index, 'locations'], value: l });
    for (const e of s.emails ?? []) if (!has(target.emails, (x) => x.address.toLowerCase() === e.address.toLowerCase()) && !has(existing.emails, (x) => x.address.toLowerCase() === e.address.toLowerCase())) ops.push({ path: ['services', index, 'emails'], value: e });
    for (const p of s.phones ?? []) if (!has(target.phones, (x) => digits(x.number) === digits(p.number)) && !has(existing.phones, (x) => digits(x.number) === digits(p.number))) ops.push({ path: ['services', index, 'phones'], value: p });
  }
  return ops;
}

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

/**
 * The text of a new provider file. `schemaPath` is the JSON Schema as seen from the output folder
 * (for editors' autocompletion); `inputName` is the registry file, named in the header.
 */
export function newFileText(entry: ImportedProvider, schemaPath: string, inputName: string): string {
  const doc = new Document(entry);
  styleNode(doc.contents as YamlNode);
  const header = [
    `# yaml-language-server: $schema=${schemaPath}`,
    `# Generated by \`npm run import:registry\` from the licensed social services registry (2016 extract,`,
    `# ${inputName}). It may be edited by hand: a later import only adds what is missing here.`,
  ].join('\n');
  return `${header}\n${toYaml(doc)}`;
}

export type MergeOutcome = { status: 'updated'; text: string; ops: MergeOp[] } | { status: 'unchanged' } | { status: 'invalid'; error: string };

/** An existing file's text with what the import adds appended; `invalid` when the file is not YAML (it is then left alone). */
export function mergedFileText(text: string, entry: ImportedProvider, recordOf: Record<string, string>, serviceMap?: Record<string, string>): MergeOutcome {
  const doc = parseDocument(text);
  if (doc.errors.length) return { status: 'invalid', error: doc.errors[0]!.message.split('\n')[0]! };
  const existing = (doc.toJS() ?? {}) as ExistingEntry;
  const ops = mergeOps(existing, entry, recordOf, serviceMap);
  if (ops.length === 0) return { status: 'unchanged' };
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
  return { status: 'updated', text: toYaml(doc), ops };
}

/** What merges changed, counted for the summary line: "12 services added, 3 matched by record gained a source or place…". */
export interface MergeTally {
  services: number;
  matched: number;
  sources: number;
  locations: number;
  contacts: number;
}

export function tallyOps(ops: readonly MergeOp[], into: MergeTally): MergeTally {
  const matched = new Set<number>();
  for (const op of ops) {
    const [list, index] = op.path;
    if (list === 'services' && op.path.length === 1) into.services++;
    else if (list === 'services' && typeof index === 'number') matched.add(index);
    else if (list === 'sources') into.sources++;
    else if (list === 'locations') into.locations++;
    else into.contacts++;
  }
  into.matched += matched.size;
  return into;
}
