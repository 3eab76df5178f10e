import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFile } from './helpers';
import { providerSchema } from '../../src/schemas/provider';
import { z } from 'zod';

const fixtures = (kind: 'valid' | 'invalid') => readdirSync(join('tests/fixtures', kind)).filter((f) => f.endsWith('.yaml')).map((f) => join('tests/fixtures', kind, f));

describe('provider schema: valid fixtures', () => {
  for (const file of fixtures('valid')) {
    it(`accepts ${file}`, () => {
      expect(validateFile(file).problems).toEqual([]);
    });
  }
});

describe('provider schema: one invalid fixture per common mistake', () => {
  const files = fixtures('invalid');
  it('has fixtures', () => expect(files.length).toBeGreaterThanOrEqual(10));
  for (const file of files) {
    const expected = /^# expect: (.*)$/m.exec(readFileSync(file, 'utf8'))?.[1];
    it(`rejects ${file} with "${expected}"`, () => {
      expect(expected, 'fixture must state its expected message').toBeTruthy();
      const { problems } = validateFile(file);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join('\n')).toContain(expected!);
    });
  }
});

describe('friendly errors', () => {
  it('name the file, the line and the field', () => {
    const { problems } = validateFile('tests/fixtures/invalid/bad-hours.yaml');
    expect(problems[0]).toMatch(/^bad-hours\.yaml:\d+:\d+ services\[0\]\.hours\.opening_hours: /);
  });

  it('point at the line of an unknown field', () => {
    const { problems } = validateFile('tests/fixtures/invalid/misspelt-field.yaml');
    const text = readFileSync('tests/fixtures/invalid/misspelt-field.yaml', 'utf8').split('\n');
    const line = Number(/:(\d+):/.exec(problems[0]!)?.[1]);
    expect(text[line - 1]).toMatch(/^phone:/);
  });

  it('report every problem of a file, not only the first', () => {
    const text = readFileSync('tests/fixtures/valid/minimal-ngo.yaml', 'utf8').replace('kind: ngo', 'kind: charity\nfoo: 1').replace("assured_date: '2026-01-15'", "assured_date: 'yesterday'");
    const path = join(mkdtempSync(join(tmpdir(), 'fixture-')), 'minimal-ngo.yaml');
    writeFileSync(path, text);
    const { problems } = validateFile(path);
    expect(problems.some((p) => p.includes("kind: 'charity' must be"))).toBe(true);
    expect(problems.some((p) => p.includes('foo: is not a field'))).toBe(true);
    expect(problems.some((p) => p.includes('assured_date: must be a date written as YYYY-MM-DD'))).toBe(true);
  });
});

describe('JSON Schema for editors', () => {
  it('describes every field of the provider with a description', () => {
    const schema = z.toJSONSchema(providerSchema, { io: 'input', unrepresentable: 'any' }) as { properties: Record<string, { description?: string }> };
    for (const [key, prop] of Object.entries(schema.properties)) expect(prop.description, key).toBeTruthy();
  });
});
