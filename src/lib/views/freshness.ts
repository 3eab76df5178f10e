/**
 * How old each fact is, so that every page, list, island and export can say it. Every fact names
 * the source that states it; the fact is as old as that source (its own date, else the day it was
 * read), whatever the entry's assured_date says: checking an old document does not make it new.
 * The old-data mark (SITE.staleAfterMonths) is decided fact by fact, so a 2016 address is marked
 * even when the page's newest source is from this year.
 */
import type { Source } from '../../schemas/source';
import type { Service } from '../../schemas/service';
import type { Lang } from '../../locales';
import { formatDate } from '../i18n/translator';
import { makeT } from '../i18n/catalogues';
import { monthsBetween } from '../dates';
import { reviewStatus, type ReviewState, type Reviewable } from '../review/cycle';

/** The day freshness is judged at (the build day) and the age past which information is old. */
export interface FreshnessContext {
  asOf: string;
  staleAfterMonths: number;
}

/**
 * The day a source's information is from: its own date (a document, an extract, a dated page),
 * else the day a person read it (a live page says what is true that day).
 */
export function informationDate(s: Pick<Source, 'date' | 'accessed'>): string | undefined {
  return s.date ?? s.accessed;
}

/** True when a dated piece of information is older than the old-data age; an undated one is not called old. */
export function isOld(date: string | undefined, ctx: FreshnessContext): boolean {
  return date !== undefined && monthsBetween(date, ctx.asOf) >= ctx.staleAfterMonths;
}

/** The id of a source's item in the provider page's list of sources. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** The kinds of fact that carry their own source, named as the content report and the marks name them. */
export const FACT_KINDS = ['description', 'address', 'accessibility', 'phone', 'email', 'website', 'hours', 'cost', 'access', 'capacity'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/** One fact and the id of the source that states it. */
export interface FactRef {
  fact: FactKind;
  source: string;
}

interface SourcedProvider {
  sources: readonly Source[];
  phones?: ReadonlyArray<{ source: string }>;
  emails?: ReadonlyArray<{ source: string }>;
  website?: { source: string };
  locations?: ReadonlyArray<{ id: string; source?: string; accessibility?: { source: string } }>;
}

function locationFacts(l: NonNullable<SourcedProvider['locations']>[number]): FactRef[] {
  const refs: FactRef[] = [];
  if (l.source) refs.push({ fact: 'address', source: l.source });
  if (l.accessibility) refs.push({ fact: 'accessibility', source: l.accessibility.source });
  return refs;
}

/** The organisation's own facts: its contacts and every place. */
export function providerFacts(p: SourcedProvider): FactRef[] {
  return [
    ...(p.phones ?? []).map((x) => ({ fact: 'phone' as const, source: x.source })),
    ...(p.emails ?? []).map((x) => ({ fact: 'email' as const, source: x.source })),
    ...(p.website ? [{ fact: 'website' as const, source: p.website.source }] : []),
    ...(p.locations ?? []).flatMap(locationFacts),
  ];
}

/**
 * What a person reads about one service and acts on: what it is (its sources), its hours, cost,
 * access and capacity, its places, and the ways to reach it (its own phones and e-mails, else the
 * organisation's, which are the ones lists and the referral sheet show for it).
 */
export function serviceFacts(p: SourcedProvider, s: Pick<Service, 'sources' | 'hours' | 'cost' | 'access' | 'capacity' | 'phones' | 'emails' | 'locations'>): FactRef[] {
  const refs: FactRef[] = s.sources.map((source) => ({ fact: 'description', source }));
  for (const fact of ['hours', 'cost', 'access', 'capacity'] as const) {
    const v = s[fact];
    if (v) refs.push({ fact, source: v.source });
  }
  const phones = s.phones?.length ? s.phones : p.phones ?? [];
  const emails = s.emails?.length ? s.emails : p.emails ?? [];
  refs.push(...phones.map((x) => ({ fact: 'phone' as const, source: x.source })), ...emails.map((x) => ({ fact: 'email' as const, source: x.source })));
  for (const id of s.locations ?? []) {
    const l = p.locations?.find((x) => x.id === id);
    if (l) refs.push(...locationFacts(l));
  }
  return refs;
}

/** The newest information date among the sources of some facts (undefined when none is dated). */
export function newestDate(refs: readonly FactRef[], sources: readonly Source[]): string | undefined {
  const byId = new Map(sources.map((s) => [s.id, s]));
  let newest: string | undefined;
  for (const r of refs) {
    const s = byId.get(r.source);
    const d = s && informationDate(s);
    if (d && (!newest || d > newest)) newest = d;
  }
  return newest;
}

/**
 * The kinds of fact that rest on old information, each once, in FACT_KINDS order. What a service
 * is counts as old only when every source describing it is (a newer page re-describes it); any
 * other fact is old when its own source is.
 */
export function oldFactKinds(refs: readonly FactRef[], sources: readonly Source[], ctx: FreshnessContext): FactKind[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const old = (r: FactRef) => { const s = byId.get(r.source); return s !== undefined && isOld(informationDate(s), ctx); };
  const kinds = new Set<FactKind>();
  const description = refs.filter((r) => r.fact === 'description');
  if (description.length > 0 && description.every(old)) kinds.add('description');
  for (const r of refs) if (r.fact !== 'description' && old(r)) kinds.add(r.fact);
  return FACT_KINDS.filter((k) => kinds.has(k));
}

/** True when any fact shown for the service is old: the mark in search results, lists, the compare table and the sheet. */
export function serviceIsStale(p: SourcedProvider, s: Parameters<typeof serviceFacts>[1], ctx: FreshnessContext): boolean {
  return oldFactKinds(serviceFacts(p, s), p.sources, ctx).length > 0;
}

/** True when any fact on the provider's page is old: its contacts, its places or any service. */
export function providerIsStale(p: SourcedProvider & { services: ReadonlyArray<Parameters<typeof serviceFacts>[1]> }, ctx: FreshnessContext): boolean {
  return oldFactKinds(providerFacts(p), p.sources, ctx).length > 0 || p.services.some((s) => serviceIsStale(p, s, ctx));
}

/** A source as a reader sees it beside a fact: what it is, how old, and a link to the page's list of sources. */
export interface FactSource {
  id: string;
  anchor: string;
  /** "from the 2016 licensing registry", "dasmclujnapoca.ro, read 18 August 2026". */
  text: string;
  /** The information date (YYYY-MM-DD), when the source has one. */
  date?: string;
  /** True when the information is older than the old-data age. */
  old: boolean;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/**
 * A source in a few words, for beside a fact: the registry by its year, a web page by its site and
 * the day it was read, a document by its title and date. File names and record ids are not here:
 * they belong to the details of the page's list of sources.
 * @example factSourceText({ id: 'f', kind: 'web', title: '…', url: 'https://dasmclujnapoca.ro/formulare/', accessed: '2026-08-18' }, 'en')
 *   // 'dasmclujnapoca.ro, read 18 August 2026'
 */
export function factSourceText(s: Source, lang: Lang): string {
  const t = makeT(lang);
  const day = (iso: string) => formatDate(iso, lang);
  switch (s.kind) {
    case 'registry':
      return s.date ? t('source.fact.registry', { year: s.date.slice(0, 4) }) : t('source.fact.registryUndated');
    case 'self':
      return s.date ? t('source.fact.self', { date: day(s.date) }) : t('source.fact.selfUndated');
    case 'web': {
      const parts = [s.url ? hostOf(s.url) : s.title];
      if (s.date) parts.push(day(s.date));
      if (s.accessed) parts.push(t('source.fact.read', { date: day(s.accessed) }));
      if (!s.date && !s.accessed) parts.push(t('provider.undated'));
      return parts.join(', ');
    }
    default:
      return `${s.title}, ${s.date ? day(s.date) : t('provider.undated')}`;
  }
}

/** Turns a fact's source id into what is shown beside the fact, for one provider in one language. */
export type FactSources = (id: string | undefined) => FactSource | undefined;

export function factSources(sources: readonly Source[], lang: Lang, ctx: FreshnessContext): FactSources {
  const views = new Map<string, FactSource>();
  for (const s of sources) {
    const date = informationDate(s);
    views.set(s.id, { id: s.id, anchor: sourceAnchor(s.id), text: factSourceText(s, lang), ...(date ? { date } : {}), old: isOld(date, ctx) });
  }
  return (id) => (id === undefined ? undefined : views.get(id));
}

/** The fact kinds in the reader's language ("hours", "address"), for "old information: address, phone". */
export function factKindLabels(kinds: readonly FactKind[], lang: Lang): string[] {
  const t = makeT(lang);
  return kinds.map((k) => t(`fact.${k}`));
}

/** An entry's dates as its page states them. */
export interface FreshnessView {
  /** The day a person confirmed the facts, formatted; absent when nobody did (then the page says so). */
  assured?: string;
  /** The oldest and newest information dates among the entry's sources, formatted (equal when one). */
  oldestSource?: string;
  newestSource?: string;
  /** Some fact on the page is older than the old-data age: the page says so at the top. */
  stale: boolean;
  review: ReviewView;
}

export interface ReviewView {
  state: ReviewState;
  /** The last complete review, formatted. */
  lastReview?: string;
  /** When the next complete review is due, formatted. */
  due?: string;
  intervalMonths: number;
}

export function reviewView(p: Reviewable, asOf: string, lang: Lang): ReviewView {
  const r = reviewStatus(p, asOf);
  const view: ReviewView = { state: r.state, intervalMonths: r.intervalMonths };
  if (r.lastReview) view.lastReview = formatDate(r.lastReview, lang);
  if (r.dueDate) view.due = formatDate(r.dueDate, lang);
  return view;
}

/**
 * The dates of an entry, or of the part of it a list shows: `sources` are the sources that state
 * the facts shown, `stale` whether any of those facts is old (see providerIsStale, serviceIsStale).
 */
export function freshnessView(entry: Reviewable & { assured_date?: string }, sources: readonly Source[], stale: boolean, ctx: FreshnessContext, lang: Lang): FreshnessView {
  const dates = sources.map(informationDate).filter((d): d is string => d !== undefined).sort();
  const view: FreshnessView = { stale, review: reviewView(entry, ctx.asOf, lang) };
  if (entry.assured_date) view.assured = formatDate(entry.assured_date, lang);
  if (dates.length) {
    view.oldestSource = formatDate(dates[0]!, lang);
    view.newestSource = formatDate(dates.at(-1)!, lang);
  }
  return view;
}
