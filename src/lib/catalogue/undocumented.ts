/**
 * Organisations known to work in an area whose services nobody has documented yet. They are not
 * services a person can use from this directory, so lists show them apart ("known to work here;
 * details not yet documented") with an invitation to add themselves, and search and the map leave
 * them out. Their own page stays, and says so plainly.
 */

/** True when no service of the organisation is documented (an inactive service still counts as documented). */
export function isUndocumented(p: { services: readonly unknown[] }): boolean {
  return p.services.length === 0;
}

/** Splits a list, keeping its order, into documented organisations and the ones to list apart. */
export function splitDocumented<T>(items: readonly T[], providerOf: (item: T) => { services: readonly unknown[] }): { documented: T[]; undocumented: T[] } {
  const documented: T[] = [];
  const undocumented: T[] = [];
  for (const item of items) (isUndocumented(providerOf(item)) ? undocumented : documented).push(item);
  return { documented, undocumented };
}
