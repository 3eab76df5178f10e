/**
 * Parsed and validated provider files, kept between builds by the hash of their text, so a build
 * after a one-file correction reads and checks one file, not 50,000. Node-only (src/build).
 *
 * An entry is reused only when everything its result depends on is unchanged: the file's text and
 * name, the taxonomies, "today" (dates after it are mistakes) and the code that validates (the
 * schemas, the ingest checks, the locales, the installed packages). Anything else starts a fresh
 * cache. The cache is one file (v8 serialisation, much faster to read than YAML or JSON) in the
 * build's cache folder: `<out dir>-cache/content/` (Astro's own cacheDir is `<out dir>-cache`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ValidatedProvider } from '../lib/ingest/validate-provider';

/** Where the build keeps it: CONTENT_CACHE_DIR, else `<SITE_OUT_DIR or dist>-cache/content`. */
export function contentCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONTENT_CACHE_DIR ?? join(`${(env.SITE_OUT_DIR ?? 'dist').replace(/[\\/]+$/, '')}-cache`, 'content'));
}

/** The code whose change invalidates every entry; read from the working tree the build runs in. */
const CODE = ['src/schemas', 'src/lib/ingest', 'src/lib/hours', 'src/lib/confidentiality', 'src/locales.ts', 'package-lock.json'];

function addTree(hash: ReturnType<typeof createHash>, path: string): boolean {
  if (!existsSync(path)) return false;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) addTree(hash, join(path, name));
  } else hash.update(path).update('\0').update(readFileSync(path));
  return true;
}

let codeHash: string | undefined;
/** A hash of the validating code, or undefined when it cannot be read (then nothing is cached). */
export function codeFingerprint(root = process.cwd()): string | undefined {
  if (codeHash !== undefined) return codeHash || undefined;
  const hash = createHash('sha256');
  const all = CODE.every((p) => addTree(hash, join(root, p)));
  codeHash = all ? hash.digest('hex').slice(0, 16) : '';
  return codeHash || undefined;
}

export const textHash = (text: string) => createHash('sha1').update(text).digest('base64');

interface Entry { hash: string; result: ValidatedProvider }

export interface ContentCache {
  /** The cached result for a file whose text hashes to `hash`, if any. */
  get(file: string, hash: string): ValidatedProvider | undefined;
  set(file: string, hash: string, result: ValidatedProvider): void;
  /** Writes the cache when it changed; keeps only the files seen in this run. */
  save(): void;
  readonly stats: { hits: number; misses: number };
}

/**
 * Opens the cache for one context (taxonomies' text, today, code). `dir` undefined, or unreadable
 * code, gives a cache that remembers nothing.
 */
export function openContentCache(dir: string | undefined, context: string): ContentCache {
  const stats = { hits: 0, misses: 0 };
  const code = codeFingerprint();
  if (!dir || !code) return { get: () => undefined, set: () => undefined, save: () => undefined, stats };
  const key = createHash('sha256').update(code).update('\0').update(context).digest('hex').slice(0, 24);
  const path = join(dir, `content-${key}.bin`);
  let old = new Map<string, Entry>();
  try {
    if (existsSync(path)) old = deserialize(readFileSync(path)) as Map<string, Entry>;
  } catch {
    old = new Map(); // a damaged cache is only a slower build
  }
  const seen = new Map<string, Entry>();
  let changed = false;
  return {
    stats,
    get(file, hash) {
      const e = old.get(file);
      if (e && e.hash === hash) { stats.hits++; seen.set(file, e); return e.result; }
      stats.misses++;
      return undefined;
    },
    set(file, hash, result) { seen.set(file, { hash, result }); changed = true; },
    save() {
      if (!changed && seen.size === old.size) return;
      mkdirSync(dir, { recursive: true });
      // Older contexts (another day, other taxonomies) are dropped: one cache file at a time.
      for (const f of readdirSync(dir)) if (f.startsWith('content-') && f !== `content-${key}.bin`) rmSync(join(dir, f), { force: true });
      const tmp = `${path}.${process.pid}.tmp`;
      writeFileSync(tmp, serialize(seen));
      renameSync(tmp, path);
    },
  };
}
