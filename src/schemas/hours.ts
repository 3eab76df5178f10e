/** Opening hours in OpenStreetMap `opening_hours` syntax, checked with the same library the site uses. */
import { z } from 'zod';
import { MAX_LENGTH, sourceRef, text } from './common';
import { checkOpeningHours } from '../lib/hours/syntax';

export const hoursSchema = z
  .strictObject({
    opening_hours: z
      .string({ error: "must be opening hours in quotes, like 'Mo-Fr 08:00-16:00'" })
      .max(500, { error: 'is longer than 500 characters; opening hours are a short rule like \'Mo-Fr 08:00-16:00\': put the rest in note' })
      .superRefine((value, ctx) => {
        const problem = checkOpeningHours(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .meta({
        description:
          "Opening hours in OpenStreetMap syntax: days Mo Tu We Th Fr Sa Su, times as HH:MM, 'PH off' for public holidays, '24/7' for always open.",
        examples: ['Mo-Fr 08:00-16:00; PH off', '24/7'],
      }),
    note: text(MAX_LENGTH.note).optional().meta({ description: 'Anything the hours syntax cannot say.', examples: ['Programări telefonic'] }),
    source: sourceRef,
  })
  .meta({ description: 'When the service is open, with the source that states it. Leave out when unknown: the page then says "hours unknown".' });
export type Hours = z.infer<typeof hoursSchema>;
