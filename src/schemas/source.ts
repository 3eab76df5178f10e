/** Where a fact comes from. Every provider lists its sources; facts point at them by id. */
import { z } from 'zod';
import { isoDate, MAX_LENGTH, slugId, text, webUrl } from './common';

export const SOURCE_KINDS = ['seed', 'registry', 'web', 'self'] as const;

export const sourceSchema = z
  .strictObject({
    id: slugId('source, unique within this file', 'registry-2016'),
    kind: z.enum(SOURCE_KINDS, {
      error: "must be one of 'seed' (a project source document), 'registry' (the licensed-services registry), 'web' (a public web page) or 'self' (stated by the organisation itself)",
    }).meta({
      description:
        "What kind of source: 'seed' = one of the project's source documents; 'registry' = the registry of licensed social services; 'web' = a public web page; 'self' = the organisation's own statement in a pull request.",
      examples: ['web'],
    }),
    title: text(MAX_LENGTH.name).meta({
      description: 'A human title for the source.',
      examples: ['Registrul serviciilor sociale licențiate, extras 2016'],
    }),
    file: z
      .string()
      .regex(/^[\w.-]{1,200}$/, { error: "must be a file name without folders, at most 200 characters, like '001_08c8127361e9da2c.txt'" })
      .optional()
      .meta({ description: "For kind 'seed': the file name of the seed document.", examples: ['001_08c8127361e9da2c.txt'] }),
    url: webUrl.optional().meta({ description: "For kind 'web': the address of the page.", examples: ['https://dasmclujnapoca.ro'] }),
    record: text(MAX_LENGTH.id).optional().meta({ description: "For kind 'registry': the record id in the registry file.", examples: ['193'] }),
    date: isoDate("The source's own date: when the document was written, the registry extract published, the page or news item dated, the organisation's statement made. Leave out when the source states none (for a web page, give accessed).", '2023-06-16').optional(),
    accessed: isoDate('For web pages: the day a person read the page. The page may be older: its own date goes in date. Without its own date, a page is taken to say what was true on the day it was read.', '2026-11-30').optional(),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'seed' && !s.file) ctx.addIssue({ code: 'custom', path: ['file'], message: "is missing: a 'seed' source names its file, like '001_08c8127361e9da2c.txt'" });
    if (s.kind === 'web' && !s.url) ctx.addIssue({ code: 'custom', path: ['url'], message: "is missing: a 'web' source gives the page address, like 'https://dasmclujnapoca.ro'" });
  })
  .meta({ description: 'A document, registry record or web page that states facts in this entry.' });
export type Source = z.infer<typeof sourceSchema>;
