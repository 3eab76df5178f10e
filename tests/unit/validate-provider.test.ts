/** validateProviderText: the one check of one provider file that the build, validate, the entry builder and the tests share. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileStem, validateProviderText } from '../../src/lib/ingest/validate-provider';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';
import { realContent, TODAY } from './helpers';

const minimal = readFileSync('tests/fixtures/valid/minimal-ngo.yaml', 'utf8');
const opts = { file: 'content/providers/minimal-ngo.yaml', taxonomies: realContent.taxonomies, today: TODAY };
const messages = (text: string, o: Partial<typeof opts> & { expectedId?: string } = {}) => validateProviderText(text, { ...opts, ...o }).problems.map(formatProblem);

describe('validateProviderText', () => {
  it('returns the provider and no problems for a valid file', () => {
    const r = validateProviderText(minimal, opts);
    expect(r.problems).toEqual([]);
    expect(r.provider?.id).toBe('minimal-ngo');
    // Defaults filled in by the schema, as the build sees them.
    expect(r.provider?.services[0]!.status).toBe('active');
  });

  it('gives no provider for text that is not YAML, with the line', () => {
    const r = validateProviderText('name: [unclosed\n', opts);
    expect(r.provider).toBeUndefined();
    expect(r.problems.map(formatProblem)[0]).toMatch(/^content\/providers\/minimal-ngo\.yaml:\d+:\d+ is not valid YAML: /);
  });

  it('checks the id against the file name, or against the id it is given', () => {
    expect(messages(minimal, { file: 'content/providers/other.yml' })).toEqual([
      "content/providers/other.yml:2:5 id: is 'minimal-ngo' but the file is named 'other'; the id must equal the file name (rename one of them)",
    ]);
    expect(messages(minimal, { file: 'content/providers/other.yaml', expectedId: 'minimal-ngo' })).toEqual([]);
  });

  it('checks taxonomy ids and dates, and keeps the provider when only those checks fail', () => {
    const text = minimal.replace('[counselling]', '[counseling]').replace("assured_date: '2026-01-15'", "assured_date: '2099-01-01'");
    const r = validateProviderText(text, opts);
    expect(r.provider?.id).toBe('minimal-ngo');
    expect(r.problems.map(formatProblem)).toEqual([
      `content/providers/minimal-ngo.yaml:5:15 assured_date: is 2099-01-01, in the future (today is ${TODAY}); write the day the entry was checked`,
      "content/providers/minimal-ngo.yaml:11:21 services[0].service_types[0]: 'counseling' is not a known id in content/taxonomy/service-types.yaml; did you mean 'counselling'?",
    ]);
  });

  it('skips the taxonomy and date checks when given no taxonomies (they are broken themselves)', () => {
    const text = minimal.replace('[counselling]', '[counseling]').replace('id: minimal-ngo', 'id: other');
    expect(messages(text, { taxonomies: undefined })).toEqual([]);
  });

  it('names a file without its folder and extension', () => {
    expect(fileStem('content/providers/a-b.yaml')).toBe('a-b');
    expect(fileStem('content\\providers\\a-b.yml')).toBe('a-b');
    expect(fileStem('a-b')).toBe('a-b');
  });
});
