/** The UI strings the shortlist and referral sheet islands show, picked for them by their pages (`pickStrings`). */
import type { StringsFor, TranslateFor } from '../i18n/translator';

export const SHORTLIST_STRING_KEYS = ['shortlist.', 'compare.', 'sheet.', 'service.', 'provider.', 'fact.', 'share.', 'home.emergency', 'site.name'] as const;
export type ShortlistStrings = StringsFor<typeof SHORTLIST_STRING_KEYS>;
/** The islands' translator: a key the page did not pick for them does not compile. */
export type ShortlistT = TranslateFor<typeof SHORTLIST_STRING_KEYS>;
