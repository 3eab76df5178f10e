/**
 * Writes docs/fields.md, the field reference, from the zod schemas. A unit test checks the
 * committed file matches, so run `npm run docs:fields` after changing src/schemas/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/lib/ingest/json-schema';
import { fieldDocsMarkdown } from '../src/lib/ingest/field-docs';

mkdirSync('docs', { recursive: true });
writeFileSync('docs/fields.md', fieldDocsMarkdown(jsonSchemas().provider as never));
console.log('wrote docs/fields.md');
