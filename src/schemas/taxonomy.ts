/** Taxonomy terms: beneficiary categories, service types and areas, with labels per language. */
import { z } from 'zod';
import { MAX_LENGTH, slugId, text } from './common';
import { ENGLISH_NAME, LANGS, type Lang } from '../locales';
import { msg } from '../lib/ingest/messages';
import { AREA_KINDS } from './area-kinds';

// The area kinds live in a file without zod, so the browser can use them; re-exported with the schema.
export { AREA_KINDS, ADMINISTRATIVE_UNIT_KINDS, type AreaKind } from './area-kinds';

const EXAMPLE: Record<Lang, string> = { ro: 'Persoane vârstnice', en: 'Elderly people', hu: 'Idős személyek' };

/** A label in every interface language: a term without one would show its id on that language's pages. */
const labels = z
  .strictObject(Object.fromEntries(LANGS.map((lang) => [lang, text(MAX_LENGTH.name).meta({ description: `${ENGLISH_NAME[lang]} label.`, examples: [EXAMPLE[lang]] })])) as Record<Lang, ReturnType<typeof text>>)
  .meta({ description: 'The label in each interface language.' });


export const taxonomyTermSchema = z
  .strictObject({
    id: slugId('term', 'elderly'),
    label: labels,
    description: labels.partial().optional().meta({ description: 'A plain-language explanation, per language.' }),
    nomenclature: z.array(z.string().regex(/^\d{4}[A-Z0-9-]+$/, { error: msg('taxonomy.nomenclature') })).optional()
      .meta({ description: 'Codes of the national nomenclature of social services that fit this term.', examples: [['8730CR-V-I']] }),
    registry_groups: z.array(z.enum(['B1', 'B2', 'B3', 'B4', 'B5', 'B6', 'B7'])).optional()
      .meta({ description: "The registry's beneficiary groups (B1 children ... B7 community) that map to this term.", examples: [['B4']] }),
    parent: text(MAX_LENGTH.id).optional().meta({ description: 'Id of a broader term (areas: the county a neighbourhood is in).', examples: ['cluj-napoca'] }),
    latitude: z.number().optional().meta({ description: 'Areas only: a central point, for "near me" from a chosen area.', examples: [46.7712] }),
    longitude: z.number().optional().meta({ description: 'Areas only: a central point.', examples: [23.6236] }),
    kind: z.enum(AREA_KINDS, { error: msg('taxonomy.kind-value', { values: AREA_KINDS.map((k) => `'${k}'`).join(', ') }) }).optional()
      .meta({ description: "Areas only: 'country', 'county', 'municipality', 'town' or 'commune' (administrative units, each with its own city hall), 'locality' (a village or part of a town) or 'neighbourhood'.", examples: ['commune'] }),
    siruta: z.int({ error: msg('taxonomy.siruta') }).positive().optional()
      .meta({ description: 'Areas only: the code of the unit or locality in SIRUTA, the national register of administrative units (written by scripts/import-siruta.ts).', examples: [57706] }),
  })
  .meta({ description: 'One term of a taxonomy.' });
export type TaxonomyTerm = z.infer<typeof taxonomyTermSchema>;

export const taxonomyFileSchema = z
  .strictObject({
    terms: z.array(taxonomyTermSchema).min(1),
  })
  .meta({ description: 'A taxonomy file: a list of terms.' });
