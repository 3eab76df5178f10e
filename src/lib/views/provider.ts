/**
 * How a provider page reads: the organisation, its contacts, places, services, sources and how
 * fresh the information is, in the reader's language. The page lays this out and nothing more.
 */
import type { Lang } from '../../locales';
import type { PublicProvider } from '../confidentiality/public-provider';
import type { Source } from '../../schemas/source';
import { makeT } from '../i18n/catalogues';
import { formatDate } from '../i18n/translator';
import { providerPath } from '../routes';
import { emailViews, phoneViews, type EmailView, type PhoneView } from './contact';
import { contentText } from './facts';
import { factSources, freshnessView, oldFactKinds, providerFacts, providerIsStale, serviceIsStale, sourceAnchor, type FactSource, type FreshnessContext, type FreshnessView } from './freshness';
import { localize } from '../i18n/localize';
import { termLabel } from '../catalogue/taxonomy';
import { reviewStatus } from '../review/cycle';
import { locationView, type LocationView } from './location';
import { serviceView, type ServiceView, type ViewTerms } from './service';

export interface SourceView {
  id: string;
  /** The source's item in the page's list of sources. */
  anchor: string;
  title: string;
  url?: string;
  /** The source's own date and the day it was read, in words: "20 January 2026, read 30 November 2026", or "undated". */
  date: string;
  /**
   * What only a maintainer needs (the seed's file name, the registry file and record id), in words:
   * pages put it in a details disclosure, so citizens read titles and dates.
   */
  details?: string;
}

export interface ProviderView {
  id: string;
  name: string;
  alternateName?: string;
  /** The provider page in the reader's language. */
  href: string;
  /** Public authority, NGO…, in words. */
  kind: string;
  /** Markdown, as written; `descriptionLang` is set when it is the Romanian fallback. */
  description?: string;
  descriptionLang?: Lang;
  phones: PhoneView[];
  emails: EmailView[];
  website?: string;
  websiteSource?: FactSource;
  legalId?: string;
  /** No service is documented: the page says so plainly and invites the organisation to add them. */
  undocumented: boolean;
  locations: LocationView[];
  services: ServiceView[];
  sources: SourceView[];
  freshness: FreshnessView;
}

/** What the provider page needs besides the provider: labels for term ids, and the date freshness is judged at. */
export interface ProviderViewOptions extends FreshnessContext {
  terms: ViewTerms;
}

/** A source's dates in words: its own date, the day it was read, or "undated". */
export function sourceDates(s: Source, lang: Lang): string {
  const t = makeT(lang);
  const parts: string[] = [];
  if (s.date) parts.push(formatDate(s.date, lang));
  if (s.accessed) parts.push(t('source.fact.read', { date: formatDate(s.accessed, lang) }));
  return parts.length ? parts.join(', ') : t('provider.undated');
}

/** The file name and record id of a source, for the maintainers' details; undefined when it has neither. */
export function sourceDetails(s: Source, lang: Lang): string | undefined {
  const t = makeT(lang);
  const parts: string[] = [];
  if (s.file) parts.push(t('source.file', { file: s.file }));
  if (s.record) parts.push(t('source.record', { record: s.record }));
  return parts.length ? parts.join(', ') : undefined;
}

export function providerView(p: PublicProvider, lang: Lang, o: ProviderViewOptions): ProviderView {
  const t = makeT(lang);
  const facts = factSources(p.sources, lang, o);
  const view: ProviderView = {
    id: p.id,
    name: p.name,
    href: providerPath(p.id, { lang }),
    kind: t(`kind.${p.kind}`),
    phones: phoneViews(p.phones, lang, facts),
    emails: emailViews(p.emails, facts),
    locations: (p.locations ?? []).map((l) => locationView(l, lang, facts)),
    services: p.services.map((s) => serviceView(p, s, lang, o.terms, o)),
    sources: p.sources.map((s) => {
      const details = sourceDetails(s, lang);
      return { id: s.id, anchor: sourceAnchor(s.id), title: s.title, ...(s.url ? { url: s.url } : {}), date: sourceDates(s, lang), ...(details ? { details } : {}) };
    }),
    freshness: freshnessView(p, p.sources, providerIsStale(p, o), o, lang),
    undocumented: p.services.length === 0,
  };
  if (p.alternate_name) view.alternateName = p.alternate_name;
  const description = contentText(p.description, lang);
  if (description.text) view.description = description.text;
  if (description.lang) view.descriptionLang = description.lang;
  if (p.website) {
    view.website = p.website.url;
    const source = facts(p.website.source);
    if (source) view.websiteSource = source;
  }
  if (p.legal_id) view.legalId = p.legal_id;
  return view;
}

/** One row of a list of providers (home, county, category and service-type pages). */
export interface ProviderSummaryView {
  id: string;
  name: string;
  alternateName?: string;
  href: string;
  kind: string;
  /** The services the list is about (a term page's matches, else all), each with its old-data mark. */
  services: Array<{ id: string; name: string; href: string; stale: boolean }>;
  /** Who the listed services are for, as labels. */
  forWhom: string[];
  /** The organisation's first number, with its label ("Head office, Bucharest"). */
  phone?: PhoneView;
  /** Some fact shown for the listed services, or the organisation's own, is old. */
  stale: boolean;
  /** The entry's complete review is late or was never done. */
  reviewOverdue: boolean;
}

export interface SummaryOptions extends FreshnessContext {
  categories: ViewTerms['categories'];
  /** When listing a category or service-type page, only the services that match. */
  serviceIds?: readonly string[];
}

export function providerSummaryView(p: PublicProvider, lang: Lang, o: SummaryOptions): ProviderSummaryView {
  const services = o.serviceIds ? p.services.filter((s) => o.serviceIds!.includes(s.id)) : p.services;
  const listed = services.map((s) => ({ id: s.id, name: localize(s.name, lang) ?? s.id, href: providerPath(p.id, { lang, service: s.id }), stale: serviceIsStale(p, s, o) }));
  const phone = phoneViews(p.phones?.slice(0, 1), lang)[0];
  const view: ProviderSummaryView = {
    id: p.id,
    name: p.name,
    href: providerPath(p.id, { lang }),
    kind: makeT(lang)(`kind.${p.kind}`),
    services: listed,
    forWhom: [...new Set(services.flatMap((s) => s.beneficiary_categories))].map((id) => termLabel(o.categories, id, lang)),
    stale: listed.some((s) => s.stale) || (!o.serviceIds && oldFactKinds(providerFacts(p), p.sources, o).length > 0),
    reviewOverdue: reviewStatus(p, o.asOf).state === 'overdue',
  };
  if (p.alternate_name) view.alternateName = p.alternate_name;
  if (phone) view.phone = phone;
  return view;
}
