/** The filters beside the results, each choice with its live count. */
import { useMemo } from 'react';
import type { Lang } from '../../../locales';
import type { FacetCounts, Filters } from '../../../lib/search/engine';
import type { SearchT } from '../../../lib/search/labels';
import { parseAge, withCount, type AreaTerm, type SearchTerm } from '../../../lib/search/controls';
import { languageName } from '../../../lib/views/facts';
import FacetChecks from './FacetChecks';
import OpenFilter from './OpenFilter';

export interface SearchFiltersProps {
  t: SearchT;
  lang: Lang;
  filters: Filters;
  counts: FacetCounts;
  categories: readonly SearchTerm[];
  types: readonly SearchTerm[];
  areas: readonly AreaTerm[];
  /** Language codes the loaded services are offered in. */
  languages: readonly string[];
  /** Counties not loaded yet: listed without a count; choosing one loads it. */
  notLoaded: ReadonlySet<string>;
  now: Date;
  onChange: (change: Partial<Filters>) => void;
  onArea: (areaId: string) => void;
}

export default function SearchFilters({ t, lang, filters: f, counts, categories, types, areas, languages, notLoaded, now, onChange, onArea }: SearchFiltersProps) {
  const languageTerms = useMemo(() => languages.map((code) => ({ id: code, label: languageName(code, lang) })), [languages, lang]);
  const count = (label: string, n: number | undefined) => withCount(label, n, lang);
  const tick = (name: string, key: 'free' | 'walkIn' | 'wheelchair', label: string) => (
    <label className="search-app__check"><input type="checkbox" name={name} checked={f[key]} onChange={(e) => onChange({ [key]: e.currentTarget.checked })} /> {count(label, counts[key])}</label>
  );
  return (
    <section className="search-app__filters" aria-labelledby="search-filters-title">
      {/* The panel's button says "Filters" where it can be seen; the heading names the section for screen readers. */}
      <h3 id="search-filters-title" className="visually-hidden">{t('search.filters')}</h3>
      <FacetChecks name="cat" legend={t('search.filter.category')} terms={categories} counts={counts.cat} chosen={f.cat} lang={lang} onChange={(cat) => onChange({ cat })} />
      <FacetChecks name="type" legend={t('search.filter.type')} terms={types} counts={counts.type} chosen={f.type} lang={lang} onChange={(type) => onChange({ type })} />

      <fieldset className="search-app__facet">
        <legend>{t('search.filter.access')}</legend>
        {tick('free', 'free', t('search.filter.free'))}
        {tick('walkin', 'walkIn', t('search.filter.walkIn'))}
        {tick('wheelchair', 'wheelchair', t('search.filter.wheelchair'))}
      </fieldset>

      <div className="search-app__field">
        <label htmlFor="search-area">{t('search.filter.area')}</label>
        <select id="search-area" aria-describedby="search-area-note" value={f.area[0] ?? ''} onChange={(e) => {
          const v = e.currentTarget.value;
          onChange({ area: v ? [v] : [] });
          if (v) onArea(v);
        }}>
          <option value="">{t('search.filter.areaAny')}</option>
          {areas.filter((a) => (counts.area[a.id] ?? 0) > 0 || f.area.includes(a.id) || notLoaded.has(a.id)).map((a) => (
            <option key={a.id} value={a.id}>{notLoaded.has(a.id) ? a.label : count(a.label, counts.area[a.id])}</option>
          ))}
        </select>
        <p id="search-area-note" className="muted">{t('search.filter.areaNote')}</p>
      </div>

      <FacetChecks name="language" legend={t('search.filter.language')} terms={languageTerms} counts={counts.language} chosen={f.language} lang={lang} onChange={(language) => onChange({ language })} />
      <OpenFilter
        t={t} lang={lang} value={f.open} openCount={counts.open} unknownCount={counts.hoursUnknown} hideUnknown={f.hideUnknownHours} now={now}
        onChange={(open) => onChange(open ? { open } : { open, hideUnknownHours: false })} onHideUnknown={(hideUnknownHours) => onChange({ hideUnknownHours })}
      />

      <div className="search-app__field">
        <label htmlFor="search-age">{t('search.filter.age')}</label>
        <input id="search-age" type="number" inputMode="numeric" min={0} max={120} aria-describedby="search-age-note" value={f.age ?? ''}
          onChange={(e) => onChange({ age: parseAge(e.currentTarget.value) })} />
        <p id="search-age-note" className="muted">{t('search.filter.ageNote')}</p>
      </div>
    </section>
  );
}
