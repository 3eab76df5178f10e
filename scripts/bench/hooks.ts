/**
 * Hooks for the figures other parts of the project measure themselves:
 *
 *   scripts/bench/search-latency.ts  (search island)  search+filter latency per keystroke, and fuse.js
 *   scripts/bench/map-time.ts        (map island)     map ready time, and leaflet.markercluster
 *
 * Each module's default export (or a named `measure`) receives a BenchContext and returns figures in
 * milliseconds. The shapes below are what this file reads; a missing module or figure prints as
 * "n/a (… not merged)" so the table always prints.
 *
 *   search-latency: { ours: { median, p95 }, peer?: { name?, median, p95 }, note? }
 *   map-time:       { ours: { readyMs, readyMsSlow4x? }, peer?: { name?, readyMs, readyMsSlow4x? }, note? }
 *
 * A search module may also export `selectors = { input, result }` (CSS selectors on the home page)
 * so that "bytes before the first result" types into the right field.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';

export interface BenchContext {
  size: number;
  distDir: string;
  contentDir: string;
  /** Where distDir is served, like http://127.0.0.1:4336 */
  baseUrl: string;
  browser: Browser;
  /** A query that has results in the synthetic data. */
  query: string;
}

export interface Latency { median: number; p95: number }
export interface SearchFigures { ours?: Latency; peer?: Latency & { name?: string }; note?: string }
export interface MapFigures { ours?: { readyMs: number; readyMsSlow4x?: number }; peer?: { name?: string; readyMs: number; readyMsSlow4x?: number }; note?: string }
export interface Selectors { input: string; result: string }

export const DEFAULT_SELECTORS: Selectors = {
  input: 'input[type="search"], [data-search-input]',
  result: '[data-search-result], [data-search-results] li',
};

type Module = { default?: unknown; measure?: unknown; selectors?: Selectors };

async function load(name: string): Promise<Module | undefined> {
  const path = join(import.meta.dirname, name);
  if (!existsSync(path)) return undefined;
  return (await import(pathToFileURL(path).href)) as Module;
}

async function call<T>(name: string, ctx: BenchContext): Promise<{ figures?: T; missing?: string }> {
  const mod = await load(name);
  const fn = (typeof mod?.measure === 'function' ? mod.measure : mod?.default) as ((c: BenchContext) => Promise<T>) | undefined;
  if (!mod || typeof fn !== 'function') return { missing: `${name.replace(/\.ts$/, '')} not merged` };
  try {
    return { figures: await fn(ctx) };
  } catch (e) {
    return { missing: `${name} failed: ${(e as Error).message.split('\n')[0]}` };
  }
}

export async function searchSelectors(): Promise<Selectors> {
  return (await load('search-latency.ts'))?.selectors ?? DEFAULT_SELECTORS;
}

export function measureSearch(ctx: BenchContext): Promise<{ figures?: SearchFigures; missing?: string }> {
  return call<SearchFigures>('search-latency.ts', ctx);
}

interface MapTimeResult { impl: 'mapview' | 'markercluster'; size: number; cpuRate: number; medianMs?: number; drawMedianMs?: number; error?: string }
type MeasureMapTime = (o: { sizes: number[]; cpuRates: number[]; runs: number; log: boolean }) => Promise<MapTimeResult[]>;

export async function measureMap(ctx: BenchContext): Promise<{ figures?: MapFigures; missing?: string }> {
  const mod = (await load('map-time.ts')) as (Module & { measureMapTime?: MeasureMapTime }) | undefined;
  if (typeof mod?.measure === 'function' || typeof mod?.default === 'function' || !mod?.measureMapTime) return call<MapFigures>('map-time.ts', ctx);
  // The map module's own API: MapView and Leaflet.markercluster on the same seeded points, 1x and 4x CPU.
  try {
    const results = await mod.measureMapTime({ sizes: [ctx.size], cpuRates: [1, 4], runs: 3, log: false });
    const pick = (impl: MapTimeResult['impl'], rate: number) => results.find((r) => r.impl === impl && r.cpuRate === rate);
    const side = (impl: MapTimeResult['impl']) => {
      const one = pick(impl, 1)?.medianMs;
      const four = pick(impl, 4)?.medianMs;
      return one === undefined ? undefined : { readyMs: one, ...(four !== undefined ? { readyMsSlow4x: four } : {}) };
    };
    const ours = side('mapview');
    const peer = side('markercluster');
    const errors = results.filter((r) => r.error).map((r) => `${r.impl} ${r.cpuRate}x: ${r.error}`);
    const draw = pick('mapview', 1)?.drawMedianMs;
    return {
      figures: {
        ...(ours ? { ours } : {}),
        ...(peer ? { peer: { name: 'leaflet.markercluster', ...peer } } : {}),
        note: [`median of 3 loads, from mounting the map to first drawn markers, tiles blocked${draw !== undefined ? `; ${draw.toFixed(0)} ms after code and CSS arrived` : ''}`, ...errors].join('; '),
      },
    };
  } catch (e) {
    return { missing: `map-time failed: ${(e as Error).message.split('\n')[0]}` };
  }
}
