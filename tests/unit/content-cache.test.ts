import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeFingerprint, importClosure, openContentCache, textHash } from '../../src/build/content-cache';
import { loadContent } from '../../src/build/content-files';

const work = mkdtempSync(join(tmpdir(), 'content-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('content cache', () => {
  it('covers every module the validator reaches, not a hand-kept list', () => {
    const files = importClosure('src/lib/ingest/validate-provider.ts')!;
    // Reached only through the date and reach checks: a hand-kept list of folders missed them once.
    expect(files).toContain('src/lib/dates.ts');
    expect(files).toContain('src/lib/views/contact-text.ts');
    expect(files).toContain('src/schemas/source.ts');
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{16}$/);
  });

  it('gives back a result only for the same file and text, and keeps only the files seen', () => {
    const dir = join(work, 'unit');
    const first = openContentCache(dir, 'ctx');
    const result = { problems: [], warnings: [] };
    first.set('a.yaml', textHash('a'), result);
    first.set('b.yaml', textHash('b'), result);
    first.save();
    const second = openContentCache(dir, 'ctx');
    expect(second.get('a.yaml', textHash('a'))).toEqual(result);
    expect(second.get('a.yaml', textHash('a changed'))).toBeUndefined();
    expect(openContentCache(dir, 'another day').get('a.yaml', textHash('a'))).toBeUndefined();
    expect(second.stats).toEqual({ hits: 1, misses: 1 });
  });

  it('reads content to the same providers and problems with and without it, and sees an edit', () => {
    const content = join(work, 'content');
    cpSync('tests/fixtures/site', content, { recursive: true });
    const cacheDir = join(work, 'cache');
    const fresh = loadContent(content, '2026-12-01');
    const cold = loadContent(content, '2026-12-01', { cacheDir });
    const warm = loadContent(content, '2026-12-01', { cacheDir });
    expect(warm.providers).toEqual(fresh.providers);
    expect(cold.providers).toEqual(fresh.providers);
    expect(warm.problems).toEqual(fresh.problems);

    // A correction to one file is read again, not taken from the cache.
    const file = join(content, 'providers', 'asociatia-exemplu-fixture.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, 'name: Asociația Exemplu Corectată'));
    const edited = loadContent(content, '2026-12-01', { cacheDir });
    expect(edited.providers.find((p) => p.id === 'asociatia-exemplu-fixture')?.data.name).toBe('Asociația Exemplu Corectată');
    expect(edited.providers).toEqual(loadContent(content, '2026-12-01').providers);
  });

  it('never lets a cached result stand in for the file checks: hidden files, folders, links out and bad bytes are refused on every run', () => {
    const content = join(work, 'guarded');
    cpSync('tests/fixtures/site', content, { recursive: true });
    const providers = join(content, 'providers');
    const cacheDir = join(work, 'guarded-cache');
    const sound = readFileSync(join(providers, 'asociatia-exemplu-fixture.yaml'), 'utf8');
    // Warm the cache with the sound folder, then add what the guard refuses.
    loadContent(content, '2026-12-01', { cacheDir });
    writeFileSync(join(providers, '.hidden-fixture.yaml'), sound);
    mkdirSync(join(providers, 'a-folder.yaml'));
    const outside = join(work, 'outside.yaml');
    writeFileSync(outside, sound);
    symlinkSync(outside, join(providers, 'link-out-fixture.yaml'));
    writeFileSync(join(providers, 'bad-bytes-fixture.yaml'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    const fresh = loadContent(content, '2026-12-01');
    const cold = loadContent(content, '2026-12-01', { cacheDir });
    const warm = loadContent(content, '2026-12-01', { cacheDir });
    const refused = (r: typeof fresh) => r.problems.map((p) => p.file.split('/').pop()).sort();
    for (const run of [fresh, cold, warm]) {
      expect(refused(run)).toEqual(['.hidden-fixture.yaml', 'a-folder.yaml', 'bad-bytes-fixture.yaml', 'link-out-fixture.yaml']);
    }
    expect(warm.problems).toEqual(fresh.problems);
    expect(warm.providers).toEqual(fresh.providers);
  });
});
