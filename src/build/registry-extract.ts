/**
 * The licensed-services registry extract (2016), when it sits beside the project: validate uses it
 * to learn the street addresses behind confidential locations (the content itself never holds
 * them), so that no other file publishes the same address. It is public data kept outside the
 * repository (../shared/data/registry-2016/); without it that one check cannot run, and validate
 * says so instead of passing in silence.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface RegistryPlaces {
  /** The file read, for the message that says which extract the check used. */
  file: string;
  record(id: string): { street: string; locality: string } | undefined;
}

/** The main checkout of a git worktree (its `.git` file names it), so worktrees find the same shared folder. */
function mainCheckout(repo: string): string | undefined {
  const dotGit = join(repo, '.git');
  if (!existsSync(dotGit) || statSync(dotGit).isDirectory()) return undefined;
  const gitdir = /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
  return gitdir ? /^(.*)[\\/]\.git[\\/]worktrees[\\/][^\\/]+$/.exec(resolve(repo, gitdir))?.[1] : undefined;
}

/**
 * Where the extract may be, first match wins, with the variables of the project's other readers of
 * shared data: REGISTRY_DIR, else SHARED_DATA_DIR/registry-2016, else ../shared/data/registry-2016
 * beside this checkout or beside the main checkout of a worktree, else data/registry-2016.
 */
export function registryCandidates(env: NodeJS.ProcessEnv = process.env, repo = process.cwd()): string[] {
  if (env.REGISTRY_DIR) return [join(resolve(env.REGISTRY_DIR), 'national.json')];
  if (env.SHARED_DATA_DIR) return [join(resolve(env.SHARED_DATA_DIR), 'registry-2016', 'national.json')];
  const main = mainCheckout(repo);
  const dirs = [resolve(repo, '..', 'shared', 'data'), ...(main ? [resolve(main, '..', 'shared', 'data')] : [])].map((d) => join(d, 'registry-2016'));
  return [...new Set([...dirs, resolve(repo, 'data', 'registry-2016')])].map((d) => join(d, 'national.json'));
}

/** Reads the first extract found; undefined when there is none (or it cannot be read as the registry). */
export function loadRegistryPlaces(candidates = registryCandidates()): RegistryPlaces | undefined {
  const file = candidates.find((f) => existsSync(f));
  if (!file) return undefined;
  let list: unknown;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    list = Array.isArray(parsed) ? parsed : (parsed as { providers?: unknown }).providers;
  } catch {
    return undefined;
  }
  if (!Array.isArray(list)) return undefined;
  const places = new Map<string, { street: string; locality: string }>();
  for (const r of list as Array<Record<string, unknown>>) {
    if (r === null || typeof r !== 'object') continue;
    const id = typeof r.id === 'number' || typeof r.id === 'string' ? String(r.id) : '';
    if (id && typeof r.adresa === 'string' && typeof r.oras === 'string') places.set(id, { street: r.adresa, locality: r.oras });
  }
  return { file, record: (id) => places.get(id) };
}
