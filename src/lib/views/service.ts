/**
 * How a service reads, in the reader's language: the one presenter behind the provider page's
 * service sections, the shortlist data (compare table, referral sheet) and the JSON-LD.
 */
import type { Lang } from '../../locales';
import type { Service } from '../../schemas/service';
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import type { PublicProvider } from '../confidentiality/public-provider';
import { localize } from '../i18n/localize';
import { makeT } from '../i18n/catalogues';
import { termLabel } from '../catalogue/taxonomy';
import { providerPath, serviceAnchor, termPath } from '../routes';
import { serviceKey, type ServiceKey } from '../shortlist/selection';
import { contentText, languageName, serviceFactTexts } from './facts';
import { emailViews, phoneViews, type EmailView, type PhoneView } from './contact';
import { locationView, type LocationView } from './location';
import { factKindLabels, factSources, oldFactKinds, serviceFacts, type FactSource, type FreshnessContext } from './freshness';

/** The taxonomies, by id, that turn a service's term ids into labels. */
export interface ViewTerms {
  categories: ReadonlyMap<string, TaxonomyTerm>;
  types: ReadonlyMap<string, TaxonomyTerm>;
  areas: ReadonlyMap<string, TaxonomyTerm>;
}

export interface TermLink {
  id: string;
  label: string;
  href: string;
}

export interface ServiceView {
  id: string;
  /** The shortlist's key: `providerId/serviceId`. */
  key: ServiceKey;
  /** The service's section on its provider page. */
  anchor: string;
  /** The provider page, at this service. */
  href: string;
  name: string;
  /** Markdown, as written; `descriptionLang` is set when it is the Romanian fallback. */
  description?: string;
  descriptionLang?: Lang;
  inactive: boolean;
  forWhom: TermLink[];
  types: TermLink[];
  ages?: string;
  eligibility?: string;
  cost?: string;
  access?: string;
  howToRefer?: string;
  documents: string[];
  capacity?: string;
  /** `openingHours` in OpenStreetMap syntax (pages set it as code), and the free-text note. */
  hours?: { openingHours: string; note?: string };
  languages?: string[];
  areas?: string[];
  /** The provider's places where the service is delivered, in the provider's order. */
  locations: LocationView[];
  /** The service's own numbers and addresses (the organisation's are on the provider). */
  phones: PhoneView[];
  emails: EmailView[];
  /** The facts the entry does not give (hours, cost, access, capacity), named for "not known yet: …". */
  unknown: string[];
  /** The sources that describe the service, as read beside it (empty without a freshness context). */
  sources: FactSource[];
  /** The source of each fact that has its own. */
  factSources: { hours?: FactSource; cost?: FactSource; access?: FactSource; capacity?: FactSource };
  /** The facts shown for the service that rest on old information, in words ("address, phone"). */
  oldFacts: string[];
  /** Some fact shown for the service is old: the old-data mark. */
  stale: boolean;
}

/**
 * One service in the reader's language. With `fresh`, every fact carries its source and the old
 * ones are named; JSON-LD leaves it out (it states the facts, not their age).
 */
export function serviceView(p: PublicProvider, s: Service, lang: Lang, terms: ViewTerms, fresh?: FreshnessContext): ServiceView {
  const t = makeT(lang);
  const facts = fresh ? factSources(p.sources, lang, fresh) : undefined;
  const oldKinds = fresh ? oldFactKinds(serviceFacts(p, s), p.sources, fresh) : [];
  const link = (field: 'beneficiary_categories' | 'service_types', map: ReadonlyMap<string, TaxonomyTerm>) => (id: string): TermLink => ({ id, label: termLabel(map, id, lang), href: termPath(field, id, { lang }) });
  const unknown: string[] = [];
  if (!s.hours) unknown.push(t('service.hours'));
  if (!s.cost) unknown.push(t('service.cost'));
  if (!s.access) unknown.push(t('service.access'));
  if (!s.capacity) unknown.push(t('service.capacity'));

  const view: ServiceView = {
    id: s.id,
    key: serviceKey(p.id, s.id),
    anchor: serviceAnchor(s.id),
    href: providerPath(p.id, { lang, service: s.id }),
    name: localize(s.name, lang) ?? s.id,
    inactive: s.status === 'inactive',
    forWhom: s.beneficiary_categories.map(link('beneficiary_categories', terms.categories)),
    types: s.service_types.map(link('service_types', terms.types)),
    documents: (s.documents ?? []).map((d) => localize(d, lang)).filter((d): d is string => d !== undefined),
    locations: (p.locations ?? []).filter((l) => s.locations?.includes(l.id)).map((l) => locationView(l, lang, facts)),
    phones: phoneViews(s.phones, lang, facts),
    emails: emailViews(s.emails, facts),
    unknown,
    sources: facts ? s.sources.map((id) => facts(id)).filter((x): x is FactSource => x !== undefined) : [],
    factSources: {},
    oldFacts: factKindLabels(oldKinds, lang),
    stale: oldKinds.length > 0,
  };
  for (const fact of ['hours', 'cost', 'access', 'capacity'] as const) {
    const source = facts?.(s[fact]?.source);
    if (source) view.factSources[fact] = source;
  }
  const description = contentText(s.description, lang);
  if (description.text) view.description = description.text;
  if (description.lang) view.descriptionLang = description.lang;
  Object.assign(view, serviceFactTexts(s, lang, t));
  if (s.hours) view.hours = s.hours.note ? { openingHours: s.hours.opening_hours, note: s.hours.note } : { openingHours: s.hours.opening_hours };
  if (s.languages?.length) view.languages = s.languages.map((code) => languageName(code, lang));
  if (s.areas_served?.length) view.areas = s.areas_served.map((id) => termLabel(terms.areas, id, lang));
  return view;
}
