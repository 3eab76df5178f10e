/**
 * What the shortlist, compare table and referral sheet show about one service, in the reader's
 * language. The build writes one language-neutral file per provider (provider-file.ts,
 * /data/shortlist/<providerId>.json); the browser words it with `localizeReferral`, and so does the
 * build here (for tests and for anything that needs the worded form on the server).
 *
 * Input is a `PublicProvider`, so a confidential address cannot get here; a confidential place
 * carries its contact route instead.
 */
import type { PublicProvider } from '../confidentiality/public-provider';
import type { Service } from '../../schemas/service';
import type { Lang } from '../../locales';
import type { ServiceView, ViewTerms } from '../views/service';
import type { LocationView } from '../views/location';
import type { EmailView, PhoneView } from '../views/contact';
import type { FreshnessView } from '../views/freshness';
import { makeT } from '../i18n/catalogues';
import { localizeReferral, neutralService, SHORTLIST_FILE_VERSION, type TermLabels } from './provider-file';

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

/** The labels `localizeReferral` needs, from the taxonomies, in one language. */
export function termLabels(terms: Pick<ReferralTerms, 'categories' | 'types'>, lang: Lang): TermLabels {
  const pick = (m: ReferralTerms['categories']) => Object.fromEntries([...m].map(([id, t]) => [id, t.label[lang]]));
  return { categories: pick(terms.categories), types: pick(terms.types) };
}

/**
 * One service as the referral views show it, in one language: the language-neutral file's service
 * (provider-file.ts) worded by `localizeReferral`, exactly as the browser words it.
 */
export function referralService(p: PublicProvider, s: Service, lang: Lang, terms: ReferralTerms, asOf: string, staleAfterMonths: number): ReferralService {
  const file = { v: SHORTLIST_FILE_VERSION, id: p.id, name: p.name, ...(p.alternate_name ? { alternate_name: p.alternate_name } : {}), services: [neutralService(p, s, asOf, staleAfterMonths, (id) => terms.areas.get(id)?.label)] };
  return localizeReferral(file, lang, makeT(lang), termLabels(terms, lang))[0]!;
}

/** What the referral views show about one provider, in one language (the browser builds the same from the neutral file). */
export function referralProviderFile(p: PublicProvider, lang: Lang, terms: ReferralTerms, asOf: string, staleAfterMonths: number): ReferralProviderFile {
  return { v: 1, lang, id: p.id, name: p.name, services: p.services.map((s) => referralService(p, s, lang, terms, asOf, staleAfterMonths)) };
}
