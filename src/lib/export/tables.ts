/** The JSON, CSV and GeoJSON exports: one file each, everything public, nothing confidential. */
import { SITE_EXPORT_COLUMNS } from './columns';
import { toCsv, type CsvValue } from './csv';
import { dataDate, en, isLocated, newestSourceDate, serviceSourceDate, sortedById, ro, servicesAtLocations, type ExportInput } from './model';
import { absoluteUrl, providerPath } from '../routes';
import { addressLine } from '../views/facts';

export interface ExportMeta {
  licence: { name: string; url: string };
}

/** `/data/providers.json`: every provider as published on the site, with the taxonomies. */
export function providersJson(input: ExportInput, meta: ExportMeta): string {
  const providers = sortedById(input.providers);
  return `${JSON.stringify({
    title: 'Social services in Cluj-Napoca: providers',
    licence: meta.licence,
    source: input.siteUrl,
    data_date: dataDate(providers),
    provider_count: providers.length,
    service_count: providers.reduce((n, p) => n + p.services.length, 0),
    // assured_date is present only where a person assured the entry; newest_source_date always says how old the facts are.
    providers: providers.map((p) => ({ ...p, newest_source_date: newestSourceDate(p), url: absoluteUrl(providerPath(p.id), input.siteUrl) })),
    taxonomies: input.taxonomies,
  })}\n`;
}

/** `/data/services.csv`: one row per service at a location (a service without a location has one row). */
export function servicesCsv(input: ExportInput): string {
  const rows: Array<Partial<Record<(typeof SITE_EXPORT_COLUMNS)[number], CsvValue>>> = servicesAtLocations(sortedById(input.providers)).map(({ provider: p, service: s, location: l }) => {
    const phones = s.phones?.length ? s.phones : p.phones ?? [];
    const emails = s.emails?.length ? s.emails : p.emails ?? [];
    return {
      provider_id: p.id,
      provider_name: p.name,
      provider_kind: p.kind,
      service_id: s.id,
      service_name: ro(s.name),
      service_name_en: en(s.name),
      status: s.status,
      service_types: s.service_types.join('; '),
      beneficiary_categories: s.beneficiary_categories.join('; '),
      age_min: s.age_min,
      age_max: s.age_max,
      cost: s.cost?.kind,
      access: s.access?.modes.join('; '),
      capacity: s.capacity ? `${s.capacity.value} ${s.capacity.unit}` : undefined,
      opening_hours: s.hours?.opening_hours,
      phones: phones.map((x) => x.number).join('; '),
      emails: emails.map((x) => x.address).join('; '),
      website: p.website?.url,
      areas_served: s.areas_served?.join('; '),
      location_id: l?.id,
      location_name: ro(l?.name),
      confidential: l ? l.confidential : undefined,
      street: l?.address?.street,
      postal_code: l?.address?.postal_code,
      locality: l?.address?.locality ?? l?.locality,
      county: l?.address?.county,
      area: l?.area,
      latitude: l?.latitude,
      longitude: l?.longitude,
      precision: l?.precision,
      assured_date: p.assured_date,
      newest_source_date: serviceSourceDate(p, s),
      url: absoluteUrl(providerPath(p.id, { service: s.id }), input.siteUrl),
    };
  });
  return toCsv(SITE_EXPORT_COLUMNS, rows);
}

/** `/data/services.geojson`: a point per service at a public location with coordinates. */
export function servicesGeoJson(input: ExportInput, meta: ExportMeta): string {
  const features = servicesAtLocations(sortedById(input.providers))
    .filter((x) => isLocated(x.location))
    .map(({ provider: p, service: s, location }) => {
      const l = location as NonNullable<typeof location> & { latitude: number; longitude: number };
      return {
        type: 'Feature' as const,
        id: `${p.id}/${s.id}/${l.id}`,
        geometry: { type: 'Point' as const, coordinates: [l.longitude, l.latitude] },
        properties: {
          provider_id: p.id,
          provider_name: p.name,
          service_id: s.id,
          service_name: ro(s.name),
          service_name_en: en(s.name),
          status: s.status,
          service_types: s.service_types,
          beneficiary_categories: s.beneficiary_categories,
          location_id: l.id,
          location_name: ro(l.name),
          address: l.address ? addressLine(l.address) : undefined,
          precision: l.precision,
          assured_date: p.assured_date,
          newest_source_date: serviceSourceDate(p, s),
          url: absoluteUrl(providerPath(p.id, { service: s.id }), input.siteUrl),
        },
      };
    });
  return `${JSON.stringify({ type: 'FeatureCollection', licence: meta.licence, data_date: dataDate(input.providers), features })}\n`;
}
