/**
 * Every open-data file the site publishes, from one function, so the endpoints, the downloads page
 * and the tests all see the same bytes. Pure: the same content gives the same files.
 */
import { hsdsApi, hsdsTables, HSDS_PAGE_SIZE, HSDS_TABLE_NAMES } from './hsds';

export { HSDS_PAGE_SIZE } from './hsds';
import { providersJson, servicesCsv, servicesGeoJson, type ExportMeta } from './tables';
import type { ExportInput } from './model';
import type { TranslationKey } from '../i18n/translator';

export { dataDate, type ExportInput } from './model';

export type DataFormat = 'json' | 'csv' | 'geojson' | 'hsds';

/** The files the catalogues describe (`data.file.<key>`): a file without a description does not compile. */
export type DataFileKey = TranslationKey extends infer K ? (K extends `data.file.${infer Key}` ? Key : never) : never;

export interface DataFile {
  /** Path under the site root, without a leading slash: `data/services.csv`. */
  path: string;
  format: DataFormat;
  mediaType: string;
  /** i18n key suffix describing the file on the downloads page (`data.file.<key>`). */
  key: DataFileKey;
  /**
   * The file's text, made when asked and not kept: national files are hundreds of megabytes, and
   * holding every one at once would not fit in a build's memory.
   */
  body(): string;
  /** For a list published in pages (HSDS lists of more than HSDS_PAGE_SIZE records): this file's page. */
  page?: { number: number; total: number };
}

/** The HSDS profile we follow: the base specification, no local profile. */
export const HSDS_PROFILE = 'https://github.com/openreferral/specification/tree/3.0';

// Compact: the national files are hundreds of megabytes, and indentation would add a third.
const json = (v: unknown) => `${JSON.stringify(v)}\n`;

/**
 * The path of page `n` of an HSDS list: the first page keeps the plain name (`data/hsds/services.json`,
 * what a reader or a script asks for first), the next ones go beside it (`data/hsds/services/2.json`).
 */
export function hsdsPagePath(name: string, n: number): string {
  return n === 1 ? `data/hsds/${name}.json` : `data/hsds/${name}/${n}.json`;
}

/** The files the downloads page lists: every file, but only the first page of a list in pages. */
export function listedExportFiles(files: readonly DataFile[]): DataFile[] {
  return files.filter((f) => !f.page || f.page.number === 1);
}

/** All files under /data/, in the order the downloads page lists them (pages of a list together). */
export function exportFiles(input: ExportInput, meta: ExportMeta & { hsdsPageSize?: number }): DataFile[] {
  const tables = hsdsTables(input);
  const api = hsdsApi(input, HSDS_PROFILE, tables, meta.hsdsPageSize ?? HSDS_PAGE_SIZE);
  const list = (name: keyof Omit<typeof api, 'index'>, key: DataFileKey): DataFile[] => api[name].map((page) => ({
    path: hsdsPagePath(name, page.page_number), format: 'hsds', mediaType: 'application/json', key, body: () => json(page),
    page: page.total_pages > 1 ? { number: page.page_number, total: page.total_pages } : undefined,
  }));
  return [
    { path: 'data/providers.json', format: 'json', mediaType: 'application/json', key: 'providers', body: () => providersJson(input, meta) },
    { path: 'data/services.csv', format: 'csv', mediaType: 'text/csv; charset=utf-8', key: 'servicesCsv', body: () => servicesCsv(input) },
    { path: 'data/services.geojson', format: 'geojson', mediaType: 'application/geo+json', key: 'geojson', body: () => servicesGeoJson(input, meta) },
    { path: 'data/hsds/index.json', format: 'hsds', mediaType: 'application/json', key: 'hsdsIndex', body: () => json(api.index) },
    ...list('services', 'hsdsServices'),
    ...list('organizations', 'hsdsOrganizations'),
    ...list('service_at_locations', 'hsdsServiceAtLocations'),
    ...list('taxonomies', 'hsdsTaxonomies'),
    ...list('taxonomy_terms', 'hsdsTaxonomyTerms'),
    { path: 'data/hsds/tabular.json', format: 'hsds', mediaType: 'application/json', key: 'hsdsTabular', body: () => json(Object.fromEntries(HSDS_TABLE_NAMES.map((n) => [`${n}.csv`, tables[n]]))) },
  ];
}
