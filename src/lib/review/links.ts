/**
 * The link-check results the review report reads (written by `npm run check:links`). The shape is
 * defined here, where it is read; unknown fields are kept out, and a file that does not fit is
 * reported rather than half-read.
 *
 * ```json
 * { "checkedAt": "2026-11-30", "results": [
 *   { "url": "https://example.org", "status": "parked", "httpStatus": 200, "finalUrl": "https://parking.example", "provider": "asociatia-x", "note": "domain for sale" } ] }
 * ```
 * `status`: ok, redirected (to another domain), dead (4xx/5xx or no answer), parked (a parked or
 * sold domain), error (the check itself failed). `provider` is optional: results are also matched
 * to entries by URL (website or web source).
 */
import { z } from 'zod';

export const LINK_STATUSES = ['ok', 'redirected', 'dead', 'parked', 'error'] as const;

export const linkResultSchema = z.object({
  url: z.string(),
  status: z.enum(LINK_STATUSES),
  httpStatus: z.number().int().optional(),
  finalUrl: z.string().optional(),
  provider: z.string().optional(),
  note: z.string().optional(),
});
export type LinkResult = z.infer<typeof linkResultSchema>;

export const linkCheckFileSchema = z.object({
  checkedAt: z.string(),
  results: z.array(linkResultSchema),
});
export type LinkCheckFile = z.infer<typeof linkCheckFileSchema>;

/** The path `npm run review` reads by default. */
export const LINKS_FILE = 'reports/links.json';

/** Parses the file's text; throws with what is wrong when it does not fit. */
export function parseLinkCheck(text: string, file: string): LinkCheckFile {
  const parsed = linkCheckFileSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file} is not a link-check result file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The problems (anything but ok) found for one entry: by its id, or by any of its URLs. */
export function linkProblemsFor(id: string, urls: readonly string[], check: LinkCheckFile | undefined): LinkResult[] {
  if (!check) return [];
  const own = new Set(urls);
  return check.results.filter((r) => r.status !== 'ok' && (r.provider === id || own.has(r.url)));
}
