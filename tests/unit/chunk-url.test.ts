import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type Rolldown } from 'vite';
import { chunkUrl } from '../../src/build/chunk-url';

/** Builds two entries with the plugin: one loads the module by its URL, one imports it as usual. */
async function buildWithChunkUrl(): Promise<Rolldown.OutputChunk[]> {
  const root = mkdtempSync(join(tmpdir(), 'chunk-url-'));
  writeFileSync(join(root, 'loader.js'), 'export function load() { return import("./engine.js"); }\nexport const other = 1;\n');
  writeFileSync(join(root, 'engine.js'), 'export const engine = "the engine";\n');
  writeFileSync(join(root, 'waits.js'), 'import url from "./loader.js?chunk-url";\nonclick = () => import(/* @vite-ignore */ url).then((m) => m.load());\n');
  writeFileSync(join(root, 'island.js'), 'import { load } from "./loader.js";\nload();\n');
  const out = await build({
    root, configFile: false, logLevel: 'silent', plugins: [chunkUrl()],
    build: { write: false, minify: false, rolldownOptions: { input: { waits: join(root, 'waits.js'), island: join(root, 'island.js') } } },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((o) => o.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
}

describe('?chunk-url imports (src/build/chunk-url.ts)', () => {
  it('give the URL of the module\'s chunk, and the script that loads it later carries no preload helper', async () => {
    const chunks = await buildWithChunkUrl();
    const waits = chunks.find((c) => c.name === 'waits')!;
    expect(waits.code).not.toMatch(/preload-helper|__vitePreload/);
    expect(waits.imports).toEqual([]);
    const url = /["'`]\/(assets\/[^"'`]+\.js)["'`]/.exec(waits.code)?.[1];
    expect(url).toBeDefined();
    // The chunk at that URL exports the module's own names (its own, or re-exported from the chunk it shares with the island).
    const target = chunks.find((c) => c.fileName === url)!;
    expect(target.exports).toContain('load');
    const withCode = chunks.filter((c) => c.code.includes('the engine'));
    expect(withCode).toHaveLength(1);
  });
});
