/**
 * The peer for our build cost: a minimal Astro site generated at run time in .bench/astro-minimal,
 * N trivial pages from one route (`<h1>` and a paragraph each), built with the same Astro and the
 * same machine in the same run, so "ms per page" can be read beside ours without guessing how busy
 * the machine was. Nothing here is committed: the folder is written, built and kept for inspection.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseDuration } from './build';

export interface BaselineResult {
  pages: number;
  /** Wall time of the whole `astro build`. */
  seconds: number;
  /** Astro's own "pages built in" time for the rendering phase. */
  pagesSeconds?: number;
  ok: boolean;
}

/** Writes the minimal project: one config and one route rendering `count` pages. */
export function writeMinimalProject(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages', 'p'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory' }, devToolbar: { enabled: false } });\n");
  writeFileSync(join(dir, 'src', 'pages', 'p', '[id].astro'), `---
export function getStaticPaths() {
  return Array.from({ length: ${count} }, (_, i) => ({ params: { id: String(i) } }));
}
const { id } = Astro.params;
---
<html lang="ro"><head><meta charset="utf-8"><title>Pagina {id}</title></head><body><h1>Pagina {id}</h1><p>O pagină minimă.</p></body></html>
`);
}

/** Builds `count` minimal pages and times it. */
export async function minimalAstroBuild(count: number, root = resolve('.bench', 'astro-minimal')): Promise<BaselineResult> {
  writeMinimalProject(root, count);
  const astro = resolve('node_modules', '.bin', 'astro');
  const started = performance.now();
  const child = spawn(astro, ['build', '--root', root], { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d: Buffer) => { log += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { log += d.toString(); });
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(`${root}.log`, log);
  const completed = [...log.matchAll(/✓ Completed in ([^\n]+)/g)].at(-1);
  return { pages: count, seconds, ...(completed ? { pagesSeconds: parseDuration(completed[1]!) } : {}), ok: code === 0 };
}
