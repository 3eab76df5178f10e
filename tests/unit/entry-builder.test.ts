import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildEntry, emptyForm, slugify, type EntryForm } from '../../src/lib/ingest/entry-builder';
import { realContent, TODAY, validateFile } from './helpers';

const taxonomies = {
  beneficiaryCategories: realContent.taxonomies.beneficiaryCategories.map((t) => t.id),
  serviceTypes: realContent.taxonomies.serviceTypes.map((t) => t.id),
  areas: realContent.taxonomies.areas.map((t) => t.id),
};

function filled(overrides: Partial<EntryForm> = {}): EntryForm {
  return {
    ...emptyForm(TODAY),
    id: 'asociatia-test', name: 'Asociația Test', description: 'Sprijin pentru familii.', website: 'https://example.org', email: 'contact@example.org', phone: '0264 111 222',
    source_title: 'Pagina de contact', source_url: 'https://example.org/contact', location_name: 'Sediu', street: 'Strada Exemplu nr. 1', postal_code: '400001',
    service_name: 'Consiliere pentru părinți', service_types: ['counselling'], beneficiary_categories: ['children-and-families'], cost: 'free', access: ['appointment'], hours: 'Mo-Fr 09:00-17:00',
    ...overrides,
  };
}

describe('entry builder', () => {
  it('makes ids from names', () => {
    expect(slugify('Asociația „Sf. Ioan” Cluj')).toBe('asociatia-sf-ioan-cluj');
    expect(slugify('  --Fundația  Ștefan & Țara--  ')).toBe('fundatia-stefan-tara');
  });

  it('a complete form gives a file that passes the same checks as npm run validate', () => {
    const result = buildEntry(filled(), taxonomies, TODAY);
    expect(result.errors).toEqual({});
    expect(result.valid).toBe(true);
    expect(result.fileName).toBe('content/providers/asociatia-test.yaml');
    const dir = mkdtempSync(join(tmpdir(), 'builder-'));
    const file = join(dir, 'asociatia-test.yaml');
    writeFileSync(file, result.yaml);
    expect(validateFile(file).problems).toEqual([]);
    expect(result.yaml).toMatch(/^assured_date: '\d{4}-\d{2}-\d{2}'$/m);
  });

  it('a self-declared source needs no web address, and a form without a street has no location', () => {
    const result = buildEntry(filled({ source_kind: 'self', source_url: '', street: '' }), taxonomies, TODAY);
    expect(result.errors).toEqual({});
    expect(result.yaml).not.toContain('locations:');
  });

  it('puts each friendly error on its field', () => {
    const { errors, valid } = buildEntry(filled({ email: 'contact@', hours: 'Mo-Fr 8-16', postal_code: '4000', service_types: ['counseling'] }), taxonomies, TODAY);
    expect(valid).toBe(false);
    expect(errors.email).toEqual(["is not a valid e-mail address; write it like 'contact@example.ro'"]);
    expect(errors.hours).toEqual(["'Mo-Fr 8-16' is not valid opening hours; write 'Mo-Fr 08:00-16:00'"]);
    expect(errors.postal_code).toEqual(["must be a Romanian postal code of 6 digits, like '400133'"]);
  });

  it('checks taxonomy ids once the schema passes, with a suggestion', () => {
    const { errors } = buildEntry(filled({ service_types: ['counseling'] }), taxonomies, TODAY);
    expect(errors.service_types?.[0]).toMatch(/'counseling' is not a known id.*did you mean 'counselling'/);
  });

  it('an empty form lists what is required', () => {
    const { errors } = buildEntry(emptyForm(TODAY), taxonomies, TODAY);
    expect(Object.keys(errors).sort()).toEqual(['beneficiary_categories', 'id', 'name', 'service_name', 'service_types', 'source_title'].sort());
  });
});
