/**
 * `npm run build:national [-- --registry <national.json>] [--content-out .national/content] [--out dist-national]`
 *
 * The national edition: the whole registry extract (2,186 services of 723 organisations, all 42
 * counties) beside the directory's own entries, built into a site a county or the ministry could
 * publish. Steps, each timed:
 *
 * 1. a generated content folder OUTSIDE content/ (default .national/content, ignored by git): the
 *    taxonomies and the hand-written entries copied from content/;
 * 2. the registry imported into it with the project's importer (`npm run import:registry`, the same
 *    category and confidentiality rules as the Cluj content; it only adds to existing entries);
 * 3. `astro build` from it into dist-national, with the build's own checks (content validation,
 *    confidential places published as contact routes only) and any post-build guard the build runs.
 *
 * The registry file defaults to REGISTRY_DIR or ../shared/data/registry-2016/national.json.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { missingSharedData, sharedDataDir } from './shared-data';

const { values } = parseArgs({
  options: {
    registry: { type: 'string' },
    'content-out': { type: 'string', default: '.national/content' },
    out: { type: 'string', default: 'dist-national' },
  },
});

function fail(message: string): never {
  console.error(`build-national: ${message}`);
  process.exit(1);
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { env, stdio: 'inherit' });
    child.on('close', (code) => done(code ?? 1));
  });
}

const seconds = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;

async function main() {
  const shared = sharedDataDir('registry-2016');
  const registry = resolve(values.registry ?? (shared ? join(shared, 'national.json') : fail(missingSharedData('registry-2016'))));
  if (!existsSync(registry)) fail(`${registry} does not exist; give --registry <national.json>`);
  const contentOut = resolve(values['content-out']!);
  const out = resolve(values.out!);
  const rel = relative(resolve('content'), contentOut);
  if (rel === '' || !rel.startsWith('..')) fail(`refusing to generate into content/ (${contentOut}); the national edition's content is generated elsewhere`);
  const started = performance.now();

  let t = performance.now();
  rmSync(contentOut, { recursive: true, force: true });
  mkdirSync(contentOut, { recursive: true });
  cpSync('content/taxonomy', join(contentOut, 'taxonomy'), { recursive: true });
  cpSync('content/providers', join(contentOut, 'providers'), { recursive: true });
  console.log(`build-national: copied content/ (${readdirSync(join(contentOut, 'providers')).length} entries) into ${relative(process.cwd(), contentOut)} in ${seconds(t)}`);

  t = performance.now();
  // No assured date: an import is not a person checking the facts (the importer writes none).
  const imported = await run(process.execPath, ['--import', 'tsx', 'scripts/import-registry/main.ts', '--input', registry, '--out', join(contentOut, 'providers'), '--content', contentOut]);
  if (imported !== 0) fail(`the registry import failed (exit ${imported})`);
  const entries = readdirSync(join(contentOut, 'providers')).length;
  console.log(`build-national: imported ${relative(process.cwd(), registry)}: ${entries} entries in ${seconds(t)}`);

  t = performance.now();
  // A national build needs more than Node's default heap on big inputs; give it half the machine unless set.
  const nodeOptions = process.env.NODE_OPTIONS ?? '';
  const heap = nodeOptions.includes('--max-old-space-size') ? '' : ` --max-old-space-size=${Math.floor(totalmem() / 2 / 2 ** 20)}`;
  const built = await run(resolve('node_modules', '.bin', 'astro'), ['build'], {
    ...process.env, CONTENT_DIR: contentOut, SITE_OUT_DIR: out, NODE_OPTIONS: `${nodeOptions}${heap}`.trim(), ASTRO_TELEMETRY_DISABLED: '1',
  });
  if (built !== 0) fail(`astro build failed (exit ${built})`);
  if (!existsSync(join(out, 'index.html'))) fail(`${out}/index.html was not written`);
  const providerPages = readdirSync(join(out, 'providers')).length;
  console.log(`build-national: built ${relative(process.cwd(), out)} (${providerPages} provider pages per language) in ${seconds(t)}`);
  console.log(`build-national: done in ${seconds(started)}. Serve it with: node scripts/serve-static.ts ${relative(process.cwd(), out)} 4321`);
}

main().catch((e: unknown) => fail((e as Error).stack ?? String(e)));
