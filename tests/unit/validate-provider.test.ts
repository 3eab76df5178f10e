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

  it('warns, without refusing, about an active service nobody can reach from the directory', () => {
    const r = validateProviderText(minimal, opts);
    expect(r.problems).toEqual([]);
    expect(r.warnings.map(formatProblem)).toEqual([
      "content/providers/minimal-ngo.yaml:9:5 services[0]: 'consiliere' has no phone, e-mail or website (its own or the organisation's) and no contact route: people cannot reach it from this directory; add a contact from a source",
    ]);
    const withPhone = minimal.replace('services:', "phones:\n  - { number: '0700 000 001', source: site }\nservices:");
    expect(validateProviderText(withPhone, opts).warnings).toEqual([]);
    expect(validateProviderText(minimal.replace('    sources: [site]', '    status: inactive\n    sources: [site]'), opts).warnings).toEqual([]);
  });

  it('refuses a contact route with nothing to dial, unless the organisation publishes its own contacts', () => {
    const route = readFileSync('tests/fixtures/invalid/contact-route-unreachable.yaml', 'utf8');
    const file = { ...opts, file: 'content/providers/contact-route-unreachable.yaml' };
    expect(validateProviderText(route, file).problems.map(formatProblem)).toEqual([
      "content/providers/contact-route-unreachable.yaml:15:11 locations[0].contact_route.en: names no way to reach the service: write in it a phone number (112 alone reaches the emergency services, not this service) or an e-mail address, like 'Sunați la 0264 000 000', or give the organisation's phones or emails",
    ]);
    // The Romanian route names a number: the shelter is reachable, so no warning on top of the refusal.
    expect(validateProviderText(route, file).warnings).toEqual([]);
    const withEmail = route.replace('sources:', 'emails:\n  - { address: ajutor@example.org, source: site }\nsources:');
    expect(validateProviderText(withEmail, file).problems).toEqual([]);
  });

  it('names a file without its folder and extension', () => {
    expect(fileStem('content/providers/a-b.yaml')).toBe('a-b');
    expect(fileStem('content\\providers\\a-b.yml')).toBe('a-b');
    expect(fileStem('a-b')).toBe('a-b');
  });
});
