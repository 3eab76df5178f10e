/**
 * What the shortlist, compare table and referral sheet show about one service, already in the
 * reader's language: the build turns each provider into one small JSON file per language
 * (/data/shortlist/<lang>/<providerId>.json), and the browser only lays it out.
 *
 * Input is a `PublicProvider`, so a confidential address cannot get here; a confidential place
 * carries its contact route instead.
 */
import type { PublicProvider, PublicLocation } from '../confidentiality/public-provider';
import type { Service } from '../../schemas/service';
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import { LOCALE, formatDate, localePath, localize, makeT, type Lang } from '../i18n/translate';
import { termLabel } from '../catalogue/taxonomy';
import { directionsHref, mailtoHref, telHref } from '../views/contact';
import { freshness } from '../views/freshness';
import { serviceKey, type ServiceKey } from './selection';

export interface ReferralPlace {
  name?: string;
  confidential: boolean;
  /** Street, postal code, locality; absent for confidential places. */
  address?: string;
  /** For confidential places: how to reach the service without its address. */
  contactRoute?: string;
  directions?: string;
  /** Accessibility, in words, when a source states it. */
  accessibility?: string;
}

export interface ReferralService {
  key: ServiceKey;
  id: string;
  name: string;
  providerId: string;
  providerName: string;
  /** The provider page, at this service. */
  url: string;
  inactive?: true;
  forWhom: string[];
  types: string[];
  ages?: string;
  eligibility?: string;
  cost?: string;
  documents: string[];
  access?: string;
  howToRefer?: string;
  capacity?: string;
  hours?: string;
  hoursNote?: string;
  languages?: string[];
  areas?: string[];
  places: ReferralPlace[];
  /** The service's own numbers first, then the organisation's. */
  phones: Array<{ number: string; href: string; label?: string }>;
  emails: Array<{ address: string; href: string }>;
  /** Formatted dates: when the entry was checked, and the newest source the service cites. */
  assured: string;
  newestSource?: string;
  stale: boolean;
}

export interface ReferralProviderFile {
  v: 1;
  lang: Lang;
  id: string;
  name: string;
  services: ReferralService[];
}

export interface ReferralTerms {
  categories: ReadonlyMap<string, TaxonomyTerm>;
  types: ReadonlyMap<string, TaxonomyTerm>;
  areas: ReadonlyMap<string, TaxonomyTerm>;
}

function place(l: PublicLocation, lang: Lang, t: ReturnType<typeof makeT>): ReferralPlace {
  const name = localize(l.name, lang);
  if (l.confidential) return { name, confidential: true, contactRoute: localize(l.contact_route, lang) };
  const a = l.address;
  const address = a ? `${a.street}, ${a.postal_code ? `${a.postal_code} ` : ''}${a.locality}, ${a.county}` : undefined;
  const accessibility = l.accessibility?.wheelchair
    ? `${t(`provider.wheelchair.${l.accessibility.wheelchair}`)}${l.accessibility.note ? ` — ${localize(l.accessibility.note, lang)}` : ''}`
    : localize(l.accessibility?.note, lang);
  return {
    name,
    confidential: false,
    address,
    directions: directionsHref({ latitude: l.latitude, longitude: l.longitude, query: a ? `${a.street}, ${a.locality}` : undefined }),
    accessibility,
  };
}

/** One service as the referral views need it. */
export function referralService(p: PublicProvider, s: Service, lang: Lang, terms: ReferralTerms, asOf: string, staleAfterMonths: number): ReferralService {
  const t = makeT(lang);
  const languageName = new Intl.DisplayNames([LOCALE[lang]], { type: 'language', fallback: 'code' });
  const sources = p.sources.filter((src) => s.sources.includes(src.id));
  const fresh = freshness(sources, p.assured_date, asOf, staleAfterMonths);
  const locations = (p.locations ?? []).filter((l) => s.locations?.includes(l.id));
  const phones = [...(s.phones ?? []), ...(p.phones ?? [])]
    .filter((ph, i, all) => all.findIndex((x) => x.number === ph.number) === i)
    .map((ph) => ({ number: ph.number, href: telHref(ph.number), ...(ph.label ? { label: localize(ph.label, lang) } : {}) }));
  const emails = [...(s.emails ?? []), ...(p.emails ?? [])]
    .filter((e, i, all) => all.findIndex((x) => x.address === e.address) === i)
    .map((e) => ({ address: e.address, href: mailtoHref(e.address) }));
  const ages = s.age_min !== undefined && s.age_max !== undefined ? t('service.agesRange', { min: s.age_min, max: s.age_max })
    : s.age_min !== undefined ? t('service.agesFrom', { min: s.age_min })
    : s.age_max !== undefined ? t('service.agesTo', { max: s.age_max }) : undefined;

  const view: ReferralService = {
    key: serviceKey(p.id, s.id),
    id: s.id,
    name: localize(s.name, lang) ?? s.id,
    providerId: p.id,
    providerName: p.alternate_name ? `${p.name} (${p.alternate_name})` : p.name,
    url: localePath(lang, `/providers/${p.id}/#service-${s.id}`),
    forWhom: s.beneficiary_categories.map((id) => termLabel(terms.categories, id, lang)),
    types: s.service_types.map((id) => termLabel(terms.types, id, lang)),
    documents: (s.documents ?? []).map((d) => localize(d, lang)).filter((d): d is string => d !== undefined),
    places: locations.map((l) => place(l, lang, t)),
    phones,
    emails,
    assured: formatDate(fresh.assuredDate, lang),
    stale: fresh.stale,
  };
  if (s.status === 'inactive') view.inactive = true;
  if (ages) view.ages = ages;
  if (s.eligibility) view.eligibility = localize(s.eligibility, lang);
  if (s.cost) view.cost = `${t(`service.cost.${s.cost.kind}`)}${s.cost.details ? ` — ${localize(s.cost.details, lang)}` : ''}`;
  if (s.access) {
    view.access = s.access.modes.map((m) => t(`service.access.${m}`)).join(', ');
    if (s.access.how_to_refer) view.howToRefer = localize(s.access.how_to_refer, lang);
  }
  if (s.capacity) view.capacity = t(`service.capacity.${s.capacity.unit}`, { count: s.capacity.value });
  if (s.hours) {
    view.hours = s.hours.opening_hours;
    if (s.hours.note) view.hoursNote = s.hours.note;
  }
  if (s.languages?.length) view.languages = s.languages.map((code) => languageName.of(code) ?? code);
  if (s.areas_served?.length) view.areas = s.areas_served.map((id) => termLabel(terms.areas, id, lang));
  if (fresh.newestSourceDate) view.newestSource = formatDate(fresh.newestSourceDate, lang);
  return view;
}

/** The JSON file for one provider in one language. */
export function referralProviderFile(p: PublicProvider, lang: Lang, terms: ReferralTerms, asOf: string, staleAfterMonths: number): ReferralProviderFile {
  return { v: 1, lang, id: p.id, name: p.name, services: p.services.map((s) => referralService(p, s, lang, terms, asOf, staleAfterMonths)) };
}

export { referralDataPath } from './selection';
