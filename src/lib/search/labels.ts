/**
 * A translator over a small set of UI strings handed to an island as props, so the island does
 * not bundle every dictionary. Same rules as `makeT`: `{name}` placeholders, and `.one/.few/.other`
 * variants chosen by `params.count` through Intl.PluralRules.
 */
export type LabelT = (key: string, params?: Record<string, string | number>) => string;

export function labelTranslator(labels: Record<string, string>, locale: string): LabelT {
  const plural = new Intl.PluralRules(locale);
  const number = new Intl.NumberFormat(locale);
  return (key, params) => {
    let template = labels[key];
    if (template === undefined && params && typeof params.count === 'number') {
      template = labels[`${key}.${plural.select(params.count)}`] ?? labels[`${key}.other`];
    }
    if (template === undefined) return key;
    return template.replace(/\{(\w+)\}/g, (m, name: string) => {
      const v = params?.[name];
      if (v === undefined) return m;
      return typeof v === 'number' ? number.format(v) : v;
    });
  };
}

/** The dictionary entries an island needs: every key starting with one of the prefixes. */
export function pickLabels(dictionary: Record<string, string>, prefixes: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(dictionary).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
}
