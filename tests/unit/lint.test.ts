/**
 * The import boundaries and file-name rules of eslint.config.js, run through ESLint's own API on
 * small in-memory files: if a rule stopped firing (a glob typo, a later config block replacing it),
 * these fail. `npm run lint` then applies the same config to the real tree.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint();

/** The ids and messages of what ESLint reports for `code` as if it were the file at `filePath`. */
async function lint(filePath: string, code: string): Promise<Array<{ rule: string | null; message: string }>> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => ({ rule: m.ruleId, message: m.message }));
}
const rules = async (filePath: string, code: string) => (await lint(filePath, code)).map((m) => m.rule);

describe('import boundaries', () => {
  it('keep frameworks out of src/lib and src/schemas', async () => {
    const found = await lint('src/lib/x.ts', "import { useState } from 'react';\nexport const x = useState;\n");
    expect(found).toEqual([{ rule: 'no-restricted-imports', message: expect.stringContaining('src/lib and src/schemas hold no UI') }]);
    for (const from of ['astro:content', 'astro/zod', 'react-dom/client', 'leaflet', 'supercluster']) {
      expect(await rules('src/schemas/x.ts', `import * as m from '${from}';\nexport const x = m;\n`), from).toEqual(['no-restricted-imports']);
    }
    // The first lint loads typescript-eslint and every plugin: seconds on a busy 2-core machine.
  }, 60_000);

  it('keep src/lib from reaching into the layers that use it', async () => {
    for (const from of ['../../components/ServiceDetails.astro', '../../client/map/map-engine', '../../collections/directory', '../../build/content-files', '../../pages/index.astro']) {
      expect(await rules('src/lib/map/x.ts', `import * as m from '${from}';\nexport const x = m;\n`), from).toEqual(['no-restricted-imports']);
    }
    // Its own modules and plain libraries stay allowed.
    expect(await rules('src/lib/search/x.ts', "import { build } from './build-index';\nimport { z } from 'zod';\nexport const x = [build, z];\n")).toEqual([]);
  });

  it('keep astro:* out of browser code, which may use Leaflet', async () => {
    expect(await rules('src/client/x.ts', "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n")).toEqual(['no-restricted-imports']);
    expect(await rules('src/client/map/x.ts', "import L from 'leaflet';\nexport const x = L;\n")).toEqual([]);
  });

  it('let only src/collections read collections', async () => {
    const code = "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n";
    expect(await lint('src/build/x.ts', code)).toEqual([{ rule: 'no-restricted-imports', message: expect.stringContaining('Only src/collections/ reads collections') }]);
    expect(await rules('scripts/x.ts', code)).toEqual(['no-restricted-imports']);
    expect(await rules('src/pages/x.astro', `---\n${code}---\n<p>{x.name}</p>\n`)).toEqual(['no-restricted-imports']);
    expect(await rules('src/collections/x.ts', code)).toEqual([]);
  });
});

describe('file names', () => {
  it('are kebab-case for modules and PascalCase for components; pages are free', async () => {
    const code = 'export const x = 1;\n';
    expect(await rules('src/lib/map/mapPoints.ts', code)).toEqual(['file-names/case']);
    expect(await rules('scripts/import_registry.ts', code)).toEqual(['file-names/case']);
    expect(await rules('src/lib/map/map-points.ts', code)).toEqual([]);
    expect(await rules('src/components/islands/search-app.tsx', code)).toEqual(['file-names/case']);
    expect(await rules('src/components/islands/search/SearchApp.tsx', code)).toEqual([]);
    expect(await rules('src/components/service-details.astro', '<p>x</p>\n')).toEqual(['file-names/case']);
    expect(await rules('src/pages/sitemap-[part].xml.ts', code)).toEqual([]);
  });
});
