/**
 * How a provider page reads: the organisation, its contacts, places, services, sources and how
 * fresh the information is, in the reader's language. The page lays this out and nothing more.
 */
import type { Lang } from '../../locales';
import type { PublicProvider } from '../confidentiality/public-provider';
import { makeT } from '../i18n/catalogues';
import { formatDate } from '../i18n/translator';
import { providerPath } from '../routes';
import { emailViews, phoneViews, type EmailView, type PhoneView } from './contact';
import { contentText } from './facts';
import { freshnessView, type FreshnessView } from './freshness';
import { locationView, type LocationView } from './location';
import { serviceView, type ServiceView, type ViewTerms } from './service';

export interface SourceView {
  id: string;
  /** The source's item in the page's list of sources. */
  anchor: string;
  title: string;
  url?: string;
  file?: string;
  record?: string;
  /** The source's date, formatted, or "undated". */
  date: string;
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
  legalId?: string;
  locations: LocationView[];
  services: ServiceView[];
  sources: SourceView[];
  freshness: FreshnessView;
}

/** What the provider page needs besides the provider: labels for term ids, and the date freshness is judged at. */
export interface ProviderViewOptions {
  terms: ViewTerms;
  /** The build date (YYYY-MM-DD). */
  asOf: string;
  staleAfterMonths: number;
}

export function providerView(p: PublicProvider, lang: Lang, o: ProviderViewOptions): ProviderView {
  const t = makeT(lang);
  const view: ProviderView = {
    id: p.id,
    name: p.name,
    href: providerPath(p.id, { lang }),
    kind: t(`kind.${p.kind}`),
    phones: phoneViews(p.phones, lang),
    emails: emailViews(p.emails),
    locations: (p.locations ?? []).map((l) => locationView(l, lang)),
    services: p.services.map((s) => serviceView(p, s, lang, o.terms)),
    sources: p.sources.map((s) => ({
      id: s.id,
      anchor: `source-${s.id}`,
      title: s.title,
      ...(s.url ? { url: s.url } : {}),
      ...(s.file ? { file: s.file } : {}),
      ...(s.record ? { record: s.record } : {}),
      date: s.date ? formatDate(s.date, lang) : t('provider.undated'),
    })),
    freshness: freshnessView(p.sources, p.assured_date, o.asOf, o.staleAfterMonths, lang),
  };
  if (p.alternate_name) view.alternateName = p.alternate_name;
  const description = contentText(p.description, lang);
  if (description.text) view.description = description.text;
  if (description.lang) view.descriptionLang = description.lang;
  if (p.website) view.website = p.website.url;
  if (p.legal_id) view.legalId = p.legal_id;
  return view;
}
