/**
 * The project's folder as the shared-data lookup and the guard's decisions file find it. The build
 * bundles those modules into chunks under its output folder, where a path relative to the module
 * pointed nowhere: the registry extract was then "not found" and the content loaded for the pages
 * was not checked against the addresses the registry withholds (only a later hook caught a synthetic
 * entry at 50,000 providers that reused a withheld street).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT, projectRoot, sharedDataCandidates } from '../../scripts/shared-data';
import { loadRegistryPlaces } from '../../src/build/registry-extract';
import { sharedSet } from './shared-data';

const repo = resolve(__dirname, '../..');

describe('projectRoot', () => {
  it('is this checkout, from scripts/ as from a chunk bundled under the output folder', () => {
    expect(PROJECT_ROOT).toBe(repo);
    expect(projectRoot(join(repo, 'scripts'))).toBe(repo);
    expect(projectRoot(join(repo, 'dist', '.prerender', 'chunks'), '/elsewhere')).toBe(repo);
    expect(projectRoot(join(repo, '.bench', 'dist-50000', '.prerender', 'chunks'), '/elsewhere')).toBe(repo);
  });

  it('is the working directory for an output folder outside any project', () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    mkdirSync(join(out, '.prerender', 'chunks'), { recursive: true });
    expect(projectRoot(join(out, '.prerender', 'chunks'), '/the/project')).toBe('/the/project');
  });

  it('puts the shared data beside the project, wherever the module was bundled', () => {
    expect(sharedDataCandidates('registry-2016', {})[0]).toBe(resolve(repo, '..', 'shared', 'data', 'registry-2016'));
  });
});

const registry = sharedSet('registry-2016');

describe.skipIf(!registry)('the build checks content against the registry, from its bundled modules', () => {
  it('stops before any page when a file publishes an address the registry withholds', () => {
    // The place is read from the extract at run time: no withheld address is written into this repository.
    const place = loadRegistryPlaces(registry)!.withheld![0];
    expect(place, 'a place the registry withholds').toBeDefined();
    const content = mkdtempSync(join(tmpdir(), 'withheld-content-'));
    cpSync(join(repo, 'tests/fixtures/site/taxonomy'), join(content, 'taxonomy'), { recursive: true });
    mkdirSync(join(content, 'providers'));
    const file = readFileSync(join(repo, 'tests/fixtures/site/providers/asociatia-exemplu-fixture.yaml'), 'utf8')
      .replace('street: Strada Inventată nr. 5', `street: "${place!.street.replace(/"/g, '')}"`)
      .replace("postal_code: '400002', locality: Cluj-Napoca", `locality: "${place!.locality}"`);
    writeFileSync(join(content, 'providers/asociatia-exemplu-fixture.yaml'), file);
    const out = join(content, 'dist');
    const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: repo, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: content, SITE_OUT_DIR: out, BUILD_DATE: '2026-11-25' },
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/Content is not valid[\s\S]*locations\[0\]\.address\.street: is the address of a confidential place/);
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, 120_000);
});
