/**
 * Puts the public data sets the tests and importers read into ../shared/data/ (the registry
 * extract, SIRUTA, the city halls, the HSDS 3.0 schemas), downloading each file from its public
 * repository at the commit scripts/shared-data-sources.json names and checking it against the SHA-256 the
 * project's own copy has; the registry's Cluj extract and nomenclature are made from the national
 * file, as they were for the project's copy. Nothing is committed to this repository.
 *
 * Runs with plain Node (no dependencies), so CI can call it before or after `npm ci`:
 *   node scripts/fetch-shared-data.ts [dest]          download what is missing or different
 *   node scripts/fetch-shared-data.ts --check [dir]   check a folder only, without network
 * The folder defaults to SHARED_DATA_DIR when set, else ../shared/data beside the repository: where
 * .ci/run and the scripts look for it.
 * Exits 1 with the list of files that are missing or differ.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

interface SharedFile { path: string; from: string; sha256: string }
interface DerivedFile { path: string; from: string; how: string; sha256: string }
interface SharedSet { folder: string; repo: string; ref: string; licence: string; files: SharedFile[]; derived?: DerivedFile[] }

const MANIFEST = join(dirname(new URL(import.meta.url).pathname), 'shared-data-sources.json');

export function sharedSets(): SharedSet[] {
  return (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { sets: SharedSet[] }).sets;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The raw file at a commit: `https://raw.githubusercontent.com/<owner>/<repo>/<ref>/<path>`. */
export function rawUrl(repo: string, ref: string, path: string): string {
  return `https://raw.githubusercontent.com/${repo}/${ref}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The registry extracts made from the national file, byte for byte as in the project's copy. */
function derive(how: string, national: Uint8Array): Uint8Array {
  const data = JSON.parse(Buffer.from(national).toString('utf8')) as { ss: unknown[]; providers: Array<{ jud?: string }> };
  if (how.startsWith("the records whose jud is 'Cluj'")) {
    return Buffer.from(JSON.stringify({ ss: data.ss, providers: data.providers.filter((p) => p.jud === 'Cluj') }, null, 1));
  }
  if (how.startsWith('ss ')) return Buffer.from(JSON.stringify(data.ss, null, 1));
  throw new Error(`scripts/shared-data-sources.json: no way to make a file "${how}"`);
}

/** Every file of every set that is missing from `dir` or differs from its recorded checksum. */
export function checkSharedData(dir: string): string[] {
  const problems: string[] = [];
  for (const set of sharedSets()) {
    for (const f of [...set.files, ...(set.derived ?? [])]) {
      const file = join(dir, set.folder, f.path);
      if (!existsSync(file)) problems.push(`${join(set.folder, f.path)}: missing`);
      else if (sha256(readFileSync(file)) !== f.sha256) problems.push(`${join(set.folder, f.path)}: differs from the copy scripts/shared-data-sources.json records (${set.repo}@${set.ref})`);
    }
  }
  return problems;
}

async function download(url: string): Promise<Uint8Array> {
  let last: unknown;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, 1000 * attempt));
    }
  }
  throw new Error(`${url}: ${last instanceof Error ? last.message : String(last)}`);
}

function readme(set: SharedSet): string {
  return [
    `# ${set.folder}`, '',
    `Downloaded by scripts/fetch-shared-data.ts from the public repository \`${set.repo}\` at \`${set.ref}\` (licence: ${set.licence}).`,
    'Each file was checked against the SHA-256 recorded in scripts/shared-data-sources.json. Do not copy these files into the project.', '',
  ].join('\n');
}

/** Downloads what is missing or different into `dest`; returns the problems left (none when all is well). */
export async function fetchSharedData(dest: string, log: (line: string) => void = console.log): Promise<string[]> {
  const problems: string[] = [];
  for (const set of sharedSets()) {
    const folder = join(dest, set.folder);
    mkdirSync(folder, { recursive: true });
    const bytesOf = new Map<string, Uint8Array>();
    let fetched = 0;
    const queue = [...set.files];
    const worker = async () => {
      for (let f = queue.shift(); f; f = queue.shift()) {
        const file = join(folder, f.path);
        if (existsSync(file) && sha256(readFileSync(file)) === f.sha256) {
          bytesOf.set(f.path, readFileSync(file));
          continue;
        }
        try {
          const bytes = await download(rawUrl(set.repo, set.ref, f.from));
          if (sha256(bytes) !== f.sha256) {
            problems.push(`${join(set.folder, f.path)}: ${set.repo}@${set.ref} ${f.from} is not the copy scripts/shared-data-sources.json records (SHA-256 ${sha256(bytes)}); pin the commit the copy came from, or record the new checksums on purpose`);
            continue;
          }
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, bytes);
          bytesOf.set(f.path, bytes);
          fetched += 1;
        } catch (error) {
          problems.push(`${join(set.folder, f.path)}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 6 }, worker));
    for (const d of set.derived ?? []) {
      const source = bytesOf.get(d.from);
      if (!source) { problems.push(`${join(set.folder, d.path)}: not made, ${d.from} is missing`); continue; }
      const bytes = derive(d.how, source);
      if (sha256(bytes) !== d.sha256) { problems.push(`${join(set.folder, d.path)}: made from ${d.from}, but not the copy scripts/shared-data-sources.json records`); continue; }
      writeFileSync(join(folder, d.path), bytes);
    }
    if (!existsSync(join(folder, 'README.md'))) writeFileSync(join(folder, 'README.md'), readme(set));
    log(`${set.folder}: ${set.files.length + (set.derived?.length ?? 0)} files from ${set.repo}@${set.ref.slice(0, 12)} (${fetched} downloaded)`);
  }
  return problems;
}

async function main() {
  const args = process.argv.slice(2);
  const check = args[0] === '--check';
  const dest = resolve(args[check ? 1 : 0] ?? process.env.SHARED_DATA_DIR ?? '../shared/data');
  const problems = check ? checkSharedData(dest) : await fetchSharedData(dest);
  if (problems.length) {
    console.error(`${dest}: ${problems.length} file(s) missing or different:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`${dest}: every shared data file is present and matches scripts/shared-data-sources.json.`);
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
