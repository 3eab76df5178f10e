/**
 * Building blocks shared by the provider, service and location schemas.
 * Every field carries a description and an example: they feed the JSON Schema that editors
 * use for autocompletion and the hints in friendly error messages.
 */
import { z } from 'zod';
import { DEFAULT_LANG, ENGLISH_NAME, LANGS, PREFIXED_LANGS } from '../locales';
import { phoneNumberProblem } from './phone-number';

/** A kebab-case ASCII identifier, used for slugs and ids that appear in URLs. */
export const slugId = (what: string, example: string) =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: `must be lower-case ASCII letters, digits and single hyphens, like '${example}'`,
    })
    .meta({ description: `Identifier of the ${what}: lower-case letters, digits and hyphens.`, examples: [example] });

/** Text in Romanian, optionally translated. A plain string is Romanian. */
export const localizedText = (description: string, example: string) =>
  z
    .union([
      z.string().trim().min(1, { error: 'is empty; write the text or remove the field' }),
      z.strictObject({
        [DEFAULT_LANG]: z.string().trim().min(1).meta({ description: `${ENGLISH_NAME[DEFAULT_LANG]} text (required).`, examples: [example] }),
        ...translations(),
      }),
    ])
    .meta({ description: `${description} A plain string is read as ${ENGLISH_NAME[DEFAULT_LANG]}; use {${LANGS.join(', ')}} to add translations.`, examples: [example] });

/** The optional translations of a localized text: one field per language other than Romanian. */
function translations() {
  const fields = PREFIXED_LANGS.map((lang) => [lang, z.string().trim().min(1).optional().meta({ description: `${ENGLISH_NAME[lang]} translation.` })] as const);
  return Object.fromEntries(fields) as Record<(typeof PREFIXED_LANGS)[number], (typeof fields)[number][1]>;
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
export const sourceRef = z
  .string({ error: "must name one of this entry's sources by its id, like 'registry-2016'" })
  .min(1)
  .meta({
    description: "The id of the entry in this file's `sources` list that states this fact.",
    examples: ['registry-2016'],
  });

export const phoneSchema = z
  .strictObject({
    number: z
      .string({ error: "must be the phone number in quotes, like '0264 599 316'" })
      .check((ctx) => {
        const problem = phoneNumberProblem(ctx.value);
        if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
      })
      .meta({
        description: 'The phone number as people dial it in Romania: 10 digits with the leading 0, a short line (112, 119, 116 xxx), or a number abroad with its country code. Checked with libphonenumber.',
        examples: ['0264 599 316', '0800 800 678', '116 111'],
      }),
    label: localizedText('What the number is for (switchboard, helpline, mobile...).', 'Centrală').optional(),
    free: z.boolean().optional().meta({ description: 'true when calls to this number are free of charge (a "TelVerde" 0800 number).', examples: [true] }),
    source: sourceRef,
  })
  .meta({ description: 'A phone number, with the source that publishes it.' });
export type Phone = z.infer<typeof phoneSchema>;

export const emailSchema = z
  .strictObject({
    address: z
      .email({ error: "is not a valid e-mail address; write it like 'contact@example.ro'" })
      .meta({ description: 'The e-mail address.', examples: ['contact@dasmclujnapoca.ro'] }),
    source: sourceRef,
  })
  .meta({ description: 'An e-mail address, with the source that publishes it.' });
export type Email = z.infer<typeof emailSchema>;

export const webUrl = z
  .url({ protocol: /^https?$/, error: "must be a full web address starting with https:// or http://, like 'https://dasmclujnapoca.ro'" })
  .meta({ description: 'A web address (http or https).', examples: ['https://dasmclujnapoca.ro'] });

export const websiteSchema = z
  .strictObject({
    url: webUrl,
    source: sourceRef,
  })
  .meta({ description: "The organisation's website, with the source that names it." });
