/**
 * The messages of content validation as data: a key from the message catalogue
 * (src/i18n/messages/<lang>.json) and its parameters. Schemas, checks and friendly errors say
 * *which* message; `renderMessage` says it in a language, so `npm run validate` (English by default)
 * and the entry builder (in the page's language) share every sentence.
 *
 * zod carries only text in an issue, so a schema writes its message as `msg(key, params)`: a short
 * token (`msg:{"key":…}`) that friendly-errors decodes back. A plain English string in a schema is
 * not translatable; tests/unit/messages.test.ts finds one.
 */
// The attribute lets Node (Playwright's loader) import the JSON too; Vite and tsx accept it.
import en from '../../i18n/messages/en.json' with { type: 'json' };

/** Every message key; English is the catalogue that defines them (its wording is locked by tests). */
export type MessageKey = keyof typeof en;

/** A parameter: text or a number as is, or another message rendered in the same language. */
export type MessageParam = string | number | Message;
export type MessageParams = Readonly<Record<string, MessageParam>>;

export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

/** One language's sentences, by key. */
export type MessageCatalogue = Readonly<Record<MessageKey, string>>;

/** English, the language of `npm run validate` unless told otherwise, and of `ContentProblem.message`. */
export const ENGLISH_MESSAGES: MessageCatalogue = en;

const TOKEN = 'msg:';

/**
 * A message as zod can carry it (issue messages are text).
 * @example z.string().regex(/…/, { error: msg('slug.format', { example: 'sediu' }) })
 */
export function msg(key: MessageKey, params?: MessageParams): string {
  return `${TOKEN}${JSON.stringify(params ? { key, params } : { key })}`;
}

/** The message a `msg()` token holds, or undefined for any other text. */
export function decodeMessage(text: string): Message | undefined {
  if (!text.startsWith(TOKEN)) return undefined;
  try {
    const m = JSON.parse(text.slice(TOKEN.length)) as Message;
    return typeof m?.key === 'string' && m.key in en ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Shorthand for building a message value. */
export const message = (key: MessageKey, params?: MessageParams): Message => (params ? { key, params } : { key });

/**
 * A message in a language: `{name}` filled from params (nested messages rendered in the same
 * catalogue). A translation may leave a parameter out; an unknown key falls back to English.
 * @example renderMessage({ key: 'check.future-source', params: { date: '2099-01-01', today: '2026-11-25' } })
 *   // 'is 2099-01-01, in the future (today is 2026-11-25)'
 */
export function renderMessage(m: Message, catalogue: MessageCatalogue = ENGLISH_MESSAGES): string {
  const template = catalogue[m.key] ?? ENGLISH_MESSAGES[m.key] ?? m.key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = m.params?.[name];
    if (v === undefined) return whole;
    return typeof v === 'object' ? renderMessage(v, catalogue) : String(v);
  });
}

/** The placeholders a template uses: `'is {date} (today is {today})'` → `['date', 'today']`. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!);
}
