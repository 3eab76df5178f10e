/**
 * The licensed-services registry extract (2016), when it sits beside the project: validate uses it
 * to learn the street addresses that must stay secret, so that no content file publishes one. Two
 * sources, one rule set: the records that the content's confidential locations cite (the content
 * itself never holds their streets), and every address that the place rules of
 * src/lib/confidentiality/registry-rules.ts withhold, with the decisions of
 * scripts/registry-aliases.json, exactly as the build's leak guard reads them (src/build/leak-guard.ts).
 * It is public data kept outside the repository (../shared/data/registry-2016/, found as
 * scripts/shared-data.ts says); without it that one check cannot run, and validate says so instead
 * of passing in silence.
 */
import { decidePlaces } from '../lib/confidentiality/registry-rules';
import type { WithheldPlace } from '../lib/ingest/checks';
import { placeDecisions, readRegistryRecords, registrySource } from './leak-guard';

export interface RegistryPlaces {
  /** The folder read, for the message that says which extract the check used. */
  file: string;
  record(id: string): { street: string; locality: string } | undefined;
  /** The addresses the place rules withhold (secret records, and undecided ones under review). */
  withheld?: readonly WithheldPlace[];
}

/**
 * Reads the extract found where the guard finds it; undefined when there is none or it cannot be
 * read as the registry (the guard, which reads the same folder, then stops the build itself).
 */
export function loadRegistryPlaces(dir = registrySource().dir): RegistryPlaces | undefined {
  if (!dir) return undefined;
  let records;
  try {
    records = readRegistryRecords(dir);
  } catch {
    return undefined;
  }
  if (records.length === 0) return undefined;
  const byId = new Map(records.map((r) => [r.id, { street: r.adresa, locality: r.oras }]));
  const places = decidePlaces(records, placeDecisions());
  const withheld = [...places.addresses.values()].map((a) => {
    const why = a.because.map((id) => {
      const v = places.verdicts.get(id);
      return `${id}: ${v?.decided ? `decided ${v.decided.decision} in scripts/registry-aliases.json` : v?.rules.join(', ')}`;
    });
    return { street: a.street, locality: a.locality, why: `registry record ${why.join('; ')}, withheld by the place rules of src/lib/confidentiality/registry-rules.ts` };
  });
  return { file: dir, record: (id) => byId.get(id), withheld };
}
