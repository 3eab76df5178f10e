/**
 * Hostile entries: a site built from a content folder whose entry is full of script tags,
 * javascript: links, event-handler attributes and a description as long as the schema allows renders
 * all of it as inert text; broken YAML, a javascript: website and each untrusted-file case (a
 * 200,000-character name, NUL, bidirectional overrides, invisible-only text, invalid UTF-8, .yml,
 * hidden files, folders, links out of the folder, YAML aliases, addresses with a user part) stop the
 * build with the file, the line and the field named.
 * Builds with CONTENT_DIR / SITE_OUT_DIR into a temporary folder (the hostile entries beside the
 * fixture taxonomy) and serves it on its own port.
 */
import { expect, test, type Page } from '@playwright/test';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadContent, problemReport } from '../../src/build/content-files';
import { FIXTURE_CONTENT } from './fixture';

const run = promisify(execFile);
const PORT = Number(process.env.E2E_PORT ?? 4329) + 10_000;
const BASE = `http://127.0.0.1:${PORT}`;
/** A description at the schema's limit (MAX_LENGTH.description), full of markup. */
const LONG = '<i>ab</i>'.repeat(600).slice(0, 5000);

function contentDir(providers: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-content-'));
  // The fixture taxonomy, not content/'s: editing the real categories must not break this test.
  cpSync(join(FIXTURE_CONTENT, 'taxonomy'), join(dir, 'taxonomy'), { recursive: true });
  mkdirSync(join(dir, 'providers'));
  for (const [name, text] of Object.entries(providers)) writeFileSync(join(dir, 'providers', name), text);
  return dir;
}

/** Runs the real build on a content folder; resolves with its exit code and output. */
async function build(content: string, out: string): Promise<{ code: number; output: string }> {
  try {
    const r = await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      env: { ...process.env, CONTENT_DIR: content, SITE_OUT_DIR: out, BUILD_DATE: '2026-11-25' }, maxBuffer: 64 * 1024 * 1024, timeout: 240_000,
    });
    return { code: 0, output: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

test.describe.configure({ mode: 'serial' });

test.describe('a site built from hostile but schema-valid entries', () => {
  let server: ChildProcess | undefined;
  let content = '';
  let out = '';

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const hostile = readFileSync('tests/fixtures/hostile/hostile-entry.yaml', 'utf8').replace('  hu: <iframe', `  en: '${LONG}'\n  hu: <iframe`);
    content = contentDir({ 'hostile-entry.yaml': hostile, 'multilingual.yaml': readFileSync('tests/fixtures/hostile/multilingual.yaml', 'utf8') });
    out = mkdtempSync(join(tmpdir(), 'hostile-dist-'));
    const result = await build(content, out);
    expect(result.code, result.output.slice(-3000)).toBe(0);
    server = spawn(process.execPath, ['scripts/serve-static.ts', out, String(PORT)], { stdio: 'ignore' });
    await expect.poll(async () => (await fetch(`${BASE}/`).catch(() => undefined))?.status, { timeout: 20_000 }).toBe(200);
  });

  test.afterAll(() => {
    server?.kill();
    for (const dir of [content, out, `${out}-cache`]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const PAGES = ['/providers/hostile-entry/', '/en/providers/hostile-entry/', '/hu/providers/hostile-entry/', '/', '/categories/domestic-violence-victims/', '/service-types/counselling/', '/coverage/'];

  async function assertInert(page: Page, path: string) {
    const dialogs: string[] = [];
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    const response = await page.goto(`${BASE}${path}`);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('load');
    await page.mouse.move(200, 300);
    expect(dialogs, `dialogs on ${path}`).toEqual([]);
    // The HTML as served, parsed (not run) the way a browser parses it: text inside attribute
    // values is harmless, so a tokenizer is the judge, not a regex over the source.
    const served = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      return {
        scripts: [...doc.scripts].map((s) => s.src || (s.textContent ?? '').slice(0, 80)),
        handlers: [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`)),
        badUrls: [...doc.querySelectorAll('[href], [src], [action], [formaction]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action') ?? el.getAttribute('formaction') ?? '').filter((u) => /^\s*(javascript|data|vbscript):/i.test(u)),
      };
    }, await response!.text());
    for (const s of served.scripts) expect(s, 'a <script> from content').not.toMatch(/alert/);
    expect(served.scripts.filter((s) => s.startsWith('http')).every((s) => s.startsWith(BASE)), 'scripts only from this site').toBe(true);
    expect(served.handlers, 'event-handler attributes').toEqual([]);
    expect(served.badUrls, 'javascript:/data: addresses').toEqual([]);
    // And the live page after its own scripts ran.
    const dom = await page.evaluate(() => ({
      scripts: [...document.scripts].map((s) => s.src || (s.textContent ?? '').slice(0, 80)),
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`)),
      // Astro's own island bootstrap style (`astro-island{display:contents}`) is the one <style> allowed.
      contentTags: [...document.querySelectorAll('main img, main iframe, main svg, main style, main u, main b')]
        .filter((el) => !(el.tagName === 'STYLE' && (el.textContent ?? '').startsWith('astro-island,')))
        .map((el) => el.tagName),
    }));
    expect(dom.handlers).toEqual([]);
    expect(dom.contentTags).toEqual([]);
    for (const s of dom.scripts) expect(s).not.toMatch(/alert/);
  }

  for (const path of PAGES) {
    test(`${path} renders the entry as text and runs none of it`, async ({ page }) => {
      await assertInert(page, path);
    });
  }

  test('with the Content-Security-Policy bypassed, nothing runs either: safety does not rest on CSP alone', async ({ browser }) => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    for (const path of PAGES.slice(0, 3)) await assertInert(page, path);
    await context.close();
  });

  test('the markup is shown as the text the contributor wrote', async ({ page }) => {
    await page.goto(`${BASE}/providers/hostile-entry/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`<script>alert('name')</script> Asociația "Ostilă"`);
    await expect(page.locator('main')).toContainText(`<img src=x onerror="alert('onerror')">`);
    // The javascript: link became its label only; the safe link stayed a link.
    await expect(page.locator('main a[href^="javascript"]')).toHaveCount(0);
    await expect(page.getByText('clic', { exact: false }).first()).toBeVisible();
  });

  test('a description as long as the schema allows is rendered whole, as text', async ({ page }) => {
    await page.goto(`${BASE}/en/providers/hostile-entry/`);
    const length = await page.locator('main > div:not(.quick-exit)').first().evaluate((el) => el.textContent?.length ?? 0);
    expect(length).toBeGreaterThanOrEqual(5000);
    await expect(page.locator('main i')).toHaveCount(0);
  });

  test('a Hungarian description is shown on the Hungarian page; a missing one falls back to Romanian with lang="ro"', async ({ page }) => {
    await page.goto(`${BASE}/hu/providers/multilingual/`);
    const description = page.getByText('Magyar nyelvű leírás.');
    await expect(description).toBeVisible();
    expect(await description.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('hu');
    const fallback = page.getByText('Numai în română.');
    await expect(fallback).toBeVisible();
    expect(await fallback.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('ro');
    await expect(page.getByRole('heading', { name: 'Tanácsadás' })).toBeVisible();
    await page.goto(`${BASE}/en/providers/multilingual/`);
    await expect(page.getByText('Description in English.')).toBeVisible();
    await expect(page.getByText('Only in Romanian and English.')).toBeVisible();
  });
});

test('broken YAML stops the build with the file, the line and what to check', async () => {
  test.setTimeout(300_000);
  const content = contentDir({ 'broken.yaml': readFileSync('tests/fixtures/hostile/broken.yaml', 'utf8') });
  const out = mkdtempSync(join(tmpdir(), 'hostile-dist-'));
  try {
    const result = await build(content, out);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/providers\/broken\.yaml:\d+/);
    expect(result.output).toContain('is not valid YAML');
    expect(result.output).toContain('check indentation');
  } finally {
    for (const dir of [content, out, `${out}-cache`]) rmSync(dir, { recursive: true, force: true });
  }
});

test('a javascript: website, an oversized file and each untrusted-file case are refused with the file, line and field named', () => {
  const minimal = readFileSync('tests/fixtures/valid/minimal-ngo.yaml', 'utf8');
  const entry = (id: string, change: (text: string) => string = (t) => t) => change(minimal.replace('id: minimal-ngo', `id: ${id}`));
  const name = (value: string) => (t: string) => t.replace('name: Asociația Exemplu', `name: ${JSON.stringify(value)}`);
  const dir = contentDir({
    'javascript-link.yaml': readFileSync('tests/fixtures/invalid/javascript-link.yaml', 'utf8'),
    'huge.yaml': `id: huge\nname: '${'x'.repeat(300_000)}'\n`,
    'long-name.yaml': entry('long-name', name('x'.repeat(200_000))),
    'nul.yaml': entry('nul', name('Asoc\0iația')),
    'bidi.yaml': entry('bidi', name('Asociația \u202Eelpmexe')),
    'invisible.yaml': entry('invisible', name('\u200B\u200B')),
    'user-part.yaml': entry('user-part', (t) => t.replace("url: 'https://example.org/despre'", "url: 'https://site.ro@evil.example/'")),
    'alias.yaml': entry('alias', (t) => t.replace('kind: ngo', 'kind: &k ngo\nalternate_name: *k')),
    'copy.yml': entry('copy'),
    '.hidden.yaml': entry('hidden'),
  });
  const outside = mkdtempSync(join(tmpdir(), 'hostile-outside-'));
  try {
    const providers = join(dir, 'providers');
    writeFileSync(join(providers, 'latin2.yaml'), Buffer.concat([Buffer.from(entry('latin2').split('ția')[0]!), Buffer.from([0xfe, 0x69, 0x61, 0x0a])]));
    mkdirSync(join(providers, 'folder.yaml'));
    writeFileSync(join(outside, 'secret.yaml'), 'PRIVATE-KEY: do-not-echo\n');
    symlinkSync(join(outside, 'secret.yaml'), join(providers, 'leak.yaml'));
    const report = problemReport(loadContent(dir, '2026-11-25').problems);
    expect(report).toMatch(/providers\/javascript-link\.yaml.*website\.url: must be a full web address starting with https:\/\//);
    expect(report).toMatch(/providers\/huge\.yaml.*KB; a content file may be at most 256 KB/);
    expect(report).toMatch(/providers\/long-name\.yaml:3:7 name: is 200,000 characters long; this field takes at most 300 characters: shorten it/);
    expect(report).toMatch(/providers\/nul\.yaml:3:7 name: contains U\+0000 \(NUL, the null character\) at character 5; remove it/);
    expect(report).toMatch(/providers\/bidi\.yaml:3:7 name: contains U\+202E \(right-to-left override\) at character 11; remove it/);
    expect(report).toMatch(/providers\/invisible\.yaml:3:7 name: contains only invisible characters, the first U\+200B/);
    expect(report).toMatch(/providers\/user-part\.yaml:7:\d+ sources\[0\]\.url: has a user name before '@', so it opens evil\.example/);
    expect(report).toMatch(/providers\/alias\.yaml:5:17 alternate_name: uses the YAML alias '\*k'.*write the value out in full/);
    expect(report).toMatch(/providers\/copy\.yml is named \.yml; rename it to copy\.yaml/);
    expect(report).toMatch(/providers\/\.hidden\.yaml is a hidden file .*rename it to hidden\.yaml/);
    expect(report).toMatch(/providers\/latin2\.yaml:3:\d+ is not valid UTF-8 text: byte 0xFE at line 3/);
    expect(report).toMatch(/providers\/folder\.yaml is a folder; provider files go directly in content\/providers\//);
    expect(report).toMatch(/providers\/leak\.yaml is a link to a file outside the content folder, so it was not read/);
    expect(report).not.toContain('PRIVATE-KEY');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  }
});

test('the static server answers a malformed address with 400 and keeps serving', async ({ request }) => {
  for (const bad of ['/%E0%A4%A/', '/%E0%A4%A', '/a%ZZ/']) expect((await request.get(bad)).status(), bad).toBe(400);
  expect((await request.get('/')).status()).toBe(200);
});
