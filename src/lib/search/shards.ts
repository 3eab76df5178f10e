/**
 * The search data split by county, so a phone downloads its own county first and the rest of the
 * country only when asked (an area elsewhere, or "search all of Romania"). At 50,000 providers
 * the whole country is megabytes; one county is a few percent of it.
 *
 * Files: /data/search/<lang>/index.json (dictionaries, hours, the list of shards) and
 * /data/search/<lang>/<shard>.json (providers and rows). A shard is a county id, or `national` for
 * services that serve the whole country or name no area. A service serving several counties is in
 * each of their shards; merging removes the copies.
 */
import type { ProviderRow, Row, SearchIndexData } from './index-data';
import { R } from './index-data';

export const NATIONAL = 'national';
/** Loaded first: the county this directory started in. */
export const HOME_SHARDS = ['judetul-cluj', NATIONAL];

export interface ShardInfo {
  id: string;
  rows: number;
}

export type SearchManifest = Omit<SearchIndexData, 'rows' | 'providers'> & { shards: ShardInfo[] };

export interface ShardPart {
  id: string;
  providers: ProviderRow[];
  rows: Row[];
  /** Position of each row in the whole, unsplit index: the order to merge in and the key to remove copies. */
  order: number[];
}

/** The county of an area: the ancestor just below the root ('romania'); null for the root itself. */
export function countyOf(area: number, parents: readonly number[]): number | null {
  let a = area;
  let up = parents[a] ?? -1;
  if (up < 0) return null;
  while ((parents[up] ?? -1) >= 0) {
    a = up;
    up = parents[a] ?? -1;
  }
  return a;
}

/** The shards a row belongs to. */
export function rowShards(row: Row, data: Pick<SearchIndexData, 'areas' | 'areaParent'>): string[] {
  const out = new Set<string>();
  for (const a of [...row[R.areas], ...row[R.placeAreas]]) {
    const county = countyOf(a, data.areaParent);
    out.add(county === null ? NATIONAL : data.areas[county]!);
  }
  if (out.size === 0 || out.has(NATIONAL)) return [NATIONAL];
  return [...out];
}

/** The shards needed to answer a filter on an area: its county and the national services; all for the root. */
export function shardsForArea(areaId: string, manifest: Pick<SearchManifest, 'areas' | 'areaParent' | 'shards'>): string[] {
  const a = manifest.areas.indexOf(areaId);
  if (a < 0) return [];
  const county = countyOf(a, manifest.areaParent);
  if (county === null) return manifest.shards.map((s) => s.id);
  return [manifest.areas[county]!, NATIONAL].filter((id) => manifest.shards.some((s) => s.id === id));
}

/** Splits a whole index into a manifest and shard parts. */
export function splitIndex(data: SearchIndexData): { manifest: SearchManifest; parts: ShardPart[] } {
  const parts = new Map<string, ShardPart & { providerPos: Map<number, number> }>();
  data.rows.forEach((row, i) => {
    for (const id of rowShards(row, data)) {
      let part = parts.get(id);
      if (!part) parts.set(id, (part = { id, providers: [], rows: [], order: [], providerPos: new Map() }));
      let p = part.providerPos.get(row[R.provider]);
      if (p === undefined) {
        p = part.providers.length;
        part.providerPos.set(row[R.provider], p);
        part.providers.push(data.providers[row[R.provider]]!);
      }
      const copy = [...row] as Row;
      copy[R.provider] = p;
      part.rows.push(copy);
      part.order.push(i);
    }
  });
  const { rows: _rows, providers: _providers, ...rest } = data;
  const list = [...parts.values()].sort((a, b) => a.id.localeCompare(b.id)).map(({ providerPos: _p, ...part }) => part);
  const n = data.searchedAreas;
  return {
    manifest: { ...rest, areas: data.areas.slice(0, n), areaParent: data.areaParent.slice(0, n), areaKind: data.areaKind.slice(0, n), shards: list.map((p) => ({ id: p.id, rows: p.rows.length })) },
    parts: list,
  };
}

/**
 * Every area of the taxonomy with its label and point, in the index's order (the manifest's areas
 * first): /data/search/<lang>/areas.json. The island's area filter and "near" read it, and a link
 * naming an area the manifest lacks (a village no service names) loads it before the search starts.
 */
export interface SearchAreaFile {
  areas: string[];
  areaParent: number[];
  areaKind: string[];
  labels: string[];
  /** [lat, lng] of the area's centre, or 0 when the taxonomy has none. */
  points: Array<[number, number] | 0>;
}

/** The manifest with every area of `file`, for a search on an area no service names. */
export function withAllAreas(manifest: SearchManifest, file: SearchAreaFile): SearchManifest {
  if (file.areas.length < manifest.areas.length || manifest.areas.some((id, i) => file.areas[i] !== id)) {
    throw new Error('the area file does not match the search manifest (a page from another build?)');
  }
  return { ...manifest, areas: file.areas, areaParent: file.areaParent, areaKind: file.areaKind };
}

/**
 * A shard as served (/data/search/<lang>/<shard>.json): rows and providers by column (every
 * service id together, every name together...), which gzip packs about a quarter smaller than
 * row after row, and `order` as differences.
 */
export interface ShardFile {
  id: string;
  /** providers[field][i]: field `field` of provider i. */
  providers: unknown[][];
  /** rows[field][i]: field `field` (a position of R) of row i. */
  rows: unknown[][];
  /** Each row's `order` less the one before it (rows are in whole-index order): small numbers keep a big shard small. */
  order: number[];
}

function columns(rows: readonly unknown[][], width: number): unknown[][] {
  return Array.from({ length: width }, (_, f) => rows.map((r) => r[f]));
}

function fromColumns<T>(cols: readonly unknown[][]): T[] {
  const n = cols[0]?.length ?? 0;
  if (cols.some((c) => c.length !== n)) throw new Error('search shard: columns of different lengths');
  return Array.from({ length: n }, (_, i) => cols.map((c) => c[i]) as T);
}

const ROW_WIDTH = Object.keys(R).length;
const PROVIDER_WIDTH = 5;

export function encodeShard(part: ShardPart): ShardFile {
  return {
    id: part.id,
    providers: columns(part.providers, PROVIDER_WIDTH),
    rows: columns(part.rows, ROW_WIDTH),
    order: part.order.map((o, i) => (i === 0 ? o : o - part.order[i - 1]!)),
  };
}

export function decodeShard(file: ShardFile): ShardPart {
  let at = 0;
  return {
    id: file.id,
    providers: fromColumns<ProviderRow>(file.providers),
    rows: fromColumns<Row>(file.rows),
    order: file.order.map((d, i) => (at = i === 0 ? d : at + d)),
  };
}

/** Joins loaded shards back into one index, in the original order, each row once. */
export function mergeShards(manifest: SearchManifest, parts: readonly ShardPart[]): SearchIndexData {
  const entries: Array<{ order: number; row: Row; provider: ProviderRow }> = [];
  const seen = new Set<number>();
  for (const part of parts) {
    part.rows.forEach((row, i) => {
      const order = part.order[i]!;
      if (seen.has(order)) return;
      seen.add(order);
      entries.push({ order, row, provider: part.providers[row[R.provider]]! });
    });
  }
  entries.sort((a, b) => a.order - b.order);
  const providers: ProviderRow[] = [];
  const providerPos = new Map<string, number>();
  const rows = entries.map(({ row, provider }) => {
    let p = providerPos.get(provider[0]);
    if (p === undefined) { p = providers.length; providerPos.set(provider[0], p); providers.push(provider); }
    const copy = [...row] as Row;
    copy[R.provider] = p;
    return copy;
  });
  const { shards: _shards, ...rest } = manifest;
  return { ...rest, providers, rows };
}

/**
 * The shards to load first: the home county's and the national ones (or every shard of a directory
 * without them), plus what the areas already chosen (in a shared link) need.
 */
export function initialShards(manifest: Pick<SearchManifest, 'areas' | 'areaParent' | 'shards'>, areaIds: readonly string[]): string[] {
  const available = new Set(manifest.shards.map((s) => s.id));
  const home = HOME_SHARDS.filter((id) => available.has(id));
  const wanted = home.length ? home : [...available];
  for (const a of areaIds) wanted.push(...shardsForArea(a, manifest));
  return [...new Set(wanted)];
}

/**
 * What the first results need when the address names no area, in one file
 * (/data/search/<lang>/start.json): the manifest and the first shards (initialShards). One request
 * instead of three: a slow phone's browser asks six files at a time, and each wait is a round trip.
 * The home page announces it in its head (preload), so it downloads with the code.
 */
export interface SearchStartFile {
  manifest: SearchManifest;
  parts: ShardFile[];
}

export const START_FILE = 'start.json';

export function searchStartFile(manifest: SearchManifest, parts: readonly ShardPart[]): SearchStartFile {
  const first = new Set(initialShards(manifest, []));
  return { manifest, parts: parts.filter((p) => first.has(p.id)).map(encodeShard) };
}

/** The manifest and first shards of a start file, as loadShards keeps them. */
export function readStartFile(file: SearchStartFile): { manifest: SearchManifest; parts: Map<string, ShardPart> } {
  return { manifest: file.manifest, parts: new Map(file.parts.map((f) => [f.id, decodeShard(f)])) };
}

/** The shards not loaded yet: their counties are listed without a count, and "search everywhere" loads them. */
export function missingShards(manifest: Pick<SearchManifest, 'shards'>, loaded: ReadonlyMap<string, ShardPart>): Set<string> {
  return new Set(manifest.shards.map((s) => s.id).filter((id) => !loaded.has(id)));
}

/** Reads one JSON file of the search data; the browser's `fetch` by default. */
export type FetchJson = (url: string) => Promise<unknown>;

export const fetchJson: FetchJson = async (url) => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.json();
};

/** The loaded shards plus the ones of `ids` not loaded yet, fetched in parallel from the folder `base`. */
export async function loadShards(base: string, ids: readonly string[], have: ReadonlyMap<string, ShardPart>, get: FetchJson = fetchJson): Promise<Map<string, ShardPart>> {
  const out = new Map(have);
  await Promise.all(ids.filter((id) => !out.has(id)).map(async (id) => {
    out.set(id, decodeShard((await get(`${base}${id}.json`)) as ShardFile));
  }));
  return out;
}
