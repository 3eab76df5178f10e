/**
 * scripts/registry-aliases.json: what people decided about registry records, read by the registry
 * importer and by the build's leak guard. Kept as data beside the importer so that a decision is a
 * reviewed pull request, with its reason, and applies to every later import.
 */
import { z } from 'zod';

/** Keys are registry record ids; a key that is not one is named in the error. */
const byRecord = <T extends z.ZodType>(value: T) => z.record(z.string(), value).superRefine((rec, ctx) => {
  for (const key of Object.keys(rec)) if (!/^\d+$/.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: `'${key}' must be a registry record id, like "427"` });
});
const reason = z.string().trim().min(10, { error: 'must say why, with the source that shows it (at least a sentence)' });

const aliasesSchema = z.strictObject({
  $comment: z.string().optional(),
  /** Registry organisation name → existing provider id. */
  providers: z.record(z.string(), z.string()).default({}),
  /** Record id → existing service id. */
  services: byRecord(z.string()).default({}),
  /** Record id → a person's decision on a place the rules say MAY need to be secret. */
  places: byRecord(z.strictObject({ decision: z.enum(['public', 'confidential'], { error: "must be 'public' or 'confidential'" }), reason })).default({}),
  /** Record id → registry facts a person removed on purpose; an import never brings them back. */
  retired: byRecord(z.strictObject({
    phones: z.array(z.string()).optional(),
    emails: z.array(z.string()).optional(),
    reason,
  }).refine((r) => (r.phones?.length ?? 0) + (r.emails?.length ?? 0) > 0, { error: 'names no phone or e-mail to retire' })).default({}),
});

export type RegistryAliases = z.infer<typeof aliasesSchema>;

/** What the importer takes from the file, under the names of its options. */
export interface AliasOptions {
  providers: Record<string, string>;
  services: Record<string, string>;
  placeDecisions: RegistryAliases['places'];
  retired: RegistryAliases['retired'];
}

/** Reads the file's text; problems name the file and the field, like every content error. */
export function readAliases(text: string, file: string): { aliases: AliasOptions } | { problems: string[] } {
  let raw: unknown;
  try { raw = JSON.parse(text); } catch (e) { return { problems: [`${file}: is not valid JSON (${(e as Error).message})`] }; }
  const parsed = aliasesSchema.safeParse(raw);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(top)'}: ${i.message}`) };
  const { providers, services, places, retired } = parsed.data;
  return { aliases: { providers, services, placeDecisions: places, retired } };
}
