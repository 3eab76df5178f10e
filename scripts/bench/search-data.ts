/**
 * `npx tsx scripts/bench/search-data.ts <content dir> <built site dir> <out dir>`
 *
 * Copies a built site and replaces its search data with data built from another content folder
 * (synthetic providers). The search benchmark needs only the home page and the search data, and
 * building every provider page of 10,000 providers takes long on a shared machine; this gives the
 * same search data `astro build` would write, through the same functions (schema, publicProvider,
 * buildSearchIndex, splitIndex).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { taxonomyFileSchema } from '../../src/schemas/taxonomy';
import { publicProvider } from '../../src/lib/confidentiality/public-provider';
import { validateProviderText } from '../../src/lib/ingest/validate-provider';
import { providerFormatOf } from '../../src/lib/ingest/markdown-file';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';
import { buildSearchIndex, searchAreaFile } from '../../src/lib/search/build-index';
import { encodeShard, splitIndex } from '../../src/lib/search/shards';
import { TAXONOMY_FILES } from '../../src/build/content-files';
import { LANGS } from '../../src/locales';
import { SITE } from '../../src/config';

export function writeSearchData(contentDir: string, siteDir: string, outDir: string, buildDate = '2026-11-25'): { rows: number; providers: number } {
  rmSync(outDir, { recursive: true, force: true });
  cpSync(siteDir, outDir, { recursive: true });
  const terms = (rel: string) => taxonomyFileSchema.parse(parse(readFileSync(join(contentDir, rel), 'utf8'))).terms;
  const providersDir = join(contentDir, 'providers');
  // Both forms of provider file (.yaml and .md), read as the build reads them.
  const providers = readdirSync(providersDir).filter((f) => providerFormatOf(f)).sort()
    .map((f) => {
      const { provider, problems } = validateProviderText(readFileSync(join(providersDir, f), 'utf8'), { file: f, today: buildDate });
      if (!provider) throw new Error(problems.map(formatProblem).join('\n'));
      return publicProvider(provider);
    });
  let rows = 0;
  for (const lang of LANGS) {
    const data = buildSearchIndex({
      providers, lang, buildDate, staleAfterMonths: SITE.staleAfterMonths,
      beneficiaryCategories: terms(TAXONOMY_FILES.beneficiaryCategories), serviceTypes: terms(TAXONOMY_FILES.serviceTypes), areas: terms(TAXONOMY_FILES.areas),
    });
    rows = data.rows.length;
    const { manifest, parts } = splitIndex(data);
    const dir = join(outDir, 'data', 'search', lang);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.json'), JSON.stringify(manifest));
    for (const part of parts) writeFileSync(join(dir, `${part.id}.json`), JSON.stringify(encodeShard(part)));
    writeFileSync(join(dir, 'areas.json'), JSON.stringify(searchAreaFile(data, terms(TAXONOMY_FILES.areas), lang)));
  }
  return { rows, providers: providers.length };
}

if (process.argv[1]?.endsWith('search-data.ts')) {
  const [content, site, out] = process.argv.slice(2);
  if (!content || !site || !out) {
    console.error('usage: npx tsx scripts/bench/search-data.ts <content dir> <built site dir> <out dir>');
    process.exit(2);
  }
  const t = performance.now();
  const r = writeSearchData(content, site, out);
  console.log(`${r.providers} providers, ${r.rows} rows → ${out}/data/search/ in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
