/** The contributor documents stay true to the real schema. */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateFile } from './helpers';
import { jsonSchemas } from '../../src/lib/ingest/json-schema';
import { fieldDocs, fieldDocsMarkdown } from '../../src/lib/ingest/field-docs';

describe('docs/provider-template.yaml', () => {
  it('passes the real schema and checks once saved under its id', () => {
    const id = (parse(readFileSync('docs/provider-template.yaml', 'utf8')) as { id: string }).id;
    const dir = mkdtempSync(join(tmpdir(), 'template-'));
    const file = join(dir, `${id}.yaml`);
    copyFileSync('docs/provider-template.yaml', file);
    expect(validateFile(file).problems).toEqual([]);
  });
});

describe('docs/provider-template.md', () => {
  it('passes the real schema and checks once saved under its id, with the body as the Romanian description', () => {
    const text = readFileSync('docs/provider-template.md', 'utf8');
    const id = /^id: (\S+)$/m.exec(text)![1]!;
    const dir = mkdtempSync(join(tmpdir(), 'template-'));
    const file = join(dir, `${id}.md`);
    copyFileSync('docs/provider-template.md', file);
    const { problems, data } = validateFile(file);
    expect(problems).toEqual([]);
    expect((data as { description: { ro: string } }).description.ro).toMatch(/\n\n- /);
  });

  it('holds the same fields as the YAML template, but for the description', () => {
    const yaml = validateFile('docs/provider-template.yaml').data as Record<string, unknown>;
    const md = validateFile('docs/provider-template.md').data as Record<string, unknown>;
    const { description: _y, ...yamlFields } = yaml;
    const { description: _m, ...mdFields } = md;
    expect(mdFields).toEqual(yamlFields);
  });
});

describe('docs/fields.md', () => {
  it('is up to date with src/schemas (run npm run docs:fields)', () => {
    expect(readFileSync('docs/fields.md', 'utf8')).toBe(fieldDocsMarkdown(jsonSchemas().provider as never));
  });
  it('documents nested fields with whether they are required', () => {
    const docs = fieldDocs(jsonSchemas().provider as never);
    expect(docs.find((f) => f.path === 'id')?.required).toBe(true);
    expect(docs.find((f) => f.path === 'services[].cost.kind')).toMatchObject({ required: true, kind: "'free' / 'fee' / 'means_tested'" });
    expect(docs.find((f) => f.path === 'locations[].latitude')?.required).toBe(false);
  });
});

describe('CONTRIBUTING.md', () => {
  const text = readFileSync('CONTRIBUTING.md', 'utf8');
  it('explains the Markdown form and how editors get hints for it, in both languages', () => {
    expect(text).toContain('docs/provider-template.md');
    expect(text.match(/remark-lint-frontmatter-schema/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('npm run validate -- --lang ro');
  });

  it('is in Romanian and English and names every top-level field', () => {
    expect(text).toMatch(/## Română/);
    expect(text).toMatch(/## English/);
    const top = fieldDocs(jsonSchemas().provider as never).filter((f) => !f.path.includes('.') && !f.path.includes('['));
    for (const f of top) expect(text, f.path).toContain(`\`${f.path}\``);
  });
});
