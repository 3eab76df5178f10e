/**
 * One language-neutral shortlist file per provider (/data/shortlist/<providerId>.json) and the one
 * function that words it in a reader's language. The build writes the files outside Astro's page
 * pipeline (src/build/integrations.ts), one per provider instead of one per provider and language;
 * the shortlist and referral sheet islands fetch them and call `localizeReferral` with the strings
 * and term labels their page picked for them. The build's own `referralService` (service-view.ts)
 * is the same two steps, so the server and the browser cannot word a service differently.
 *
 * Facts are worded by the presenters of src/lib/views/facts.ts, which take a translator and no
 * catalogue, so this module stays small enough for an island. Input is a `PublicProvider`: a
 * confidential place carries its contact route, never an address or coordinates.
 */
import type { Lang } from '../../locales';
import type { LocalizedText } from '../../schemas/common';
import type { Service } from '../../schemas/service';
import type { PublicProvider } from '../confidentiality/public-provider';
import type { KeysWithPrefix, Translate } from '../i18n/translator';
import { formatDate } from '../i18n/translator';
import { localize } from '../i18n/localize';
import { providerPath } from '../routes';
import { serviceKey } from './selection';
import { accessibilityText, addressLine, addressQuery, contentText, languageName, serviceFactTexts } from '../views/facts';
import { directionsHref, emailViews, phoneViews } from '../views/contact';
import { contactSegments } from '../views/contact-text';
import { informationDate, oldFactKinds, serviceFacts, type FactKind } from '../views/freshness';
import { reviewStatus, type ReviewState } from '../review/cycle';
import type { ReferralPlace, ReferralService } from './service-view';

/** Bump when the file's shape changes, so a page never misreads an old cached file. */
export const SHORTLIST_FILE_VERSION = 2 as const;

export interface NeutralPlace {
  name?: LocalizedText;
  confidential: boolean;
  /** Public places: the address line, the same in every language. */
  address?: string;
  directions?: string;
  accessibility?: NonNullable<PublicProvider['locations']>[number]['accessibility'];
  /** Confidential places: how to reach the service without its address. */
  contactRoute?: LocalizedText;
}

/** A service's facts, as the content states them: texts in every language they were written in, terms by id. */
export interface NeutralService {
  id: string;
  name: LocalizedText;
  inactive?: true;
  categories: string[];
  types: string[];
  age_min?: number;
  age_max?: number;
  eligibility?: LocalizedText;
  cost?: Pick<NonNullable<Service['cost']>, 'kind' | 'details'>;
  documents: LocalizedText[];
  access?: Pick<NonNullable<Service['access']>, 'modes' | 'how_to_refer'>;
  capacity?: Pick<NonNullable<Service['capacity']>, 'value' | 'unit'>;
  languages?: string[];
  /** The areas served, with their labels (a few per service; the islands do not carry the whole taxonomy). */
  areas?: Array<Record<Lang, string>>;
  hours?: { opening_hours: string; note?: string };
  places: NeutralPlace[];
  /** The service's own numbers first, then the organisation's, each once. */
  phones: Array<{ number: string; label?: LocalizedText; free?: true }>;
  emails: string[];
  /** The kinds of fact shown for the service that rest on old information (views/freshness.ts). */
  oldFacts: FactKind[];
  stale: boolean;
  /** ISO dates; the reader's language formats them. */
  assured?: string;
  oldestSource?: string;
  newestSource?: string;
  review: { state: ReviewState; lastReview?: string; due?: string; intervalMonths: number };
}

export interface ShortlistProviderFile {
  v: typeof SHORTLIST_FILE_VERSION;
  id: string;
  name: string;
  alternate_name?: string;
  services: NeutralService[];
}

/** The strings `localizeReferral` words facts with: what the shortlist islands' pages pick for them. */
export type ReferralT = Translate<KeysWithPrefix<'service.' | 'provider.' | 'fact.'>>;

/** Labels of the beneficiary categories and service types in the reader's language, by id. */
export interface TermLabels {
  categories: Readonly<Record<string, string>>;
  types: Readonly<Record<string, string>>;
}

function neutralPlace(l: NonNullable<PublicProvider['locations']>[number]): NeutralPlace {
  if (l.confidential) return { ...(l.name ? { name: l.name } : {}), confidential: true, ...(l.contact_route ? { contactRoute: l.contact_route } : {}) };
  const place: NeutralPlace = { ...(l.name ? { name: l.name } : {}), confidential: false };
  if (l.address) place.address = addressLine(l.address);
  // The same call as the location presenter (views/location.ts), so both link to the same place.
  const directions = directionsHref({ latitude: l.latitude, longitude: l.longitude, precision: l.precision, query: addressQuery(l.address) });
  if (directions) place.directions = directions;
  if (l.accessibility) place.accessibility = l.accessibility;
  return place;
}

/** One service, language-neutral. `areaLabels` gives the labels of the areas it names. */
export function neutralService(p: PublicProvider, s: Service, asOf: string, staleAfterMonths: number, areaLabels: (id: string) => Record<Lang, string> | undefined): NeutralService {
  const refs = serviceFacts(p, s);
  const oldFacts = oldFactKinds(refs, p.sources, { asOf, staleAfterMonths });
  const cited = new Set(refs.map((r) => r.source));
  const dates = p.sources.filter((src) => cited.has(src.id)).map(informationDate).filter((d): d is string => d !== undefined).sort();
  const review = reviewStatus(p, asOf);
  const phones = [...(s.phones ?? []), ...(p.phones ?? [])].filter((ph, i, all) => all.findIndex((x) => x.number === ph.number) === i);
  const emails = [...(s.emails ?? []), ...(p.emails ?? [])].map((e) => e.address).filter((a, i, all) => all.indexOf(a) === i);
  const out: NeutralService = {
    id: s.id,
    name: s.name,
    categories: s.beneficiary_categories,
    types: s.service_types,
    documents: s.documents ?? [],
    places: (p.locations ?? []).filter((l) => s.locations?.includes(l.id)).map(neutralPlace),
    phones: phones.map((ph) => ({ number: ph.number, ...(ph.label ? { label: ph.label } : {}), ...(ph.free ? { free: true as const } : {}) })),
    emails,
    oldFacts,
    stale: oldFacts.length > 0,
    review: { state: review.state, ...(review.lastReview ? { lastReview: review.lastReview } : {}), ...(review.dueDate ? { due: review.dueDate } : {}), intervalMonths: review.intervalMonths },
  };
  if (s.status === 'inactive') out.inactive = true;
  if (s.age_min !== undefined) out.age_min = s.age_min;
  if (s.age_max !== undefined) out.age_max = s.age_max;
  if (s.eligibility) out.eligibility = s.eligibility;
  if (s.cost) out.cost = s.cost.details ? { kind: s.cost.kind, details: s.cost.details } : { kind: s.cost.kind };
  if (s.access) out.access = s.access.how_to_refer ? { modes: s.access.modes, how_to_refer: s.access.how_to_refer } : { modes: s.access.modes };
  if (s.capacity) out.capacity = { value: s.capacity.value, unit: s.capacity.unit };
  if (s.languages?.length) out.languages = s.languages;
  if (s.areas_served?.length) out.areas = s.areas_served.map((id) => areaLabels(id) ?? { ro: id, en: id, hu: id });
  if (s.hours) out.hours = s.hours.note ? { opening_hours: s.hours.opening_hours, note: s.hours.note } : { opening_hours: s.hours.opening_hours };
  if (p.assured_date) out.assured = p.assured_date;
  if (dates.length) {
    out.oldestSource = dates[0];
    out.newestSource = dates.at(-1);
  }
  return out;
}

/** The file for one provider; undefined for a provider without documented services (it gets no file). */
export function shortlistProviderFile(p: PublicProvider, asOf: string, staleAfterMonths: number, areaLabels: (id: string) => Record<Lang, string> | undefined): ShortlistProviderFile | undefined {
  if (p.services.length === 0) return undefined;
  return {
    v: SHORTLIST_FILE_VERSION,
    id: p.id,
    name: p.name,
    ...(p.alternate_name ? { alternate_name: p.alternate_name } : {}),
    services: p.services.map((s) => neutralService(p, s, asOf, staleAfterMonths, areaLabels)),
  };
}

function localizePlace(pl: NeutralPlace, lang: Lang, t: ReferralT): ReferralPlace {
  const name = localize(pl.name, lang);
  if (pl.confidential) {
    // As the location presenter: the Romanian text for want of a translation, marked with its language.
    const route = contentText(pl.contactRoute, lang);
    return { name, confidential: true, contactRoute: route.text, contactRouteParts: route.text ? contactSegments(route.text) : undefined, ...(route.lang ? { contactRouteLang: route.lang } : {}) };
  }
  return { name, confidential: false, address: pl.address, directions: pl.directions, accessibility: accessibilityText(pl.accessibility, lang, t) };
}

/**
 * The services of a file as the shortlist, compare table and referral sheet show them, in `lang`.
 * `t` needs the `service.`, `provider.` and `fact.` strings; `labels` the category and type labels.
 */
export function localizeReferral(file: ShortlistProviderFile, lang: Lang, t: ReferralT, labels: TermLabels): ReferralService[] {
  const providerName = file.alternate_name ? `${file.name} (${file.alternate_name})` : file.name;
  return file.services.map((s) => {
    const view: ReferralService = {
      key: serviceKey(file.id, s.id),
      id: s.id,
      name: localize(s.name, lang) ?? s.id,
      providerId: file.id,
      providerName,
      url: providerPath(file.id, { lang, service: s.id }),
      forWhom: s.categories.map((id) => labels.categories[id] ?? id),
      types: s.types.map((id) => labels.types[id] ?? id),
      documents: s.documents.map((d) => localize(d, lang)).filter((d): d is string => d !== undefined),
      places: s.places.map((pl) => localizePlace(pl, lang, t)),
      phones: phoneViews(s.phones.map((ph) => ({ ...ph, source: '' })), lang),
      emails: emailViews(s.emails.map((address) => ({ address, source: '' }))),
      stale: s.stale,
      oldFacts: s.oldFacts.map((k) => t(`fact.${k}`)),
      review: {
        state: s.review.state,
        intervalMonths: s.review.intervalMonths,
        ...(s.review.lastReview ? { lastReview: formatDate(s.review.lastReview, lang) } : {}),
        ...(s.review.due ? { due: formatDate(s.review.due, lang) } : {}),
      },
    };
    if (s.assured) view.assured = formatDate(s.assured, lang);
    if (s.oldestSource) view.oldestSource = formatDate(s.oldestSource, lang);
    if (s.inactive) view.inactive = true;
    Object.assign(view, serviceFactTexts(s, lang, t));
    if (s.hours) {
      view.hours = s.hours.opening_hours;
      if (s.hours.note) view.hoursNote = s.hours.note;
    }
    if (s.languages) view.languages = s.languages.map((code) => languageName(code, lang));
    if (s.areas) view.areas = s.areas.map((a) => a[lang]);
    if (s.newestSource) view.newestSource = formatDate(s.newestSource, lang);
    return view;
  });
}
