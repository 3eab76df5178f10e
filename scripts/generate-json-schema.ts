/**
 * Writes the JSON Schemas that editors use for autocompletion and inline help
 * (public/schema/provider.schema.json, taxonomy.schema.json, vocabulary.schema.json). A unit test checks the committed
 * files match the zod schemas, so run this after changing src/schemas/.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { jsonSchemas } from '../src/lib/ingest/json-schema';

mkdirSync('public/schema', { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`public/schema/${name}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote public/schema/${name}.schema.json`);
}
