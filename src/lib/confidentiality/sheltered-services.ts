/**
 * Which hand-written services must be at confidential places: where people who are hunted sleep
 * (domestic-violence and trafficking victims), and where abused children are taken in an emergency.
 * Read from the taxonomy ids a service carries, so the rule holds for every entry whatever its
 * wording. The importer has its own rules over registry codes and names (confidential-rules);
 * this one is what `npm run validate` enforces on content.
 */

/** Service types that house people: the place is where they can be found. */
export const HOUSING_TYPES: readonly string[] = ['residential-care', 'shelter', 'emergency-shelter', 'protected-housing'];
/** People whose safety depends on not being found. */
export const HIDDEN_GROUPS: readonly string[] = ['domestic-violence-victims', 'trafficking-victims'];
/**
 * Children's emergency reception (registry code 8790CR-C-II, "centre de primire în regim de
 * urgență"): an emergency shelter for children, where abused, neglected or exploited children are
 * placed, sometimes away from the family they were taken from.
 */
const CHILD_EMERGENCY = { type: 'emergency-shelter', group: 'children-and-families' } as const;

interface ServiceLike {
  service_types: readonly string[];
  beneficiary_categories: readonly string[];
}

/**
 * Why a service must be at confidential places only, in words for a message, or undefined when it
 * need not be.
 * @example confidentialPlaceReason({ service_types: ['shelter'], beneficiary_categories: ['domestic-violence-victims'] })
 *   // "it is a 'shelter' for 'domestic-violence-victims'"
 */
export function confidentialPlaceReason(s: ServiceLike): string | undefined {
  const housing = s.service_types.find((t) => HOUSING_TYPES.includes(t));
  const hidden = s.beneficiary_categories.find((c) => HIDDEN_GROUPS.includes(c));
  if (housing && hidden) return `it is a '${housing}' for '${hidden}'`;
  if (s.service_types.includes(CHILD_EMERGENCY.type) && s.beneficiary_categories.includes(CHILD_EMERGENCY.group))
    return `it is an '${CHILD_EMERGENCY.type}' for '${CHILD_EMERGENCY.group}' (children's emergency reception)`;
  return undefined;
}
