/** Content for the export tests: the real content folder plus the full fixture, with a planted secret. */
import { loadContent } from '../../src/build/content-files';
import type { Provider } from '../../src/schemas/provider';
import { publicProvider } from '../../src/lib/confidentiality/public-provider';
import type { ExportInput } from '../../src/lib/export';
import { REAL_TODAY as TODAY, validateFile } from './helpers';

export const SITE_URL = 'https://example.test';
export const META = { licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } };

/** A confidential address and coordinates that must never appear in any export. */
export const SECRET = { street: 'Strada Secretă nr. 13', postal_code: '400999', latitude: 46.712345, longitude: 23.654321 };

/**
 * Loads the content folder afresh (no caching) and adds the full fixture, whose confidential
 * location is then given an address and coordinates the way a careless edit or a bug upstream
 * could: bypassing the schema, which would reject it. The providers then pass the gate, as in
 * src/collections/directory.ts; `loaded` keeps them as they were before it.
 */
export function freshInput(): ExportInput & { loaded: Provider[] } {
  const content = loadContent('content', TODAY);
  if (content.problems.length) throw new Error(`content has problems: ${content.problems.map((p) => p.message).join('; ')}`);
  const full = validateFile('tests/fixtures/valid/full-provider.yaml').data as Provider;
  const shelter = full.locations!.find((l) => l.confidential)!;
  Object.assign(shelter, { address: { street: SECRET.street, postal_code: SECRET.postal_code, locality: 'Cluj-Napoca', county: 'Cluj' }, latitude: SECRET.latitude, longitude: SECRET.longitude, precision: 'exact' });
  const loaded = [...content.providers.map((p) => p.data), full];
  return { providers: loaded.map(publicProvider), loaded, taxonomies: content.taxonomies, siteUrl: SITE_URL };
}
