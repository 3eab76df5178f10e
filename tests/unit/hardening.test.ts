import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, problemReport } from '../../src/build/content-files';
import { decodeUtf8, providerFileKind } from '../../src/lib/ingest/file-kinds';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';
import { renderMessage } from '../../src/lib/ingest/messages';
import { validateProviderText } from '../../src/lib/ingest/validate-provider';
import { realContent, TODAY } from './helpers';
import { createHash } from 'node:crypto';
import { cspDirectives, cspMetaFirst, mergeCsp, parseCsp, tileSource, withPageHashesOnly } from '../../src/lib/site/csp';
import { fileToUrl, offlineManifest } from '../../src/lib/site/offline';

describe('Content-Security-Policy', () => {
  it('allows the tile host only for images, with {s} subdomains as a wildcard', () => {
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(() => tileSource('javascript:alert(1)')).toThrow(/must start with https/);
    const d = cspDirectives('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
    expect(d).toContain("default-src 'self'");
    expect(d).toContain("img-src 'self' data: https://tile.openstreetmap.org");
    expect(d.join(';')).not.toMatch(/unsafe-inline|unsafe-eval|\*(?!\.)/);
  });

  it('merges per-page policies into one header policy with frame-ancestors', () => {
    const merged = mergeCsp(["default-src 'self'; script-src 'self' 'sha256-a'", "default-src 'self'; script-src 'self' 'sha256-b'"]);
    expect(parseCsp(merged).get('script-src')).toEqual(["'self'", "'sha256-a'", "'sha256-b'"]);
    expect(parseCsp(merged).get('frame-ancestors')).toEqual(["'none'"]);
    expect(parseCsp(merged).get('default-src')).toEqual(["'self'"]);
  });
});

describe('the policy comes first in <head>', () => {
  const meta = '<meta http-equiv="content-security-policy" content="default-src \'self\'">';
  it('moves the meta element Astro writes last to just after the charset', () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title><link rel="icon" href="/f.svg"><script type="application/ld+json">{}</script>${meta}<style>a{}</style></head><body></body></html>`;
    expect(cspMetaFirst(page)).toBe(`<!DOCTYPE html><html><head><meta charset="utf-8">${meta}<title>x</title><link rel="icon" href="/f.svg"><script type="application/ld+json">{}</script><style>a{}</style></head><body></body></html>`);
  });
  it('leaves a page without a policy, or with one already first, as it is', () => {
    const page = `<html><head><meta charset="utf-8">${meta}<title>x</title></head></html>`;
    expect(cspMetaFirst(page)).toBe(page);
    expect(cspMetaFirst('<html><head><title>x</title></head></html>')).toBe('<html><head><title>x</title></head></html>');
  });
  it("keeps only the hashes of the page's own inline scripts and styles, and every other source", () => {
    const sha = (text: string) => createHash('sha256').update(text).digest('base64');
    const [js, css, other] = [sha("document.documentElement.classList.add('js');"), sha('a{}'), sha('elsewhere()')];
    const policy = (hashes: string[]) => `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hashes.filter((h) => h !== css).map((h) => `'sha256-${h}'`).join(' ')}; style-src 'self'${hashes.includes(css) ? ` 'sha256-${css}'` : ''};">`;
    const body = `<script>document.documentElement.classList.add('js');</script><script type="module" src="/_astro/x.js"></script><style>a{}</style>`;
    expect(withPageHashesOnly(`<head>${policy([js, other, css])}</head>${body}`, sha)).toBe(`<head>${policy([js, css])}</head>${body}`);
    // A page with none of the inline elements keeps the rest of its policy.
    expect(withPageHashesOnly(`<head>${policy([js, other, css])}</head>`, sha)).toBe(`<head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self';"></head>`);
    expect(withPageHashesOnly('<head><title>x</title></head>', sha)).toBe('<head><title>x</title></head>');
  });
  it('the site allows no eval of any kind', () => {
    expect(readFileSync('astro.config.mjs', 'utf8')).not.toMatch(/'(wasm-)?unsafe-eval'\s*"\]/);
  });
});

describe('offline manifest', () => {
  const files = [
    'index.html', 'en/index.html', 'hu/index.html', '404.html', 'favicon.svg', '_astro/client.abc.js', '_astro/page.def.css',
    'providers/a/index.html', 'en/providers/a/index.html', 'hu/shortlist/index.html', 'shortlist/index.html',
    'data/coverage.csv', 'categories/index.html', 'categories/elderly/index.html', 'coverage/index.html', 'schema/provider.schema.json', 'sw.js',
  ];

  it('maps built files to the URLs a browser asks for', () => {
    expect(fileToUrl('index.html')).toBe('/');
    expect(fileToUrl('en/providers/a/index.html')).toBe('/en/providers/a/');
    expect(fileToUrl('data/coverage.csv')).toBe('/data/coverage.csv');
  });

  it('caches the shell at install and the catalogue, providers, shortlist and open data right after', () => {
    const m = offlineManifest(files, 'abc123');
    expect(m.buildId).toBe('abc123');
    expect(m.shell).toEqual(['/', '/404.html', '/_astro/client.abc.js', '/_astro/page.def.css', '/en/', '/favicon.svg', '/hu/']);
    expect(m.warm.slice(0, 3)).toEqual(['/hu/shortlist/', '/shortlist/', '/data/coverage.csv']);
    expect(m.warm).toEqual(expect.arrayContaining(['/providers/a/', '/en/providers/a/', '/categories/', '/categories/elderly/']));
    expect(m.warm).not.toContain('/sw.js');
    expect(m.warm).not.toContain('/schema/provider.schema.json');
  });

  it('lists links under the base path of a site published in a sub-folder', () => {
    const m = offlineManifest(files, 'x', { base: '/directory/' });
    expect(m.base).toBe('/directory/');
    expect(m.shell).toEqual(['/directory/', '/directory/404.html', '/directory/_astro/client.abc.js', '/directory/_astro/page.def.css', '/directory/en/', '/directory/favicon.svg', '/directory/hu/']);
    expect(m.warm.slice(0, 3)).toEqual(['/directory/hu/shortlist/', '/directory/shortlist/', '/directory/data/coverage.csv']);
  });

  it('caps the offline list, keeping the shortlist and open data first', () => {
    const many = [...files, ...Array.from({ length: 50 }, (_, i) => `providers/p${i}/index.html`)];
    const m = offlineManifest(many, 'x', { maxWarm: 10 });
    expect(m.warm).toHaveLength(10);
    expect(m.warm.slice(0, 3)).toEqual(['/hu/shortlist/', '/shortlist/', '/data/coverage.csv']);
  });

  it('keeps the offline list within a byte budget, skipping files too large for it', () => {
    const sized = [...files, 'data/providers.json'];
    const sizeOf = (f: string) => (f === 'data/providers.json' ? 150_000_000 : 1000);
    const m = offlineManifest(sized, 'x', { sizeOf, maxWarmBytes: 5000 });
    expect(m.warm).not.toContain('/data/providers.json');
    expect(m.warm).toHaveLength(5);
    expect(m.warm.slice(0, 3)).toEqual(['/hu/shortlist/', '/shortlist/', '/data/coverage.csv']);
    expect(offlineManifest(sized, 'x', { sizeOf, maxWarmBytes: 200_000_000 }).warm).toContain('/data/providers.json');
  });
});

/* ------------------------------------------------------------------------------------------ */
/* Untrusted content files (issue 14, item 5): each hostile input refused with file, line, fix  */
/* ------------------------------------------------------------------------------------------ */

const MINIMAL = readFileSync('tests/fixtures/valid/minimal-ngo.yaml', 'utf8');
const validate = (text: string, file = 'content/providers/minimal-ngo.yaml') =>
  validateProviderText(text, { file, taxonomies: realContent.taxonomies, today: TODAY }).problems.map(formatProblem);
/** The minimal entry with its name replaced by `name` (written as a double-quoted YAML string). */
const named = (name: string) => MINIMAL.replace('name: Asociația Exemplu', `name: ${JSON.stringify(name)}`);

describe('text fields refuse what would lie about the text or bloat every page', () => {
  it('limits a name to 300 characters, saying how long it is', () => {
    expect(validate(named('x'.repeat(300)))).toEqual([]);
    expect(validate(named('x'.repeat(200_000)))).toEqual([
      'content/providers/minimal-ngo.yaml:3:7 name: is 200,000 characters long; this field takes at most 300 characters: shorten it',
    ]);
  });

  it('limits a description to 5,000 characters per language', () => {
    const text = (d: string) => MINIMAL.replace('    name: Consiliere pentru părinți', `    name: Consiliere pentru părinți\n    description: { ro: Scurt., en: '${d}' }`);
    expect(validate(text('y'.repeat(5000)))).toEqual([]);
    expect(validate(text('y'.repeat(5001)))[0]).toMatch(/:\d+:\d+ services\[0\]\.description\.en: is 5,001 characters long; this field takes at most 5,000 characters: shorten it$/);
  });

  it('refuses NUL and other control characters, naming the character and its position', () => {
    expect(validate(named('Asoc\0iația'))).toEqual([
      'content/providers/minimal-ngo.yaml:3:7 name: contains U+0000 (NUL, the null character) at character 5; remove it: control characters are not text and break the files built from it',
    ]);
    expect(validate(named('A\u001bB'))[0]).toContain('contains U+001B (ESC, the escape character) at character 2');
  });

  it('refuses bidirectional overrides and isolates (Trojan Source), but not plain direction marks', () => {
    expect(validate(named('Asociația \u202Eelpmexe'))).toEqual([
      'content/providers/minimal-ngo.yaml:3:7 name: contains U+202E (right-to-left override) at character 11; remove it: it makes text display in a different order than it is written, so readers and reviewers would see something else than what is stored',
    ]);
    expect(validate(named('a\u2066b\u2069'))[0]).toContain('contains U+2066 (left-to-right isolate) at character 2');
    expect(validate(named('Asociația \u200Fعربي'))).toEqual([]);
  });

  it('refuses text made only of invisible characters', () => {
    expect(validate(named('\u200B\u200D'))).toEqual([
      'content/providers/minimal-ngo.yaml:3:7 name: contains only invisible characters, the first U+200B (zero width space) at character 1; write the text or remove the field',
    ]);
    expect(validate(named('\u3164'))[0]).toContain('contains only invisible characters, the first U+3164 (Hangul filler)');
    expect(validate(named('Cafe\u200Bneaua'))).toEqual([]);
  });

  it('checks every text field, translations and list items included', () => {
    const nul = MINIMAL.replace('title: Pagina asociației', 'title: "Pagina\\0"').replace('[counselling]', '["counsel\\u202Eling"]');
    expect(validate(nul)).toEqual([
      expect.stringMatching(/sources\[0\]\.title: contains U\+0000/),
      expect.stringMatching(/services\[0\]\.service_types\[0\]: contains U\+202E/),
    ]);
  });

  it('refuses a web address with a user part, saying which site it really opens', () => {
    const text = MINIMAL.replace("url: 'https://example.org/despre'", "url: 'https://site.ro@evil.example/'");
    expect(validate(text)).toEqual([
      "content/providers/minimal-ngo.yaml:7:59 sources[0].url: has a user name before '@', so it opens evil.example, not the site written before the '@'; write the address of the site itself, without anything before '@', like 'https://dasmclujnapoca.ro'",
    ]);
    const link = MINIMAL.replace('    name: Consiliere pentru părinți', '    name: Consiliere pentru părinți\n    description: Vezi [site.ro](https://site.ro:x@evil.example/p).');
    expect(validate(link)[0]).toMatch(/services\[0\]\.description: has a link with a user name before '@', so it opens evil\.example/);
  });

  it('refuses YAML aliases where they stand, with the fix', () => {
    const text = MINIMAL.replace('kind: ngo', 'kind: &k ngo\nalternate_name: *k');
    expect(validate(text)).toEqual([
      "content/providers/minimal-ngo.yaml:5:17 alternate_name: uses the YAML alias '*k', which content files do not allow; write the value out in full where '*k' stands (and remove the anchor '&k')",
    ]);
  });
});

describe('content text is read only from UTF-8 files inside the content folder', () => {
  it('decodes UTF-8 and points at the first byte that is not', () => {
    expect(decodeUtf8(new TextEncoder().encode('a: ăîșț\n'))).toEqual({ text: 'a: ăîșț\n' });
    const latin2 = new Uint8Array([...new TextEncoder().encode('id: x\nname: Asocia'), 0xfe, 0x69, 0x61, 0x0a]);
    const decoded = decodeUtf8(latin2);
    expect(decoded).toEqual({ problem: { line: 2, column: 13, message: { key: 'file.not-utf8', params: { byte: 'FE', line: 2, column: 13 } } } });
    if ('problem' in decoded) expect(renderMessage(decoded.problem.message)).toContain('is not valid UTF-8 text: byte 0xFE at line 2, column 13');
    // A sequence cut off at the end, an overlong form and an encoded surrogate are not UTF-8 either.
    for (const bad of [[0x61, 0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80]]) expect(decodeUtf8(new Uint8Array(bad))).toHaveProperty('problem');
  });

  it('names what a provider folder entry is, refusing .yml, hidden files and folders with the fix', () => {
    expect(providerFileKind('dasm.yaml', 'file')).toEqual({ kind: 'yaml', id: 'dasm' });
    expect(providerFileKind('dasm.md', 'file')).toEqual({ kind: 'markdown', id: 'dasm' });
    // A refusal is a catalogue message, said in the reader's language.
    const refusal = (name: string, type: 'file' | 'directory') => {
      const kind = providerFileKind(name, type);
      return kind.kind === 'refused' ? renderMessage(kind.message) : undefined;
    };
    expect(providerFileKind('dasm.yml', 'file')).toEqual({ kind: 'refused', message: { key: 'content.yml-extension', params: { id: 'dasm' } } });
    expect(refusal('dasm.yml', 'file')).toBe("is named .yml; rename it to dasm.yaml (provider files end in .yaml or .md, and the site's edit links point there)");
    expect(refusal('.dasm.yaml', 'file')).toContain('is a hidden file (its name starts with a dot), so it would never be published; rename it to dasm.yaml');
    expect(refusal('.dasm.md', 'file')).toContain('rename it to dasm.md');
    expect(refusal('old.yaml', 'directory')).toContain('is a folder; provider files go directly in content/providers/');
    expect(refusal('notes.txt', 'file')).toContain('is not a .yaml or .md file');
  });

  it('reports each hostile file of a content folder, and never opens a link that leaves it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'untrusted-'));
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    try {
      cpSync('tests/fixtures/site/taxonomy', join(dir, 'taxonomy'), { recursive: true });
      mkdirSync(join(dir, 'providers'));
      const p = (name: string) => join(dir, 'providers', name);
      writeFileSync(p('minimal-ngo.yaml'), MINIMAL);
      writeFileSync(p('copy.yml'), MINIMAL.replace('id: minimal-ngo', 'id: copy'));
      writeFileSync(p('.hidden.yaml'), MINIMAL.replace('id: minimal-ngo', 'id: hidden'));
      mkdirSync(p('folder.yaml'));
      // 'Asociaţia' as Latin-2 writes ţ as the byte 0xFE.
      const [before, after] = MINIMAL.replace('id: minimal-ngo', 'id: latin2').split('ția');
      writeFileSync(p('latin2.yaml'), Buffer.concat([Buffer.from(`${before}`), Buffer.from([0xfe, 0x69, 0x61]), Buffer.from(after!)]));
      const secret = join(outside, 'secret.yaml');
      writeFileSync(secret, 'SECRET-CONTENT: Strada Ascunsă 7\n');
      symlinkSync(secret, p('leak.yaml'));
      symlinkSync(join(dir, 'providers', 'minimal-ngo.yaml'), p('inside.yaml'));
      const { problems, providers } = loadContent(dir, TODAY);
      const report = problemReport(problems);
      expect(report).not.toContain('SECRET');
      expect(report).not.toContain('Ascunsă');
      const lines = problems.map(formatProblem).map((l) => l.replace(/^\S*providers\//, ''));
      expect(lines).toEqual(expect.arrayContaining([
        expect.stringMatching(/^\.hidden\.yaml is a hidden file/),
        expect.stringMatching(/^copy\.yml is named \.yml; rename it to copy\.yaml/),
        expect.stringMatching(/^folder\.yaml is a folder;/),
        'inside.yaml:2:5 id: is \'minimal-ngo\' but the file is named \'inside\'; the id must equal the file name (rename one of them)',
        expect.stringMatching(/^latin2\.yaml:3:13 is not valid UTF-8 text: byte 0xFE at line 3, column 13/),
        'leak.yaml is a link to a file outside the content folder, so it was not read; replace the link with the file itself',
      ]));
      expect(providers.map((x) => x.id)).toEqual(['minimal-ngo', 'minimal-ngo']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('the static server', () => {
  it('answers a malformed address with 400 and keeps serving', async () => {
    const port = 30_000 + Math.floor(Math.random() * 20_000);
    const dir = mkdtempSync(join(tmpdir(), 'serve-'));
    writeFileSync(join(dir, 'index.html'), '<p>home</p>');
    const server = spawn(process.execPath, ['scripts/serve-static.ts', dir, String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((ready, fail) => { server.stdout!.once('data', () => ready()); server.once('exit', (c) => fail(new Error(`exited with ${c}`))); });
      for (const bad of ['/%E0%A4%A/', '/%E0%A4%A', '/a%ZZ/', '/%00/']) {
        const r = await fetch(`http://127.0.0.1:${port}${bad}`);
        expect(r.status, bad).toBe(400);
      }
      expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
      expect(server.exitCode).toBeNull();
    } finally {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
