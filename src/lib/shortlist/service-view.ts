/**
 * What the shortlist, compare table and referral sheet show about one service, already in the
 * reader's language: the build turns each provider into one small JSON file per language
 * (/data/shortlist/<lang>/<providerId>.json), and the browser only lays it out.
 *
 * Input is a `PublicProvider`, so a confidential address cannot get here; a confidential place
 * carries its contact route instead.
 */
import type { PublicProvider } from '../confidentiality/public-provider';
import type { Service } from '../../schemas/service';
import type { Lang } from '../../locales';
import { serviceView, type ServiceView, type ViewTerms } from '../views/service';
import type { LocationView } from '../views/location';
import { serviceContacts, type EmailView, type PhoneView } from '../views/contact';
import { freshnessView, serviceFacts, type FreshnessView } from '../views/freshness';

/** A place, as the location presenter words it: a confidential one has a contact route and no address. */
export type ReferralPlace = Pick<LocationView, 'name' | 'confidential' | 'address' | 'contactRoute' | 'contactRouteParts' | 'contactRouteLang' | 'directions' | 'accessibility'>;

/**
 * The wire form of one service: the service presenter's text (see ServiceView for each field), the
 * organisation's contacts merged in, and the dates of the sources behind what is shown (`stale` and
 * `oldFacts` say which facts are old).
 */
export interface ReferralService extends Pick<ServiceView, 'key' | 'id' | 'name' | 'ages' | 'eligibility' | 'cost' | 'documents' | 'access' | 'howToRefer' | 'capacity' | 'languages' | 'areas' | 'oldFacts'>, FreshnessView {
  providerId: string;
  providerName: string;
  /** The provider page, at this service. */
  url: string;
  inactive?: true;
  forWhom: string[];
  types: string[];
  hours?: string;
  hoursNote?: string;
  places: ReferralPlace[];
  /** The service's own numbers first, then the organisation's. */
  phones: PhoneView[];
  emails: EmailView[];
}

export interface ReferralProviderFile {
  v: 1;
  lang: Lang;
  id: string;
  name: string;
  services: ReferralService[];
}

export type ReferralTerms = ViewTerms;

/** A place as the referral views show it: a confidential one carries its contact route, never an address. */
function place(l: LocationView): ReferralPlace {
  if (l.confidential) return { name: l.name, confidential: true, contactRoute: l.contactRoute, contactRouteParts: l.contactRouteParts, ...(l.contactRouteLang ? { contactRouteLang: l.contactRouteLang } : {}) };
  return { name: l.name, confidential: false, address: l.address, directions: l.directions, accessibility: l.accessibility };
}

/** One service as the referral views need it: the service presenter's text, with the organisation's contacts added. */
export function referralService(p: PublicProvider, s: Service, lang: Lang, terms: ReferralTerms, asOf: string, staleAfterMonths: number): ReferralService {
  const ctx = { asOf, staleAfterMonths };
  const v = serviceView(p, s, lang, terms, ctx);
  const cited = new Set(serviceFacts(p, s).map((r) => r.source));
  const fresh = freshnessView(p, p.sources.filter((src) => cited.has(src.id)), v.stale, ctx, lang);
  const { phones, emails } = serviceContacts(p, s, lang);

  const view: ReferralService = {
    key: v.key,
    id: v.id,
    name: v.name,
    providerId: p.id,
    providerName: p.alternate_name ? `${p.name} (${p.alternate_name})` : p.name,
    url: v.href,
    forWhom: v.forWhom.map((x) => x.label),
    types: v.types.map((x) => x.label),
    documents: v.documents,
    places: v.locations.map(place),
    phones,
    emails,
    stale: fresh.stale,
    oldFacts: v.oldFacts,
    review: fresh.review,
  };
  if (fresh.assured) view.assured = fresh.assured;
  if (fresh.oldestSource) view.oldestSource = fresh.oldestSource;
  if (v.inactive) view.inactive = true;
  if (v.ages) view.ages = v.ages;
  if (v.eligibility !== undefined) view.eligibility = v.eligibility;
  if (v.cost) view.cost = v.cost;
  if (v.access) {
    view.access = v.access;
    if (v.howToRefer !== undefined) view.howToRefer = v.howToRefer;
  }
  if (v.capacity) view.capacity = v.capacity;
  if (v.hours) {
    view.hours = v.hours.openingHours;
    if (v.hours.note) view.hoursNote = v.hours.note;
  }
  if (v.languages) view.languages = v.languages;
  if (v.areas) view.areas = v.areas;
  if (fresh.newestSource) view.newestSource = fresh.newestSource;
  return view;
}

/** The JSON file for one provider in one language. */
export function referralProviderFile(p: PublicProvider, lang: Lang, terms: ReferralTerms, asOf: string, staleAfterMonths: number): ReferralProviderFile {
  return { v: 1, lang, id: p.id, name: p.name, services: p.services.map((s) => referralService(p, s, lang, terms, asOf, staleAfterMonths)) };
}

