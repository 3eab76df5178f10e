/**
 * One service found: name linked to its provider page, who runs it, categories, key facts, a call button, shortlist.
 * The home page's first results draw the same markup without React (src/client/search/result-rows.ts):
 * change both; tests/e2e/first-results.spec.ts compares them.
 */
import type { Lang } from '../../../locales';
import type { SearchHit } from '../../../lib/search/engine';
import type { SearchT } from '../../../lib/search/labels';
import type { HoursState } from '../../../lib/hours/compiled';
import { formatNumber } from '../../../lib/i18n/translator';
import { agesText } from '../../../lib/views/facts';
import { telHref } from '../../../lib/views/contact';
import ShortlistToggle from './ShortlistToggle';

export interface ResultRowProps {
  t: SearchT;
  lang: Lang;
  hit: SearchHit;
  categoryLabel: (id: string) => string;
  /** Listed under "open" although its hours are unknown: say to call first. */
  callFirst?: boolean;
}

const HOURS_TEXT = { open: 'hours.openNow', closed: 'hours.closedNow', unknown: 'hours.unknown' } as const satisfies Record<HoursState, string>;

export default function ResultRow({ t, lang, hit, categoryLabel, callFirst = false }: ResultRowProps) {
  const { service, provider } = hit;
  const ages = agesText(t, hit.ageMin, hit.ageMax);
  return (
    <li data-service-id={service.id} data-provider-id={provider.id}>
      <h4><a href={hit.href}>{service.name}</a></h4>
      <p className="muted">{provider.name}{provider.alternateName && ` (${provider.alternateName})`}</p>
      {hit.categories.length > 0 && (
        <ul className="tag-list" aria-label={t('search.filter.category')}>
          {hit.categories.map((c) => <li key={c}>{categoryLabel(c)}</li>)}
        </ul>
      )}
      <p className="search-app__facts">
        {hit.inactive && <span className="badge">{t('service.inactive')}</span>}
        {hit.stale && <strong className="old-mark" data-stale>{t('service.stale')}</strong>}
        {hit.cost && <span className="badge">{t(`service.cost.${hit.cost}`)}</span>}
        {hit.access.includes('walk_in') && <span className="badge">{t('service.access.walk_in')}</span>}
        {hit.wheelchair && <span className="badge">{t('provider.wheelchair.yes')}</span>}
        {ages && <span className="badge">{ages}</span>}
        <span className={`search-app__hours search-app__hours--${callFirst ? 'unknown' : hit.hours}`}>{callFirst ? t('search.hoursUnknownCallFirst') : t(HOURS_TEXT[hit.hours])}</span>
        {hit.km !== undefined && <span>{hit.km === Infinity ? t('search.noPlace') : t('search.distance', { km: formatNumber(hit.km, lang, { maximumFractionDigits: 1 }) })}</span>}
      </p>
      <p className="search-app__actions">
        {/* A call button of its own, outside the title link: one tap calls, whatever the name says. */}
        {provider.phone && <a className="search-app__call" href={telHref(provider.phone)} aria-label={`${t('search.callNumber', { number: provider.phone })}, ${provider.name}`}>{t('search.callNumber', { number: provider.phone })}</a>}
        {provider.phone && provider.phoneLabel && <span className="muted"> ({provider.phoneLabel})</span>}
        <ShortlistToggle serviceKey={hit.key} name={service.name} t={t} />
      </p>
    </li>
  );
}
