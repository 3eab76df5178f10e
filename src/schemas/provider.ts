/**
 * A provider file: one organisation (HSDS `organization`) with its services and locations.
 * Content lives in content/providers/<id>.yaml; the file name is the id and the URL slug.
 */
import { z } from 'zod';
import { emailSchema, isoDate, localizedText, markdownLinkProblem, MAX_LENGTH, phoneSchema, slugId, text, websiteSchema } from './common';
import { locationSchema } from './location';
import { serviceSchema } from './service';
import { sourceSchema } from './source';

export const PROVIDER_KINDS = ['public', 'ngo', 'religious', 'private'] as const;

const providerShape = z.strictObject({
  id: slugId('provider; the same as the file name without .yaml', 'dasm-cluj-napoca'),
  name: text(MAX_LENGTH.name, { type: 'is missing: write the official name of the organisation', empty: 'is empty: write the official name of the organisation' })
    .meta({ description: 'Official name of the organisation.', examples: ['Direcția de Asistență Socială și Medicală Cluj-Napoca'] }),
  alternate_name: text(MAX_LENGTH.short).optional().meta({ description: 'Short name or acronym people know it by.', examples: ['DASM'] }),
  kind: z.enum(PROVIDER_KINDS, { error: "must be 'public', 'ngo', 'religious' or 'private'" })
    .meta({ description: "'public' (a public authority), 'ngo' (association or foundation), 'religious' (a church or religious organisation), 'private' (a company).", examples: ['ngo'] }),
  description: localizedText('What the organisation is, in one or two sentences. Simple Markdown allowed; HTML is not.', 'Furnizorul public de servicii sociale al municipiului.', MAX_LENGTH.description, markdownLinkProblem).optional(),
  legal_id: z.string().regex(/^(RO)?\d{2,10}$/, { error: "must be the fiscal code (CUI/CIF), digits only, like '22970653'" }).optional()
    .meta({ description: 'Fiscal identification code (CUI/CIF), when a source states it.', examples: ['22970653'] }),
  legal_id_source: text(MAX_LENGTH.id).optional().meta({ description: 'The id of the source that states legal_id.', examples: ['consultare-2023'] }),
  website: websiteSchema.optional(),
  emails: z.array(emailSchema).optional().meta({ description: 'E-mail addresses of the organisation.' }),
  phones: z.array(phoneSchema).optional().meta({ description: 'Phone numbers of the organisation.' }),
  assured_date: isoDate(
    "The day a person confirmed the entry's facts as current against a source they read that day (HSDS assured_date). Leave out when nobody did: an import or a copy from an old document is not a check. A source must have been read (its accessed date, or the date of the organisation's own statement) in the month before this date.",
    '2026-11-30',
  ).optional(),
  review_interval_months: z.int({ error: 'must be a whole number of months, like 12' }).min(1, { error: 'must be at least 1 month' }).max(36, { error: 'must be at most 36 months: an entry nobody checks for three years misleads people' }).default(12)
    .meta({ description: 'How often the entry gets a complete review, in months (12 when left out). A service that changes often may ask for 6.', examples: [12] }),
  reviewed: z.strictObject({
    date: isoDate('The day the complete review ended. A source read in the month before it (a web page read, or the organisation\'s own statement) must be listed.', '2026-11-30'),
    by: text(MAX_LENGTH.short).optional()
      .meta({ description: 'Who reviewed: a GitHub user name or the organisation. Never a private person\'s contact details.', examples: ['dasm-cluj-napoca'] }),
  }).optional()
    .meta({ description: "The last COMPLETE review: every fact in the entry checked against sources read then (or confirmed by the organisation). Partial updates change assured_date or a fact's source, not this." }),
  sources: z.array(sourceSchema).min(1, { error: 'is empty: every entry lists at least one source for its facts' })
    .meta({ description: 'The documents, registry records and web pages this entry is built from.' }),
  locations: z.array(locationSchema).optional().meta({ description: 'Places where services are delivered.' }),
  services: z.array(serviceSchema).meta({ description: 'The services the organisation offers. An empty list means they are not documented yet: the page says so and invites the organisation to add them.' }),
});

/** Collects every `source` reference in the file with its path, to check that each names a listed source. */
function sourceReferences(p: z.infer<typeof providerShape>): Array<{ path: (string | number)[]; id: string }> {
  const refs: Array<{ path: (string | number)[]; id: string }> = [];
  const add = (path: (string | number)[], id: string | undefined) => { if (id !== undefined) refs.push({ path, id }); };
  add(['website', 'source'], p.website?.source);
  add(['legal_id_source'], p.legal_id_source);
  p.emails?.forEach((e, i) => add(['emails', i, 'source'], e.source));
  p.phones?.forEach((ph, i) => add(['phones', i, 'source'], ph.source));
  p.locations?.forEach((l, i) => {
    add(['locations', i, 'source'], l.source);
    add(['locations', i, 'accessibility', 'source'], l.accessibility?.source);
    add(['locations', i, 'public_address', 'source'], l.public_address?.source);
  });
  p.services.forEach((s, i) => {
    s.sources.forEach((id, j) => add(['services', i, 'sources', j], id));
    add(['services', i, 'cost', 'source'], s.cost?.source);
    add(['services', i, 'access', 'source'], s.access?.source);
    add(['services', i, 'capacity', 'source'], s.capacity?.source);
    add(['services', i, 'hours', 'source'], s.hours?.source);
    s.phones?.forEach((ph, j) => add(['services', i, 'phones', j, 'source'], ph.source));
    s.emails?.forEach((e, j) => add(['services', i, 'emails', j, 'source'], e.source));
  });
  return refs;
}

function duplicates(ids: string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return dup;
}

export const providerSchema = providerShape
  .superRefine((p, ctx) => {
    const sourceIds = new Set(p.sources.map((s) => s.id));
    const listed = [...sourceIds].map((s) => `'${s}'`).join(', ');
    for (const ref of sourceReferences(p)) {
      if (!sourceIds.has(ref.id))
        ctx.addIssue({ code: 'custom', path: ref.path, message: `names source '${ref.id}', which is not in this file's sources (listed: ${listed}); add it to sources or fix the id` });
    }
    if (p.legal_id && !p.legal_id_source)
      ctx.addIssue({ code: 'custom', path: ['legal_id_source'], message: 'is missing: name the source that states legal_id' });
    for (const [list, items] of [['sources', p.sources], ['locations', p.locations ?? []], ['services', p.services]] as const) {
      const dup = duplicates(items.map((x) => x.id));
      items.forEach((x, i) => { if (dup.has(x.id)) ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `'${x.id}' is used twice in ${list}; ids must be unique within the file` }); });
    }
    const locationIds = new Set((p.locations ?? []).map((l) => l.id));
    p.services.forEach((s, i) => s.locations?.forEach((id, j) => {
      if (!locationIds.has(id))
        ctx.addIssue({ code: 'custom', path: ['services', i, 'locations', j], message: `names location '${id}', which is not in this file's locations; add it there or fix the id` });
    }));
  })
  .meta({ title: 'Provider', description: 'One organisation that provides social services, with its services, locations and sources.' });

export type Provider = z.infer<typeof providerSchema>;
export type ProviderInput = z.input<typeof providerSchema>;
