/**
 * Which hand-written services must be at confidential places: where people who are hunted sleep
 * (domestic-violence and trafficking victims), and where abused children are taken in an emergency.
 * Read from the taxonomy ids a service carries, and from its Romanian name through the same place
 * rules that the importer and the build's guard apply to registry records (registry-rules.ts), so
 * that a hand-written entry is held to the rules an imported one is: one rule set, whatever the
 * entry's wording or the ids its author picked.
 */
import { placeVerdict, REGISTRY_PLACE_RULES } from './registry-rules';


/** Service types that house people: the place is where they can be found. */
export const HOUSING_TYPES: readonly string[] = ['residential-care', 'shelter', 'emergency-shelter', 'protected-housing'];
/** People whose safety depends on not being found. */
export const HIDDEN_GROUPS: readonly string[] = ['domestic-violence-victims', 'trafficking-victims'];
/**
 * Children's emergency reception (registry code 8790CR-C-II, "centre de primire în regim de
 * urgență"): an emergency shelter for children, where abused, neglected or exploited children are
 * placed, sometimes away from the family they were taken from. For children only, as the place
 * rules read it (registry-rules.ts, 'children-emergency-reception-name': groups B1 only): an
 * emergency shelter that also takes adults is a night shelter, which the registry publishes.
 */
const CHILD_EMERGENCY = { type: 'emergency-shelter', groups: ['children-and-families', 'children-with-disabilities', 'children-with-parents-abroad'] } as const;

interface ServiceLike {
  service_types: readonly string[];
  beneficiary_categories: readonly string[];
  /** A plain string is Romanian; the place rules read Romanian. */
  name?: string | { ro: string };
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
  const forChildren = s.beneficiary_categories.length > 0 && s.beneficiary_categories.every((c) => (CHILD_EMERGENCY.groups as readonly string[]).includes(c));
  if (s.service_types.includes(CHILD_EMERGENCY.type) && forChildren)
    return `it is an '${CHILD_EMERGENCY.type}' for children only ('${s.beneficiary_categories.join("', '")}'): a children's emergency reception`;
  // Only the rules that make a registry place secret; those that ask for a person's review
  // (maternal centres, counselling for abused children) name services that may well be public.
  const name = typeof s.name === 'string' ? s.name : s.name?.ro;
  if (name) {
    const verdict = placeVerdict({ name, cod: '', categorie: [] });
    if (verdict.level === 'confidential') {
      const says = verdict.rules.map((id) => `'${id}': ${REGISTRY_PLACE_RULES.find((r) => r.id === id)?.says ?? ''}`);
      return `its name matches the place rules of src/lib/confidentiality/registry-rules.ts, ${says.join('; ')}`;
    }
  }
  return undefined;
}
