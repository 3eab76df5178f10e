/**
 * Organisations known to work in an area that a person cannot act on from this directory: nobody
 * has documented their services yet, or none of their listed services can be reached (no phone,
 * e-mail or website of the service or the organisation, and no confidential contact route with a
 * number). Lists show them apart ("known to work here; details not yet documented") with an
 * invitation to add themselves, and search and the map leave them out. Their own page stays, and
 * says plainly what is known.
 */
import { serviceIsReachable, type ReachInput, type ServiceReachInput } from '../ingest/reach-checks';

/** What the rule reads of an organisation (a loaded or a published provider both fit). */
export interface DocumentedInput extends ReachInput {
  services: ReadonlyArray<ServiceReachInput & { status?: string }>;
}

/**
 * True when no service of the organisation is documented, or when it has listed (active) services
 * and none of them can be reached. An organisation whose services are all inactive still counts as
 * documented: its page tells their history.
 */
export function isUndocumented(p: DocumentedInput): boolean {
  if (p.services.length === 0) return true;
  const listed = p.services.filter((s) => s.status !== 'inactive');
  return listed.length > 0 && !listed.some((s) => serviceIsReachable(p, s));
}

/** Splits a list, keeping its order, into documented organisations and the ones to list apart. */
export function splitDocumented<T>(items: readonly T[], providerOf: (item: T) => DocumentedInput): { documented: T[]; undocumented: T[] } {
  const documented: T[] = [];
  const undocumented: T[] = [];
  for (const item of items) (isUndocumented(providerOf(item)) ? undocumented : documented).push(item);
  return { documented, undocumented };
}
