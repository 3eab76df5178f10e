import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { jsonSchemas } from '../../src/lib/ingest/json-schema';

describe('generated JSON Schema', () => {
  it('is up to date with the zod schemas (run `npm run schema` after changing src/schemas)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const committed = JSON.parse(readFileSync(`public/schema/${name}.schema.json`, 'utf8'));
      expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
    }
  });
});
