/**
 * Building blocks shared by the provider, service and location schemas.
 * Every field carries a description and an example: they feed the JSON Schema that editors
 * use for autocompletion and the hints in friendly error messages.
 */
import { z } from 'zod';
import { DEFAULT_LANG, ENGLISH_NAME, LANGS, PREFIXED_LANGS } from '../locales';
import { phoneNumberProblem } from './phone-number';
import { hasUserPart, invisibleTextMessage, unsafeTextMessage, userPartMessage } from '../lib/ingest/text-safety';

/**
 * The longest text each kind of field takes, in characters. A page repeats a name in its title,
 * headings, search data, map points and every export: a name of 200,000 characters would bloat all
 * of them, so every text field has a limit, generous for honest use.
 */
export const MAX_LENGTH = {
  /** Names of organisations, services, places; document names; source titles. The registry's longest official name has 201. */
  name: 300,
  /** Acronyms, localities, counties, labels of phone numbers. */
  short: 100,
  /** A street and number. */
  street: 200,
  /** One or two sentences: contact routes, cost details, accessibility and hours notes. */
  note: 1000,
  /** Eligibility and how to refer: a paragraph. */
  paragraph: 2000,
  /** Descriptions: a few paragraphs of Markdown. */
  description: 5000,
  /** Ids and references to ids. */
  id: 100,
} as const;

/** The message for a text longer than its field allows. */
function tooLong(max: number) {
  return (issue: { input?: unknown }) => {
    const length = typeof issue.input === 'string' ? [...issue.input].length : undefined;
    return `is ${length !== undefined ? `${length.toLocaleString('en')} characters` : 'too'} long; this field takes at most ${max.toLocaleString('en')} characters: shorten it`;
  };
}

/**
 * Text written by a contributor: trimmed, not empty, at most `max` characters, without control
 * characters, bidirectional overrides or only invisible characters (src/lib/ingest/text-safety.ts).
 * Every text field of the content schemas is built from this, so none can forget a check.
 */
export function text(max: number, messages: { type?: string; empty?: string } = {}) {
  return z
    .string(messages.type ? { error: messages.type } : undefined)
    .superRefine((value, ctx) => {
      const unsafe = unsafeTextMessage(value);
      if (unsafe) ctx.addIssue({ code: 'custom', message: unsafe });
    })
    .trim()
    .min(1, { error: messages.empty ?? 'is empty; write the text or remove the field' })
    .max(max, { error: tooLong(max) })
    .superRefine((value, ctx) => {
      const invisible = invisibleTextMessage(value);
      if (invisible) ctx.addIssue({ code: 'custom', message: invisible });
    });
}

/** A kebab-case ASCII identifier, used for slugs and ids that appear in URLs. */
export const slugId = (what: string, example: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `must be lower-case ASCII letters, digits and single hyphens, like '${example}'`,
    })
    .max(MAX_LENGTH.id, { error: tooLong(MAX_LENGTH.id) })
    .meta({ description: `Identifier of the ${what}: lower-case letters, digits and hyphens.`, examples: [example] });

/**
 * Text in Romanian, optionally translated. A plain string is Romanian. `max` is the limit per
 * language (MAX_LENGTH); `extra` adds a check to each language's text (links in descriptions).
 */
export const localizedText = (description: string, example: string, max: number = MAX_LENGTH.name, extra?: (value: string) => string | undefined) => {
  const one = () => {
    const t = text(max);
    return extra ? t.superRefine((value, ctx) => { const m = extra(value); if (m) ctx.addIssue({ code: 'custom', message: m }); }) : t;
  };
  return z
    .union([
      one(),
      z.strictObject({
        [DEFAULT_LANG]: one().meta({ description: `${ENGLISH_NAME[DEFAULT_LANG]} text (required).`, examples: [example] }),
        ...translations(one),
      }),
    ])
    .meta({ description: `${description} A plain string is read as ${ENGLISH_NAME[DEFAULT_LANG]}; use {${LANGS.join(', ')}} to add translations. At most ${max.toLocaleString('en')} characters per language.`, examples: [example] });
};

/** The optional translations of a localized text: one field per language other than Romanian. */
function translations(one: () => ReturnType<typeof text>) {
  const fields = PREFIXED_LANGS.map((lang) => [lang, one().optional().meta({ description: `${ENGLISH_NAME[lang]} translation.` })] as const);
  return Object.fromEntries(fields) as Record<(typeof PREFIXED_LANGS)[number], (typeof fields)[number][1]>;
}

/**
 * Markdown links in a description whose address has a user part (`[site](https://site.ro@evil.example)`):
 * the label and the address a reader sees are not where the link goes.
 */
export function markdownLinkProblem(value: string): string | undefined {
  for (const m of value.matchAll(/\]\(([^)\s]{1,2000})\)/g)) {
    if (hasUserPart(m[1]!)) return `has a link ${userPartMessage(m[1]!).replace(/^has /, 'with ')}`;
  }
  return undefined;
}
export type LocalizedText = z.infer<ReturnType<typeof localizedText>>;

export const isoDate = (description: string, example: string) =>
  z
    .string({ error: `must be a date written as YYYY-MM-DD, like '${example}' (put it in quotes)` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `must be a date written as YYYY-MM-DD, like '${example}'` })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      error: 'is not a real calendar date',
    })
    .meta({ description, examples: [example] });

/** Reference to one of the entry's own `sources` by its id. */
export const sourceRef = text(MAX_LENGTH.id, { type: "must name one of this entry's sources by its id, like 'registry-2016'" })
  .meta({
    description: "The id of the entry in this file's `sources` list that states this fact.",
    examples: ['registry-2016'],
  });

export const phoneSchema = z
  .strictObject({
    number: z
      .string({ error: "must be the phone number in quotes, like '0264 599 316'" })
      .max(40, { error: tooLong(40) })
      .check((ctx) => {
        const problem = phoneNumberProblem(ctx.value);
        if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
      })
      .meta({
        description: 'The phone number as people dial it in Romania: 10 digits with the leading 0, a short line (112, 119, 116 xxx), or a number abroad with its country code. Checked with libphonenumber.',
        examples: ['0264 599 316', '0800 800 678', '116 111'],
      }),
    label: localizedText('What the number is for (switchboard, helpline, mobile...).', 'Centrală', MAX_LENGTH.name).optional(),
    free: z.boolean().optional().meta({ description: 'true when calls to this number are free of charge (a "TelVerde" 0800 number).', examples: [true] }),
    source: sourceRef,
  })
  .meta({ description: 'A phone number, with the source that publishes it.' });
export type Phone = z.infer<typeof phoneSchema>;

export const emailSchema = z
  .strictObject({
    address: z
      .email({ error: "is not a valid e-mail address; write it like 'contact@example.ro'" })
      .max(254, { error: tooLong(254) })
      .meta({ description: 'The e-mail address.', examples: ['contact@dasmclujnapoca.ro'] }),
    source: sourceRef,
  })
  .meta({ description: 'An e-mail address, with the source that publishes it.' });
export type Email = z.infer<typeof emailSchema>;

export const webUrl = z
  .url({ protocol: /^https?$/, error: "must be a full web address starting with https:// or http://, like 'https://dasmclujnapoca.ro'" })
  .max(2000, { error: tooLong(2000) })
  .superRefine((value, ctx) => { if (hasUserPart(value)) ctx.addIssue({ code: 'custom', message: userPartMessage(value) }); })
  .meta({ description: 'A web address (http or https).', examples: ['https://dasmclujnapoca.ro'] });

export const websiteSchema = z
  .strictObject({
    url: webUrl,
    source: sourceRef,
  })
  .meta({ description: "The organisation's website, with the source that names it." });
