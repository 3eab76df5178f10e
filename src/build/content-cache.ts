/**
 * Parsed and validated provider files, kept between builds by the hash of their text, so a build
 * after a one-file correction reads and checks one file, not 50,000. Node-only (src/build).
 *
 * An entry is reused only when everything its result depends on is unchanged: the file's text and
 * name, the taxonomies, "today" (dates after it are mistakes) and the code that validates (every
 * module the validator imports, and the installed packages). Anything else starts a fresh
 * cache. The cache is one file (v8 serialisation, much faster to read than YAML or JSON) in the
 * build's cache folder: `<out dir>-cache/content/` (Astro's own cacheDir is `<out dir>-cache`).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ValidatedProvider } from '../lib/ingest/validate-provider';

/** Where the build keeps it: CONTENT_CACHE_DIR, else `<SITE_OUT_DIR or dist>-cache/content`. */
export function contentCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CONTENT_CACHE_DIR ?? join(`${(env.SITE_OUT_DIR ?? 'dist').replace(/[\\/]+$/, '')}-cache`, 'content'));
}

/**
 * The code whose change invalidates every entry: every module `validateProviderText` reaches by
 * relative import (found by reading the imports, so a check that starts using another module is
 * covered without anyone remembering to list it), and the installed packages.
 */
const ROOT_MODULE = 'src/lib/ingest/validate-provider.ts';
const PACKAGES = 'package-lock.json';

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.[^'"]+)['"]/g;

/** The file a relative import names (`./x` is `./x.ts` or `./x/index.ts`), or undefined. */
function resolveImport(from: string, spec: string): string | undefined {
  const base = join(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Every file reached from `entry` by relative imports, in a stable order; undefined when one cannot be found. */
export function importClosure(entry: string): string[] | undefined {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    if (!existsSync(file)) return undefined;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      const target = resolveImport(file, spec);
      if (!target) return undefined; // an import we cannot follow: do not trust the cache
      queue.push(target);
    }
  }
  return [...seen].sort();
}

let codeHash: string | undefined;
/** A hash of the validating code, or undefined when it cannot be read (then nothing is cached). */
export function codeFingerprint(root = process.cwd()): string | undefined {
  if (codeHash !== undefined) return codeHash || undefined;
  const files = importClosure(join(root, ROOT_MODULE));
  const lock = join(root, PACKAGES);
  if (!files || !existsSync(lock)) {
    codeHash = '';
    return undefined;
  }
  const hash = createHash('sha256');
  for (const f of [...files, lock]) hash.update(relative(root, f)).update('\0').update(readFileSync(f));
  codeHash = hash.digest('hex').slice(0, 16);
  return codeHash;
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
