/**
 * What every export starts from: the providers after the confidentiality gate, sorted by id, and
 * the flat list of services at locations that the CSV and GeoJSON share.
 */
import type { Service } from '../../schemas/service';
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import type { LocalizedText } from '../../schemas/common';
import type { PublicLocation, PublicProvider } from '../confidentiality/public-provider';
import { informationDate, newestDate, serviceFacts } from '../views/freshness';

export interface ExportTaxonomies {
  beneficiaryCategories: TaxonomyTerm[];
  serviceTypes: TaxonomyTerm[];
  areas: TaxonomyTerm[];
}

export interface ExportInput {
  /** Providers after the confidentiality gate: the type admits nothing that skipped `publicProvider`. */
  providers: readonly PublicProvider[];
  taxonomies: ExportTaxonomies;
  /**
   * The deployed site's address without a trailing slash, for links back to each page (SITE.url).
   * Without it the JSON, CSV and GeoJSON link with root-relative paths, and HSDS, whose URI fields
   * must be absolute, leaves those fields out.
   */
  siteUrl?: string;
}

/** A sorted copy by id, so output never depends on load order. */
export function sortedById(providers: ExportInput['providers']): PublicProvider[] {
  return [...providers].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The data date: the newest information date of any source (its own date, else the day it was
 * read), so the same content always says the same date.
 */
export function dataDate(providers: ExportInput['providers']): string {
  return providers.reduce((max, p) => { const d = newestSourceDate(p); return d && d > max ? d : max; }, '0000-00-00');
}

/** A provider's newest information date (every fact it states), or undefined when no source is dated. */
export function newestSourceDate(p: PublicProvider): string | undefined {
  return p.sources.map(informationDate).filter((d): d is string => d !== undefined).sort().at(-1);
}

/** A service's newest information date: the sources of what it is, its facts, places and the contacts shown for it. */
export function serviceSourceDate(p: PublicProvider, s: Service): string | undefined {
  return newestDate(serviceFacts(p, s), p.sources);
}

/** Romanian text (the content language) of a localized field. */
export function ro(text: LocalizedText | undefined): string | undefined {
  if (text === undefined) return undefined;
  return typeof text === 'string' ? text : text.ro;
}

/** English text when the content gives one. */
export function en(text: LocalizedText | undefined): string | undefined {
  return text === undefined || typeof text === 'string' ? undefined : text.en;
}

/** One service at one location; `location` is absent for services delivered by phone or online. */
export interface ServiceAtLocation {
  provider: PublicProvider;
  service: Service;
  location?: PublicLocation;
}

/** Every service once per location it names, or once without a location when it names none. */
export function servicesAtLocations(providers: PublicProvider[]): ServiceAtLocation[] {
  const out: ServiceAtLocation[] = [];
  for (const provider of providers) {
    const byId = new Map((provider.locations ?? []).map((l) => [l.id, l]));
    for (const service of provider.services) {
      const locations = (service.locations ?? []).map((id) => byId.get(id)).filter((l): l is PublicLocation => l !== undefined);
      if (locations.length === 0) out.push({ provider, service });
      else for (const location of locations) out.push({ provider, service, location });
    }
  }
  return out;
}

/** True when a location may be put on a map: public and with coordinates. */
export function isLocated(l: PublicLocation | undefined): l is PublicLocation & { latitude: number; longitude: number } {
  return l !== undefined && !l.confidential && l.latitude !== undefined && l.longitude !== undefined;
}
