/**
 * Builds the static search data from public providers (confidential addresses already removed by
 * `publicProvider`). Runs at build time only: it compiles opening hours with the heavy library.
 */
import type { Lang } from '../../locales';
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import type { PublicProvider } from '../confidentiality/public-provider';
import { localize } from '../i18n/localize';
import { areaIndex, candidateAreas, type AreaIndex } from '../catalogue/areas';
import { compileHours } from '../hours/opening-hours';
import type { CompiledHours } from '../hours/compiled';
import { serviceIsStale } from '../views/freshness';
import { needsReview, reviewStatus } from '../review/cycle';
import { isUndocumented } from '../catalogue/undocumented';
import type { SearchAreaFile } from './shards';
import { FLAG, HELPLINES_MAX, R, PRECISION_CODES, SEARCH_INDEX_VERSION, type HelplineRow, type ProviderRow, type Row, type SearchIndexData } from './index-data';

export interface BuildIndexInput {
  providers: readonly PublicProvider[];
  beneficiaryCategories: readonly TaxonomyTerm[];
  serviceTypes: readonly TaxonomyTerm[];
  areas: readonly TaxonomyTerm[];
  lang: Lang;
  /** YYYY-MM-DD; opening hours are compiled from the day before, for `hoursDays` days. Also the "as of" for old data and reviews. */
  buildDate: string;
  /** Data older than this is marked old (SITE.staleAfterMonths). */
  staleAfterMonths: number;
  hoursDays?: number;
}

const TEXT_LIMIT = 280;

// The three language indexes share one compilation per distinct value.
const compiledCache = new Map<string, CompiledHours | null>();
function compileOnce(value: string, from: string, days: number): CompiledHours | null {
  const key = `${from}|${days}|${value}`;
  if (!compiledCache.has(key)) compiledCache.set(key, compileHours(value, from, days));
  return compiledCache.get(key) ?? null;
}

/** Markdown to plain words, shortened: the index needs words, not formatting. */
function plain(text: string | undefined): string {
  if (!text) return '';
  const flat = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_#>`-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_LIMIT ? flat.slice(0, TEXT_LIMIT) : flat;
}

function both(text: Parameters<typeof localize>[0], lang: Lang): string[] {
  const here = localize(text, lang);
  const ro = localize(text, 'ro');
  return here === ro ? [here ?? ''] : [here ?? '', ro ?? ''];
}

/**
 * The positions of `areas` in their new order: first every area a row can be local to (as
 * servesArea reads the row: where it is, what it serves and, below a county, what that contains)
 * with their ancestors, in taxonomy order, then the rest; `searched` counts the first part. The
 * search filters and counts only ever need the first part.
 */
function searchedAreasFirst(areas: readonly TaxonomyTerm[], rows: readonly Row[], index: AreaIndex): { order: number[]; searched: number } {
  const named = new Set<string>();
  for (const row of rows) {
    const placed = { areas_served: row[R.areas].map((a) => areas[a]!.id), places: row[R.placeAreas].map((a) => ({ area: areas[a]!.id })) };
    for (const a of candidateAreas(placed, index)) for (const up of index.chain(a)) named.add(up);
  }
  const all = areas.map((_, i) => i);
  const first = all.filter((i) => named.has(areas[i]!.id));
  return { order: [...first, ...all.filter((i) => !named.has(areas[i]!.id))], searched: first.length };
}

/** One index per interface language: display names in that language, search words in it and in Romanian. */
export function buildSearchIndex(input: BuildIndexInput): SearchIndexData {
  const { lang } = input;
  const cats = input.beneficiaryCategories.map((t) => t.id);
  const types = input.serviceTypes.map((t) => t.id);
  const areas = input.areas.map((t) => t.id);
  const catPos = new Map(cats.map((id, i) => [id, i]));
  const typePos = new Map(types.map((id, i) => [id, i]));
  const areaPos = new Map(areas.map((id, i) => [id, i]));
  const langs: string[] = [];
  const langPos = new Map<string, number>();
  const hours: CompiledHours[] = [];
  const hoursPos = new Map<string, number>();
  const hoursFrom = new Date(Date.parse(`${input.buildDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const hoursDays = input.hoursDays ?? 400;
  const collator = new Intl.Collator('ro', { sensitivity: 'base' });

  // An organisation with no documented service is not a search result: lists show it apart.
  const providers = input.providers.filter((p) => !isUndocumented(p)).sort((a, b) => collator.compare(a.name, b.name));
  const fresh = { asOf: input.buildDate, staleAfterMonths: input.staleAfterMonths };
  const providerRows: ProviderRow[] = [];
  const rows: Row[] = [];
  const helplines: HelplineRow[] = [];
  const roots = new Set(input.areas.filter((t) => !t.parent).map((t) => t.id));
  const areaTerms = areaIndex(input.areas);
  const positions = (ids: readonly string[] | undefined, pos: Map<string, number>) =>
    [...new Set((ids ?? []).map((id) => pos.get(id)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b);

  providers.forEach((p, pi) => {
    const firstPhone = p.phones?.[0];
    providerRows.push([p.id, p.name, p.alternate_name ?? '', firstPhone?.number ?? '', localize(firstPhone?.label, lang) ?? '']);
    const unreviewed = needsReview(reviewStatus(p, input.buildDate).state);
    const locations = new Map((p.locations ?? []).map((l) => [l.id, l]));
    const services = [...p.services].sort((a, b) => collator.compare(localize(a.name, lang) ?? '', localize(b.name, lang) ?? ''));
    for (const s of services) {
      const places = (s.locations ?? []).map((id) => locations.get(id)).filter((l) => l !== undefined);
      let flags = 0;
      if (s.cost?.kind === 'free') flags |= FLAG.free;
      if (s.cost?.kind === 'fee') flags |= FLAG.fee;
      if (s.cost?.kind === 'means_tested') flags |= FLAG.meansTested;
      if (s.access?.modes.includes('walk_in')) flags |= FLAG.walkIn;
      if (s.access?.modes.includes('appointment')) flags |= FLAG.appointment;
      if (s.access?.modes.includes('referral')) flags |= FLAG.referral;
      if (places.some((l) => l.accessibility?.wheelchair === 'yes')) flags |= FLAG.wheelchair;
      if (s.status === 'inactive') flags |= FLAG.inactive;
      if (serviceIsStale(p, s, fresh)) flags |= FLAG.stale;
      if (unreviewed) flags |= FLAG.unreviewed;
      if (places.some((l) => l.confidential)) flags |= FLAG.confidential;
      for (const code of s.languages ?? []) if (!langPos.has(code)) { langPos.set(code, langs.length); langs.push(code); }
      let hoursIndex = -1;
      const oh = s.hours?.opening_hours;
      if (oh) {
        if (!hoursPos.has(oh)) {
          const compiled = compileOnce(oh, hoursFrom, hoursDays);
          if (compiled) { hoursPos.set(oh, hours.length); hours.push(compiled); }
        }
        hoursIndex = hoursPos.get(oh) ?? -1;
      }
      const phone = (s.phones ?? p.phones ?? [])[0]?.number;
      if (phone && s.status !== 'inactive' && s.service_types.includes('helpline')) {
        const national = !s.areas_served?.length || s.areas_served.some((a) => roots.has(a));
        helplines.push([p.id, s.id, localize(s.name, lang) ?? s.id, phone, national ? 1 : 0]);
      }
      const points: number[] = [];
      const placeIds: string[] = [];
      for (const l of places) {
        // Belt and braces: publicProvider already removed these for confidential places.
        if (l.confidential || l.latitude === undefined || l.longitude === undefined) continue;
        points.push(l.latitude, l.longitude, Math.max(0, PRECISION_CODES.indexOf(l.precision ?? 'approximate')));
        placeIds.push(l.id);
      }
      const text = [...new Set([
        ...both(s.name, lang),
        p.alternate_name ?? '',
        ...both(s.description, lang).map(plain),
        ...both(s.eligibility, lang).map(plain),
      ])].filter(Boolean).slice(1).join(' · ');
      rows.push([
        s.id,
        pi,
        localize(s.name, lang) ?? s.id,
        text,
        positions(s.beneficiary_categories, catPos),
        positions(s.service_types, typePos),
        positions(s.areas_served, areaPos),
        positions(s.languages, langPos),
        flags,
        s.age_min ?? -1,
        s.age_max ?? -1,
        hoursIndex,
        points,
        placeIds,
        positions(places.map((l) => areaTerms.placeArea(l)).filter((a): a is string => a !== undefined), areaPos),
      ]);
    }
  });

  // The areas a row can be local to, and their ancestors, come first: the manifest carries only those
  // (a county has hundreds of villages no service names), the rest waits in the area file.
  const { order, searched } = searchedAreasFirst(input.areas, rows, areaTerms);
  const moved = new Map(order.map((old, now) => [old, now]));
  const renumber = (list: number[]) => list.map((a) => moved.get(a)!).sort((a, b) => a - b);
  for (const row of rows) {
    row[R.areas] = renumber(row[R.areas]);
    row[R.placeAreas] = renumber(row[R.placeAreas]);
  }
  const ordered = order.map((a) => input.areas[a]!);
  const orderedPos = new Map(ordered.map((t, i) => [t.id, i]));
  const labelText = (t: TaxonomyTerm) => [...new Set([t.label[lang], t.label.ro])].join(' ');
  return {
    v: SEARCH_INDEX_VERSION,
    lang,
    buildDate: input.buildDate,
    cats,
    catText: input.beneficiaryCategories.map(labelText),
    types,
    typeText: input.serviceTypes.map(labelText),
    areas: ordered.map((t) => t.id),
    areaParent: ordered.map((t) => (t.parent ? (orderedPos.get(t.parent) ?? -1) : -1)),
    areaKind: ordered.map((t) => areaTerms.kind(t.id) ?? ''),
    searchedAreas: searched,
    langs,
    hours,
    // National lines first; the rest keep the name order of the rows.
    helplines: [...helplines.filter((h) => h[4] === 1), ...helplines.filter((h) => h[4] === 0)].slice(0, HELPLINES_MAX),
    providers: providerRows,
    rows,
  };
}

/** The area file of an index (lib/search/shards.ts, SearchAreaFile): every area in the index's order, labelled in `lang`. */
export function searchAreaFile(data: Pick<SearchIndexData, 'areas' | 'areaParent' | 'areaKind'>, terms: readonly TaxonomyTerm[], lang: Lang): SearchAreaFile {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const ordered = data.areas.map((id) => {
    const t = byId.get(id);
    if (!t) throw new Error(`search areas: "${id}" is not in the areas taxonomy`);
    return t;
  });
  return {
    areas: data.areas,
    areaParent: data.areaParent,
    areaKind: data.areaKind,
    labels: ordered.map((t) => t.label[lang]),
    points: ordered.map((t) => (t.latitude !== undefined && t.longitude !== undefined ? [t.latitude, t.longitude] : 0)),
  };
}
