/** Helpers for browser tests that build a site of their own, and checks over a built folder. */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs the real build with these environment settings; resolves with its exit code and output. */
export async function buildSite(env: Record<string, string>): Promise<{ code: number; output: string }> {
  try {
    const r = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024, timeout: 240_000,
    });
    return { code: 0, output: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

function files(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** A reserved example domain (RFC 2606), with what comes before it, to tell content from placeholders. */
const EXAMPLE = /(.{0,2})\b((?:[a-z0-9-]+\.)*example\.(?:org|com|net))\b/gi;

/**
 * Every place in a built site where a reserved example domain appears as anything but fixture
 * content: a placeholder address of the site or of a service. With `fixtureContent`, an e-mail
 * `x@example.org`, a page on `https://example.org/...` or a source named by its host (`>example.org, 2 noiembrie`) is allowed, because the fictional fixture
 * organisations use them (tests/fixtures/site); a sub-domain (`servicii.example.org`) never is.
 * Returns "file: match" lines; empty means clean.
 */
export function placeholderHits(root: string, o: { fixtureContent?: boolean } = {}): string[] {
  const hits: string[] = [];
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(EXAMPLE)) {
      const [, before, host] = m;
      const fixture = o.fixtureContent && host!.toLowerCase() === 'example.org' && (before!.endsWith('@') || before === '//' || before!.endsWith('>'));
      if (!fixture) hits.push(`${relative(root, file)}: ${text.slice(Math.max(0, m.index - 40), m.index + m[0].length + 20).replace(/\s+/g, ' ')}`);
    }
  }
  return hits;
}
