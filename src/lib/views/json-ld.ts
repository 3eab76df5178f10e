/**
 * schema.org JSON-LD for provider pages, so that search engines and assistants can answer "who
 * helps with this, where" from the page. Built from the public provider only: a confidential
 * location contributes nothing, not even a name.
 */
import type { PublicProvider } from '../confidentiality/public-provider';
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import type { Lang } from '../../locales';
import { localize } from '../i18n/localize';
import { serviceView } from './service';

const TYPE: Record<PublicProvider['kind'], string> = {
  public: 'GovernmentOrganization',
  ngo: 'NGO',
  // schema.org has no type for a religious organisation that is not a place of worship.
  religious: 'Organization',
  private: 'Organization',
};

export interface JsonLdOptions {
  /** Absolute URL of the provider page. */
  pageUrl: string;
  lang: Lang;
  categories: ReadonlyMap<string, TaxonomyTerm>;
  serviceTypes: ReadonlyMap<string, TaxonomyTerm>;
  areas: ReadonlyMap<string, TaxonomyTerm>;
}

/** The provider as a schema.org Organization (or GovernmentOrganization / NGO) with its services as offers. */
export function providerJsonLd(p: PublicProvider, o: JsonLdOptions): Record<string, unknown> {
  const places = (p.locations ?? []).filter((l) => !l.confidential && l.address).map((l) => ({
    '@type': 'Place',
    name: localize(l.name, o.lang),
    address: {
      '@type': 'PostalAddress',
      streetAddress: l.address!.street,
      postalCode: l.address!.postal_code,
      addressLocality: l.address!.locality,
      addressRegion: l.address!.county,
      addressCountry: 'RO',
    },
    geo: l.latitude !== undefined && l.longitude !== undefined ? { '@type': 'GeoCoordinates', latitude: l.latitude, longitude: l.longitude } : undefined,
  }));
  const terms = { categories: o.categories, types: o.serviceTypes, areas: o.areas };
  const offers = p.services.filter((s) => s.status === 'active').map((s) => {
    const v = serviceView(p, s, o.lang, terms);
    return {
      '@type': 'Offer',
      ...(s.cost?.kind === 'free' ? { price: '0', priceCurrency: 'RON' } : {}),
      itemOffered: {
        '@type': 'Service',
        '@id': `${o.pageUrl}#${v.anchor}`,
        name: v.name,
        description: v.description,
        serviceType: v.types.map((x) => x.label),
        audience: v.forWhom.map((x) => ({ '@type': 'Audience', audienceType: x.label })),
        areaServed: v.areas,
        url: `${o.pageUrl}#${v.anchor}`,
      },
    };
  });
  return {
    '@context': 'https://schema.org',
    '@type': TYPE[p.kind],
    '@id': `${o.pageUrl}#organization`,
    name: p.name,
    alternateName: p.alternate_name,
    description: localize(p.description, o.lang),
    url: p.website?.url ?? o.pageUrl,
    mainEntityOfPage: o.pageUrl,
    email: p.emails?.[0]?.address,
    telephone: p.phones?.map((ph) => ph.number),
    taxID: p.legal_id,
    location: places.length ? places : undefined,
    hasOfferCatalog: offers.length ? { '@type': 'OfferCatalog', name: p.name, itemListElement: offers } : undefined,
  };
}

/**
 * Serialises JSON-LD for a `<script type="application/ld+json">` element. `<`, `>` and `&` are
 * written as \u escapes (still the same JSON), so no content can close the script element or open
 * a comment; U+2028/U+2029 likewise, for old parsers.
 */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
