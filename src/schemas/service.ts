/** One service a provider offers, shaped after Open Referral HSDS `service`. */
import { z } from 'zod';
import { emailSchema, localizedText, markdownLinkProblem, MAX_LENGTH, phoneSchema, slugId, sourceRef, text } from './common';
import { LANGS } from '../locales';
import { hoursSchema } from './hours';

export const COST_KINDS = ['free', 'fee', 'means_tested'] as const;
export const ACCESS_MODES = ['walk_in', 'appointment', 'referral'] as const;
export const SERVICE_STATUSES = ['active', 'inactive'] as const;

export const serviceSchema = z
  .strictObject({
    id: slugId('service, unique within this file', 'centrul-de-servicii-socio-medicale'),
    name: localizedText('Name of the service.', 'Centrul de Servicii Socio-Medicale'),
    description: localizedText('What the service does, in plain words. Simple Markdown (paragraphs, lists, **bold**, links) is allowed; HTML is not.', 'Recuperare pentru copii cu dizabilități neuro-motorii.', MAX_LENGTH.description, markdownLinkProblem).optional(),
    status: z.enum(SERVICE_STATUSES, { error: "must be 'active' or 'inactive'" }).default('active')
      .meta({ description: "'active' while the service runs; 'inactive' keeps a closed service findable as closed.", examples: ['active'] }),
    service_types: z.array(text(MAX_LENGTH.id), { error: 'must be a list of service type ids' }).min(1, { error: 'is empty: name at least one service type from content/taxonomy/service-types.yaml' })
      .meta({ description: 'Ids from content/taxonomy/service-types.yaml.', examples: [['day-centre', 'medical-recovery']] }),
    beneficiary_categories: z.array(text(MAX_LENGTH.id), { error: 'must be a list of beneficiary category ids' }).min(1, { error: 'is empty: name at least one beneficiary category from content/taxonomy/beneficiary-categories.yaml' })
      .meta({ description: 'Ids from content/taxonomy/beneficiary-categories.yaml: who the service is for.', examples: [['children-with-disabilities']] }),
    age_min: z.int({ error: 'must be a whole number of years' }).min(0).max(120).optional().meta({ description: 'Youngest age served, in years.', examples: [0] }),
    age_max: z.int({ error: 'must be a whole number of years' }).min(0).max(120).optional().meta({ description: 'Oldest age served, in years.', examples: [18] }),
    eligibility: localizedText('Who qualifies and on what conditions.', 'Copii cu dizabilități neuro-motorii, 0-18 ani', MAX_LENGTH.paragraph).optional(),
    cost: z
      .strictObject({
        kind: z.enum(COST_KINDS, { error: "must be 'free', 'fee' or 'means_tested'" }).meta({ description: "'free', 'fee' (people pay) or 'means_tested' (depends on income).", examples: ['free'] }),
        details: localizedText('Amounts or conditions.', 'Contribuție în funcție de venit', MAX_LENGTH.note).optional(),
        source: sourceRef,
      })
      .optional()
      .meta({ description: 'Whether the service costs anything, with its source. Leave out when unknown.' }),
    documents: z.array(localizedText('A document to bring.', 'Carte de identitate')).optional()
      .meta({ description: 'Documents to bring, one per item.', examples: [['Carte de identitate', 'Certificat de încadrare în grad de handicap']] }),
    access: z
      .strictObject({
        modes: z.array(z.enum(ACCESS_MODES, { error: "must be 'walk_in', 'appointment' or 'referral'" })).min(1)
          .meta({ description: "How people get in: 'walk_in' (just come), 'appointment' (call first), 'referral' (sent by a social worker, doctor or institution).", examples: [['appointment', 'referral']] }),
        how_to_refer: localizedText('For referrals: who refers and how.', 'Cerere scrisă la registratura DASM', MAX_LENGTH.paragraph).optional(),
        source: sourceRef,
      })
      .optional()
      .meta({ description: 'How to get in, with its source. Leave out when unknown.' }),
    capacity: z
      .strictObject({
        value: z.int({ error: 'must be a whole number' }).positive().meta({ description: 'How many people at once (places, beds or people a day).', examples: [50] }),
        unit: z.enum(['places', 'beds', 'per_day', 'per_month'], { error: "must be 'places', 'beds', 'per_day' or 'per_month'" }).default('places')
          .meta({ description: "What the number counts: 'places', 'beds', 'per_day' or 'per_month'.", examples: ['places'] }),
        source: sourceRef,
      })
      .optional()
      .meta({ description: 'Capacity, with its source. Leave out when unknown.' }),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { error: "must be a language code like 'ro', 'hu', 'en', 'rom' (Romani)" })).optional()
      .meta({ description: `Languages staff speak with people, as ISO 639 codes (${LANGS.join(', ')}, rom...).`, examples: [['ro', 'hu']] }),
    hours: hoursSchema.optional(),
    areas_served: z.array(text(MAX_LENGTH.id)).optional()
      .meta({ description: 'Ids from content/taxonomy/areas.yaml: where people must live to use the service.', examples: [['cluj-napoca']] }),
    locations: z.array(text(MAX_LENGTH.id)).optional()
      .meta({ description: "Ids of this file's locations where the service is delivered. Leave out for phone or online services.", examples: [['sediu-central']] }),
    phones: z.array(phoneSchema).optional().meta({ description: "The service's own phone numbers." }),
    emails: z.array(emailSchema).optional().meta({ description: "The service's own e-mail addresses." }),
    sources: z.array(sourceRef).min(1, { error: "is empty: list the ids of the sources that describe this service, like ['registry-2016']" })
      .meta({ description: 'Ids of the sources that describe this service.', examples: [['registry-2016']] }),
  })
  .superRefine((s, ctx) => {
    if (s.age_min !== undefined && s.age_max !== undefined && s.age_min > s.age_max)
      ctx.addIssue({ code: 'custom', path: ['age_max'], message: `is ${s.age_max}, below age_min ${s.age_min}; swap them` });
  })
  .meta({ description: 'A service the provider offers.' });
export type Service = z.infer<typeof serviceSchema>;
