/**
 * The message catalogue in every language, for `npm run validate --lang` and for the pages that
 * hand one language to the entry builder. Kept apart from ./messages.ts so that code running in the
 * browser bundles only English (for `ContentProblem.message`) and gets its own language as data.
 */
import ro from '../../i18n/messages/ro.json' with { type: 'json' };
import hu from '../../i18n/messages/hu.json' with { type: 'json' };
import type { Lang } from '../../locales';
import { ENGLISH_MESSAGES, type MessageCatalogue } from './messages';

/** Typed against English: a key missing from a language does not compile. */
export const MESSAGE_CATALOGUES: Record<Lang, MessageCatalogue> = { ro, en: ENGLISH_MESSAGES, hu };

/** One language's validation messages. */
export function validationMessages(lang: Lang): MessageCatalogue {
  return MESSAGE_CATALOGUES[lang];
}
