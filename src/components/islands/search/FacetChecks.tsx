/** A filter of ticks (categories, types, languages): each choice with its live count; choices without results are left out. */
import type { Lang } from '../../../locales';
import { shownTerms, toggled, withCount, type SearchTerm } from '../../../lib/search/controls';

export interface FacetChecksProps {
  /** The form name of the ticks. */
  name: 'cat' | 'type' | 'language';
  legend: string;
  terms: readonly SearchTerm[];
  counts: Readonly<Record<string, number>>;
  chosen: readonly string[];
  lang: Lang;
  onChange: (chosen: string[]) => void;
}

export default function FacetChecks({ name, legend, terms, counts, chosen, lang, onChange }: FacetChecksProps) {
  const shown = shownTerms(terms, counts, chosen);
  if (!shown.length) return null;
  return (
    <fieldset className="search-app__facet">
      <legend>{legend}</legend>
      {shown.map((term) => (
        <label key={term.id} className="search-app__check">
          <input type="checkbox" name={name} value={term.id} checked={chosen.includes(term.id)} onChange={(e) => onChange(toggled(chosen, term.id, e.currentTarget.checked))} />
          {' '}{withCount(term.label, counts[term.id], lang)}
        </label>
      ))}
    </fieldset>
  );
}
