/** JSON-LD, sitemap, robots.txt, repository links and pull-request annotations. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, cpSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { jsonLdScript, providerJsonLd } from '../../src/lib/views/json-ld';
import { robotsTxt, sitemapFiles, staticPagePaths } from '../../src/lib/site/sitemap';
import { editFileUrl, newFileUrl, providerFilePath } from '../../src/lib/ingest/repository';
import { githubAnnotation } from '../../src/lib/ingest/github-annotation';
import { publicProvider } from '../../src/lib/confidentiality/public-provider';
import { LANGS, LOCALE, type Lang } from '../../src/locales';
import { localeSitePath } from '../../src/lib/routes';
import { freshInput, SECRET } from './export-fixtures';
import { fixtureProvider } from './helpers';

const input = freshInput();
const terms = (list: { id: string }[]) => new Map(list.map((t) => [t.id, t])) as never;
const opts = (pageUrl: string) => ({ pageUrl, lang: 'en' as Lang, categories: terms(input.taxonomies.beneficiaryCategories), serviceTypes: terms(input.taxonomies.serviceTypes), areas: terms(input.taxonomies.areas) });

describe('JSON-LD', () => {
  const providers = input.providers;
  it('describes a public body as a GovernmentOrganization offering its services', () => {
    const body = publicProvider(fixtureProvider('directia-exemplu-fixture'));
    const ld = JSON.parse(jsonLdScript(providerJsonLd(body!, opts('https://x.test/en/providers/directia-exemplu-fixture/'))));
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('GovernmentOrganization');
    expect(ld.hasOfferCatalog.itemListElement.length).toBe(body!.services.filter((s) => s.status === 'active').length);
    expect(ld.hasOfferCatalog.itemListElement[0].itemOffered['@type']).toBe('Service');
    expect(ld.location[0].address.postalCode).toBe('400001');
  });
  it('an NGO is an NGO and its confidential place is absent', () => {
    const full = providers.find((p) => p.id === 'full-provider')!;
    const text = jsonLdScript(providerJsonLd(full, opts('https://x.test/en/providers/full-provider/')));
    const ld = JSON.parse(text);
    expect(ld['@type']).toBe('NGO');
    expect(ld.location).toHaveLength(1);
    for (const secret of [SECRET.street, SECRET.postal_code, String(SECRET.latitude), String(SECRET.longitude)]) expect(text).not.toContain(secret);
  });
  it('escapes content so that it cannot close the script element', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028';
    const p = { ...input.providers[0]!, name: hostile };
    const text = jsonLdScript(providerJsonLd(p, opts('https://x.test/p/')));
    expect(text).not.toMatch(/<\/script/i);
    expect(text).not.toContain('<');
    expect(text).not.toContain('>');
    expect(text).not.toContain('\u2028');
    expect(JSON.parse(text).name).toBe(hostile);
  });
});

describe('sitemap', () => {
  it('finds static pages from page files and skips parameterised ones', () => {
    expect(staticPagePaths(['./[...lang]/index.astro', './[...lang]/data/index.astro', './[...lang]/providers/[id].astro', './[...lang]/about.astro'])).toEqual(['/', '/about/', '/data/']);
  });
  it('lists every page in every language with hreflang alternates', () => {
    const files = sitemapFiles(['/', '/providers/a&b/'], { siteUrl: 'https://x.test', langs: LANGS, locale: LOCALE, localePath: (l, p) => localeSitePath(l as Lang, p), defaultLang: 'ro' });
    expect(files.map((f) => f.path)).toEqual(['/sitemap.xml']);
    const xml = files[0]!.xml;
    expect(xml.match(/<url>/g)).toHaveLength(2 * LANGS.length);
    expect(xml).toContain('<loc>https://x.test/en/</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="hu-HU" href="https://x.test/hu/providers/a&amp;b/"/>');
    expect(xml).toContain('hreflang="x-default" href="https://x.test/"');
    expect(xml).not.toContain('a&b');
  });
  it('splits into a sitemap index and parts above the URL limit, losing no URL', () => {
    const o = { siteUrl: 'https://x.test', langs: LANGS, locale: LOCALE, localePath: (l: string, p: string) => localeSitePath(l as Lang, p), defaultLang: 'ro' };
    const paths = Array.from({ length: 7 }, (_, i) => `/providers/p${i}/`);
    expect(sitemapFiles(paths, o, 100).map((f) => f.path)).toEqual(['/sitemap.xml']);
    const files = sitemapFiles(paths, o, 5);
    const parts = Math.ceil((7 * LANGS.length) / 5);
    expect(files.map((f) => f.path)).toEqual(['/sitemap.xml', ...Array.from({ length: parts }, (_, i) => `/sitemap-${i + 1}.xml`)]);
    expect(files[0]!.xml).toContain('<sitemapindex');
    expect(files[0]!.xml.match(/<loc>/g)).toHaveLength(parts);
    expect(files[0]!.xml).toContain('<loc>https://x.test/sitemap-2.xml</loc>');
    const locs = files.slice(1).flatMap((f) => [...f.xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]));
    for (const f of files.slice(1)) expect(f.xml.match(/<url>/g)!.length).toBeLessThanOrEqual(5);
    expect(locs.sort()).toEqual([...sitemapFiles(paths, o, 100)[0]!.xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]).sort());
  });
  it('robots.txt names the sitemap only when the site has an address', () => {
    expect(robotsTxt('https://x.github.io/directory')).toMatch(/^User-agent: \*$/m);
    expect(robotsTxt('https://x.github.io/directory')).toContain('\nSitemap: https://x.github.io/directory/sitemap.xml\n');
    expect(robotsTxt(undefined)).not.toContain('Sitemap');
    expect(robotsTxt(undefined)).toMatch(/^Allow: \/$/m);
  });
});

describe('repository links', () => {
  const repo = { url: 'https://github.com/o/r', branch: 'main' };
  it('edits a provider file in the web editor', () => {
    expect(editFileUrl(repo, providerFilePath('dasm-cluj-napoca'))).toBe('https://github.com/o/r/edit/main/content/providers/dasm-cluj-napoca.yaml');
  });
  it('opens a prefilled new file', () => {
    const url = new URL(newFileUrl(repo, 'content/providers/x.yaml', 'id: x\nname: "A & B"\n'));
    expect(url.pathname).toBe('/o/r/new/main');
    expect(url.searchParams.get('filename')).toBe('content/providers/x.yaml');
    expect(url.searchParams.get('value')).toBe('id: x\nname: "A & B"\n');
  });
});

describe('pull-request annotations', () => {
  it('formats a problem as a GitHub error on its file and line', () => {
    expect(githubAnnotation({ file: 'content/providers/x.yaml', line: 12, column: 7, path: ['emails', 0, 'address'], message: 'is not a valid e-mail address' }))
      .toBe('::error file=content/providers/x.yaml,line=12,col=7,title=emails[0].address::emails[0].address: is not a valid e-mail address');
  });
  it('escapes newlines and percent signs, and commas in properties', () => {
    expect(githubAnnotation({ file: 'a,b.yaml', path: [], message: '100%\nsure' })).toBe('::error file=a%2Cb.yaml::100%25%0Asure');
  });
  it('npm run validate prints annotations under GitHub Actions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'validate-'));
    cpSync('content/taxonomy', join(dir, 'taxonomy'), { recursive: true });
    cpSync('tests/fixtures/invalid/bad-email.yaml', join(dir, 'providers', 'bad-email.yaml'), { recursive: true });
    writeFileSync(join(dir, 'providers', '.keep'), '');
    const run = spawnSync('npx', ['tsx', 'scripts/validate.ts'], { env: { ...process.env, CONTENT_DIR: dir, GITHUB_ACTIONS: 'true' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=[^,]*bad-email\.yaml,line=\d+,col=\d+,title=emails\[0\]\.address::emails\[0\]\.address: /m);
  }, 60_000);
});
