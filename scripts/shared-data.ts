/**
 * Where the public data sets the project reads but does not keep live: `../shared/data/<name>/`
 * beside the repository (registry-2016, hsds-3.0, siruta, city-halls, each with its README).
 * They come from other public repositories under their own licences, so they are never committed
 * here; scripts take a path on the command line and tests skip, saying where they looked.
 *
 * Lookup: the set's own variable (REGISTRY_DIR, HSDS_DIR, SIRUTA_DIR, CITY_HALLS_DIR) when set,
 * else SHARED_DATA_DIR/<name> when that is set (a setting is obeyed, never quietly replaced by a
 * default); otherwise ../shared/data/<name> beside this checkout, then, for a git worktree (`.git`
 * is a file naming the main repository), beside the main checkout, so that every worktree of one
 * repository finds the same folder.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_SETS = {
  'registry-2016': 'REGISTRY_DIR',
  'hsds-3.0': 'HSDS_DIR',
  siruta: 'SIRUTA_DIR',
  'city-halls': 'CITY_HALLS_DIR',
} as const;
export type SharedSet = keyof typeof SHARED_SETS;

/**
 * The project's folder, found from a module's folder: the nearest folder above it with both
 * package.json and astro.config.mjs. Run as a script this module sits in scripts/; inside a build
 * Vite bundles it into chunks under the output folder (dist/.prerender/chunks/), where a path
 * relative to the module points nowhere and the shared data would be "not found" without a word.
 * An output folder outside the project (SITE_OUT_DIR=/tmp/x) falls back to the working directory,
 * which is the project's for `astro build` and `npm run`.
 */
export function projectRoot(moduleDir: string, cwd = process.cwd()): string {
  for (let dir = moduleDir; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'astro.config.mjs'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}

export const PROJECT_ROOT = projectRoot(dirname(fileURLToPath(import.meta.url)));

/** The main checkout of a git worktree (from its `.git` file), or undefined for a plain checkout. */
function mainCheckout(repo: string): string | undefined {
  const dotGit = join(repo, '.git');
  if (!existsSync(dotGit) || statSync(dotGit).isDirectory()) return undefined;
  const gitdir = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
  // <main>/.git/worktrees/<name> → <main>
  const m = gitdir ? /^(.*)[\\/]\.git[\\/]worktrees[\\/][^\\/]+$/.exec(resolve(repo, gitdir)) : null;
  return m?.[1];
}

/** Every folder looked at for a set, in order (what a skipped test or a failing script prints). */
export function sharedDataCandidates(name: SharedSet, env: NodeJS.ProcessEnv = process.env, repo = PROJECT_ROOT): string[] {
  const own = env[SHARED_SETS[name]];
  if (own) return [resolve(own)];
  if (env.SHARED_DATA_DIR) return [resolve(env.SHARED_DATA_DIR, name)];
  const candidates = [resolve(repo, '..', 'shared', 'data', name)];
  const main = mainCheckout(repo);
  if (main) candidates.push(resolve(main, '..', 'shared', 'data', name));
  return [...new Set(candidates)];
}

/** The folder of a shared data set, or undefined when none of the candidates exists. */
export function sharedDataDir(name: SharedSet, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return sharedDataCandidates(name, env).find((dir) => existsSync(dir) && statSync(dir).isDirectory());
}

/** What to print when a set is missing: where we looked and how to point at it. */
export function missingSharedData(name: SharedSet, env: NodeJS.ProcessEnv = process.env): string {
  return `the shared data set '${name}' was not found; looked in ${sharedDataCandidates(name, env).join(', ')}. `
    + `Put it in ../shared/data/${name}/ beside the repository, or set ${SHARED_SETS[name]} (or SHARED_DATA_DIR for the parent folder).`;
}

/** The folder of a set, or an error saying where it was looked for. */
export function requireSharedData(name: SharedSet, env: NodeJS.ProcessEnv = process.env): string {
  const dir = sharedDataDir(name, env);
  if (!dir) throw new Error(missingSharedData(name, env));
  return dir;
}
