/**
 * The search results as plain DOM, for the first results the page draws before React arrives
 * (./first-results.ts). The markup is the island's own, element for element (islands/search/
 * ResultRow.tsx, ResultList.tsx and the count of SearchToolbar.tsx), so nothing moves when the
 * island takes over; tests/e2e/first-results.spec.ts compares the two. Text is set as text, never
 * as HTML, so content cannot become markup.
 */
import type { Lang } from '../../locales';
import type { SearchHit, SearchResult } from '../../lib/search/engine';
import type { HoursState } from '../../lib/hours/compiled';
import { formatNumber } from '../../lib/i18n/translator';
import type { FirstResultsT } from '../../lib/search/labels';
import { agesText } from '../../lib/views/facts';
import { telHref } from '../../lib/views/contact';
import { RESULTS_PAGE } from '../../lib/search/controls';
import type { ServiceKey } from '../shortlist/store';


const HOURS_TEXT = { open: 'hours.openNow', closed: 'hours.closedNow', unknown: 'hours.unknown' } as const satisfies Record<HoursState, string>;

type Child = Node | string | false | undefined;

/** An element with attributes (in the island's order) and children; strings become text nodes. */
function h(tag: string, attrs: Record<string, string | undefined>, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) el.setAttribute(name, value);
  for (const c of children) if (c !== false && c !== undefined) el.append(c);
  return el;
}

export interface RowContext {
  t: FirstResultsT;
  lang: Lang;
  categoryLabel: (id: string) => string;
  /** The shortlist's current keys. */
  chosen: readonly ServiceKey[];
}

/** The "Add to shortlist" button of a row (islands/search/ShortlistToggle.tsx). */
export function shortlistButton(t: FirstResultsT, name: string, chosen: boolean): HTMLElement {
  const label = t(chosen ? 'shortlist.remove' : 'shortlist.add');
  return h('button', { type: 'button', class: chosen ? 'shortlist-toggle in-shortlist' : 'shortlist-toggle', 'aria-pressed': String(chosen), 'aria-label': `${label}: ${name}` }, label);
}

/** One service found (islands/search/ResultRow.tsx). */
export function resultRow(hit: SearchHit, c: RowContext): HTMLElement {
  const { t } = c;
  const { service, provider } = hit;
  const ages = agesText(t, hit.ageMin, hit.ageMax);
  const badge = (text: string) => h('span', { class: 'badge' }, text);
  const button = shortlistButton(t, service.name, c.chosen.includes(hit.key));
  return h('li', { 'data-service-id': service.id, 'data-provider-id': provider.id },
    h('h4', {}, h('a', { href: hit.href }, service.name)),
    h('p', { class: 'muted' }, provider.name, provider.alternateName && ` (${provider.alternateName})`),
    hit.categories.length > 0 && h('ul', { class: 'tag-list', 'aria-label': t('search.filter.category') }, ...hit.categories.map((id) => h('li', {}, c.categoryLabel(id)))),
    h('p', { class: 'search-app__facts' },
      hit.inactive && badge(t('service.inactive')),
      hit.stale && h('strong', { class: 'old-mark', 'data-stale': 'true' }, t('service.stale')),
      hit.cost && badge(t(`service.cost.${hit.cost}`)),
      hit.access.includes('walk_in') && badge(t('service.access.walk_in')),
      hit.wheelchair && badge(t('provider.wheelchair.yes')),
      ages && badge(ages),
      h('span', { class: `search-app__hours search-app__hours--${hit.hours}` }, t(HOURS_TEXT[hit.hours])),
      hit.km !== undefined && h('span', {}, hit.km === Infinity ? t('search.noPlace') : t('search.distance', { km: formatNumber(hit.km, c.lang, { maximumFractionDigits: 1 }) })),
    ),
    h('p', { class: 'search-app__actions' },
      provider.phone && h('a', { class: 'search-app__call', href: telHref(provider.phone), 'aria-label': `${t('search.callNumber', { number: provider.phone })}, ${provider.name}` }, t('search.callNumber', { number: provider.phone })),
      provider.phone && provider.phoneLabel && h('span', { class: 'muted' }, ` (${provider.phoneLabel})`),
      button),
  );
}

/**
 * The count, the list and "show more" (the island's toolbar heading and ResultList), replacing
 * what `container` held. "Show more" carries `data-show-more`; the caller handles it.
 */
export function renderResults(container: HTMLElement, result: SearchResult, c: RowContext): void {
  const shown = result.hits.length;
  container.replaceChildren(
    h('div', { class: 'search-app__toolbar' }, h('h3', { id: 'search-results-title', class: 'search-app__count' }, c.t('search.results', { count: result.total }))),
    ...(result.total === 0 ? [h('p', {}, c.t('search.empty.text'))] : []),
    h('ol', { class: 'search-app__list', tabindex: '-1', 'aria-labelledby': 'search-results-title' }, ...result.hits.map((hit) => resultRow(hit, c))),
    ...(result.total > shown
      ? [h('p', {},
        h('span', { class: 'muted' }, c.t('search.showing', { shown, total: result.total })), ' ',
        h('button', { type: 'button', 'data-show-more': '' }, c.t('search.showMore', { count: Math.min(RESULTS_PAGE, result.total - shown) })))]
      : []),
  );
}
