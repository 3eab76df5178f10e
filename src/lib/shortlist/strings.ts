/** The UI strings the shortlist and sheet islands need, for one language (islands get plain data, not every dictionary). */
import { DICTIONARIES, type Lang } from '../i18n/translate';

const PREFIXES = ['shortlist.', 'compare.', 'sheet.', 'service.', 'provider.'];
const KEYS = ['home.emergency', 'site.name'];

export function islandStrings(lang: Lang): Record<string, string> {
  return Object.fromEntries(Object.entries(DICTIONARIES[lang]).filter(([k]) => KEYS.includes(k) || PREFIXES.some((p) => k.startsWith(p))));
}
