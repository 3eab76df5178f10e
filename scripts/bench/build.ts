/**
 * Builds the site from a content folder and measures wall time and peak memory.
 * Peak memory comes from GNU time's "Maximum resident set size" when /usr/bin/time exists,
 * otherwise from polling VmHWM/VmRSS of the build's process tree in /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { totalmem } from 'node:os';

export interface BuildResult {
  seconds: number;
  /** User + system CPU seconds of the build, when GNU time reports them: steadier than wall time on a busy machine. */
  cpuSeconds?: number;
  /** Peak resident memory in bytes, when it could be measured. */
  peakBytes?: number;
  pages: number;
  ok: boolean;
  log: string;
}

function descendants(pid: number): number[] {
  const out = [pid];
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (out.includes(ppid) && !out.includes(Number(entry))) out.push(Number(entry));
    }
  } catch { /* processes come and go */ }
  return out;
}

function rssOfTree(pid: number): number {
  let total = 0;
  for (const p of descendants(pid)) {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) total += Number(m[1]) * 1024;
    } catch { /* gone */ }
  }
  return total;
}

/** Runs `astro build` with CONTENT_DIR and SITE_OUT_DIR; the log is kept in `<outDir>.log`. */
export async function timedBuild(contentDir: string, outDir: string, buildDate: string): Promise<BuildResult> {
  rmSync(outDir, { recursive: true, force: true });
  const astro = join('node_modules', '.bin', 'astro');
  const gnuTime = existsSync('/usr/bin/time');
  const [cmd, args] = gnuTime ? ['/usr/bin/time', ['-v', astro, 'build']] : [astro, ['build']];
  // Node's default heap (about 4 GB) is too small for 50,000 providers; allow half the machine's memory
  // unless the caller chose. The peak is reported, so the cost stays visible.
  const nodeOptions = process.env.NODE_OPTIONS ?? '';
  const heap = nodeOptions.includes('--max-old-space-size') ? '' : ` --max-old-space-size=${Math.floor(totalmem() / 2 / 2 ** 20)}`;
  const env = { ...process.env, NODE_OPTIONS: `${nodeOptions}${heap}`.trim(), CONTENT_DIR: contentDir, SITE_OUT_DIR: outDir, BUILD_DATE: buildDate, ASTRO_TELEMETRY_DISABLED: '1' };
  const started = performance.now();
  const child = spawn(cmd, args as string[], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d: Buffer) => { log += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { log += d.toString(); });
  let polled = 0;
  const timer = gnuTime ? undefined : setInterval(() => { polled = Math.max(polled, rssOfTree(child.pid!)); }, 200);
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  if (timer) clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(`${outDir.replace(/\/$/, '')}.log`, log);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(log);
  const user = /User time \(seconds\): ([\d.]+)/.exec(log);
  const system = /System time \(seconds\): ([\d.]+)/.exec(log);
  const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : undefined;
  const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
  return { seconds, ...(cpuSeconds !== undefined ? { cpuSeconds } : {}), peakBytes: rss ? Number(rss[1]) * 1024 : polled || undefined, pages, ok: code === 0, log };
}

/** `2m 27s`, `4.06s`, `915ms` (Astro's log) in seconds. */
export function parseDuration(text: string): number {
  let seconds = 0;
  for (const m of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) seconds += Number(m[1]) * (m[2] === 'ms' ? 0.001 : m[2] === 'm' ? 60 : 1);
  return seconds;
}

export interface BuildPhases { contentSeconds: number; bundleSeconds: number; pagesSeconds: number }

/** Where a build's time went, from Astro's log: loading and validating content, bundling, rendering pages. */
export function buildPhases(log: string): BuildPhases | undefined {
  const content = /\[types\] Generated ([^\n]+)/.exec(log);
  const completed = [...log.matchAll(/✓ Completed in ([^\n]+)/g)];
  if (!content || completed.length === 0) return undefined;
  const bundleSeconds = [...log.matchAll(/\[vite\] ✓ built in ([^\n]+)/g)].reduce((n, m) => n + parseDuration(m[1]!), 0);
  return { contentSeconds: parseDuration(content[1]!), bundleSeconds, pagesSeconds: parseDuration(completed.at(-1)![1]!) };
}
