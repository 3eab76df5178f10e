/**
 * Every open-data file the site publishes, from one function, so the endpoints, the downloads page
 * and the tests all see the same bytes. Pure: the same content gives the same files.
 */
import { hsdsApi, hsdsTables, HSDS_TABLE_NAMES } from './hsds';
import { providersJson, servicesCsv, servicesGeoJson, type ExportMeta } from './tables';
import type { ExportInput } from './model';

export { dataDate, publicProviders, servicesAtLocations, type ExportInput } from './model';

export type DataFormat = 'json' | 'csv' | 'geojson' | 'hsds';

export interface DataFile {
  /** Path under the site root, without a leading slash: `data/services.csv`. */
  path: string;
  format: DataFormat;
  mediaType: string;
  /** i18n key suffix describing the file on the downloads page (`data.file.<key>`). */
  key: string;
  body: string;
}

/** The HSDS profile we follow: the base specification, no local profile. */
export const HSDS_PROFILE = 'https://github.com/openreferral/specification/tree/3.0';

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** All files under /data/, in the order the downloads page lists them. */
export function exportFiles(input: ExportInput, meta: ExportMeta): DataFile[] {
  const api = hsdsApi(input, HSDS_PROFILE);
  const tables = hsdsTables(input);
  const files: DataFile[] = [
    { path: 'data/providers.json', format: 'json', mediaType: 'application/json', key: 'providers', body: providersJson(input, meta) },
    { path: 'data/services.csv', format: 'csv', mediaType: 'text/csv; charset=utf-8', key: 'servicesCsv', body: servicesCsv(input) },
    { path: 'data/services.geojson', format: 'geojson', mediaType: 'application/geo+json', key: 'geojson', body: servicesGeoJson(input, meta) },
    { path: 'data/hsds/index.json', format: 'hsds', mediaType: 'application/json', key: 'hsdsIndex', body: json(api.index) },
    { path: 'data/hsds/services.json', format: 'hsds', mediaType: 'application/json', key: 'hsdsServices', body: json(api.services) },
    { path: 'data/hsds/organizations.json', format: 'hsds', mediaType: 'application/json', key: 'hsdsOrganizations', body: json(api.organizations) },
    { path: 'data/hsds/service_at_locations.json', format: 'hsds', mediaType: 'application/json', key: 'hsdsServiceAtLocations', body: json(api.service_at_locations) },
    { path: 'data/hsds/taxonomies.json', format: 'hsds', mediaType: 'application/json', key: 'hsdsTaxonomies', body: json(api.taxonomies) },
    { path: 'data/hsds/taxonomy_terms.json', format: 'hsds', mediaType: 'application/json', key: 'hsdsTaxonomyTerms', body: json(api.taxonomy_terms) },
    { path: 'data/hsds/tabular.json', format: 'hsds', mediaType: 'application/json', key: 'hsdsTabular', body: json(Object.fromEntries(HSDS_TABLE_NAMES.map((n) => [`${n}.csv`, tables[n]]))) },
  ];
  return files;
}
