/**
 * The confidentiality gate: what `publicProvider` keeps of a confidential place, and the brand that
 * makes every output ask for its result. The `@ts-expect-error` lines are checked by `tsc` and
 * `astro check` (npm test): if the brand were removed, a raw provider would be accepted, the
 * directive would be unused, and the type check would fail.
 */
import { describe, expect, it } from 'vitest';
import { publicLocation, publicProvider } from '../../src/lib/confidentiality/public-provider';
import { exportFiles } from '../../src/lib/export';
import { buildSearchIndex } from '../../src/lib/search/build-index';
import { providerMapPoints } from '../../src/lib/map/points';
import { referralProviderFile } from '../../src/lib/shortlist/service-view';
import type { Provider } from '../../src/schemas/provider';
import type { Location } from '../../src/schemas/location';
import { realContent, validateFile } from './helpers';
import { META } from './export-fixtures';

const full = validateFile('tests/fixtures/valid/full-provider.yaml').data as Provider;

/** A confidential place carrying everything the schema forbids there, as a bug upstream could leave it. */
const leaky: Location = {
  id: 'adapost',
  name: 'Adăpost',
  confidential: true,
  contact_route: 'Sunați la numărul fundației.',
  locality: 'Cluj-Napoca',
  area: 'centru',
  address: { street: 'Strada Secretă nr. 13', postal_code: '400999', locality: 'Cluj-Napoca', county: 'Cluj' },
  latitude: 46.712345,
  longitude: 23.654321,
  precision: 'exact',
  accessibility: { wheelchair: 'yes', note: 'Intrarea din curtea de la nr. 13', source: 'site' },
  source: 'site',
};

describe('publicProvider', () => {
  it('keeps of a confidential place only its id, name, contact route, locality and area', () => {
    expect(publicLocation(leaky)).toEqual({
      id: 'adapost', name: 'Adăpost', confidential: true, contact_route: 'Sunați la numărul fundației.', locality: 'Cluj-Napoca', area: 'centru',
    });
  });

  it('strips the place inside a provider and leaves public places and everything else as they are', () => {
    const raw: Provider = { ...full, locations: [...full.locations!.filter((l) => !l.confidential), leaky] };
    const gated = publicProvider(raw);
    const text = JSON.stringify(gated);
    for (const secret of ['Strada Secretă', '400999', '46.712345', '23.654321', 'curtea de la nr. 13']) expect(text).not.toContain(secret);
    expect(gated.locations![0]).toEqual(raw.locations![0]);
    expect({ ...gated, locations: undefined }).toEqual({ ...raw, locations: undefined });
  });

  it('leaves a provider without places as it is', () => {
    const { locations: _, ...noPlaces } = full;
    expect(publicProvider(noPlaces)).toEqual(noPlaces);
  });
});

describe('the brand', () => {
  it('makes every output refuse a provider that skipped the gate (checked by tsc, not at run time)', () => {
    const raw = realContent.providers.map((p) => p.data);
    const taxonomies = realContent.taxonomies;
    // Never called: the point is that each line below does not compile without `publicProvider`.
    const rawIntoOutputs = () => [
      // @ts-expect-error a provider as loaded is not a PublicProvider
      exportFiles({ providers: raw, taxonomies, siteUrl: 'https://x.test' }, META),
      // @ts-expect-error a provider as loaded is not a PublicProvider
      buildSearchIndex({ providers: raw, ...taxonomies, lang: 'ro', buildDate: '2026-11-25', staleAfterMonths: 24 }),
      // @ts-expect-error a provider as loaded is not a PublicProvider
      providerMapPoints(raw[0]!, 'ro'),
      // @ts-expect-error a provider as loaded is not a PublicProvider
      referralProviderFile(raw[0]!, 'ro', undefined as never, '2026-11-25', 12),
    ];
    expect(typeof rawIntoOutputs).toBe('function');
    // The same calls compile once the providers pass the gate.
    const gated = raw.map(publicProvider);
    expect(exportFiles({ providers: gated, taxonomies, siteUrl: 'https://x.test' }, META).length).toBeGreaterThan(0);
    expect(buildSearchIndex({ providers: gated, ...taxonomies, lang: 'ro', buildDate: '2026-11-25', staleAfterMonths: 24 }).rows.length).toBeGreaterThan(0);
  });
});
