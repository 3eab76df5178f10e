/**
 * Checks that need more than one file: taxonomy ids, duplicate ids, coordinates inside Romania,
 * dates not in the future, places that must stay confidential. The schema checks one file; these
 * check the directory as a whole.
 */
import type { Provider } from '../../schemas/provider';
import type { TaxonomyTerm } from '../../schemas/taxonomy';
import { confidentialPlaceReason } from '../confidentiality/sheltered-services';
import { addressKey } from '../confidentiality/registry-rules';
import { foldName } from '../catalogue/service-name-rules';
import { closest, type ContentProblem } from './friendly-errors';
import { checkDates } from './date-checks';

export interface Taxonomies {
  beneficiaryCategories: TaxonomyTerm[];
  serviceTypes: TaxonomyTerm[];
  areas: TaxonomyTerm[];
}

/** A generous box around Romania: a point outside it is a typo (swapped or mistyped degrees). */
export const ROMANIA_BOUNDS = { minLat: 43.5, maxLat: 48.35, minLng: 20.2, maxLng: 29.8 } as const;

export function isInRomania(lat: number, lng: number): boolean {
  const b = ROMANIA_BOUNDS;
  return lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng;
}

function unknownId(file: string, path: (string | number)[], id: string, known: string[], where: string): ContentProblem {
  const guess = closest(id, known);
  return { file, path, message: `'${id}' is not a known id in ${where}${guess ? `; did you mean '${guess}'?` : '; add it there or pick an existing one'}` };
}

/** Checks one parsed provider against the taxonomies and today's date. */
export function checkProvider(p: Provider, file: string, tax: Taxonomies, today: string, expectedId?: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (expectedId !== undefined && p.id !== expectedId)
    problems.push({ file, path: ['id'], message: `is '${p.id}' but the file is named '${expectedId}'; the id must equal the file name (rename one of them)` });
  const cats = tax.beneficiaryCategories.map((t) => t.id);
  const types = tax.serviceTypes.map((t) => t.id);
  const areas = tax.areas.map((t) => t.id);
  const catSet = new Set(cats);
  const typeSet = new Set(types);
  const areaSet = new Set(areas);
  if (p.assured_date !== undefined && p.assured_date > today)
    problems.push({ file, path: ['assured_date'], message: `is ${p.assured_date}, in the future (today is ${today}); write the day the entry was checked` });
  problems.push(...checkDates(p, file, today));
  p.sources.forEach((s, i) => {
    if (s.date !== undefined && s.date > today) problems.push({ file, path: ['sources', i, 'date'], message: `is ${s.date}, in the future (today is ${today})` });
  });
  p.locations?.forEach((l, i) => {
    if (l.latitude !== undefined && l.longitude !== undefined && !isInRomania(l.latitude, l.longitude)) {
      const swapped = isInRomania(l.longitude, l.latitude);
      problems.push({ file, path: ['locations', i, 'latitude'], message: `${l.latitude}, ${l.longitude} is outside Romania${swapped ? '; latitude and longitude look swapped' : '; check the coordinates (Cluj-Napoca is about 46.77, 23.59)'}` });
    }
    if (l.area !== undefined && !areaSet.has(l.area)) problems.push(unknownId(file, ['locations', i, 'area'], l.area, areas, 'content/taxonomy/areas.yaml'));
  });
  problems.push(...checkConfidentialPlaces(p, file, tax.areas));
  p.services.forEach((s, i) => {
    s.service_types.forEach((id, j) => { if (!typeSet.has(id)) problems.push(unknownId(file, ['services', i, 'service_types', j], id, types, 'content/taxonomy/service-types.yaml')); });
    s.beneficiary_categories.forEach((id, j) => { if (!catSet.has(id)) problems.push(unknownId(file, ['services', i, 'beneficiary_categories', j], id, cats, 'content/taxonomy/beneficiary-categories.yaml')); });
    s.areas_served?.forEach((id, j) => { if (!areaSet.has(id)) problems.push(unknownId(file, ['services', i, 'areas_served', j], id, areas, 'content/taxonomy/areas.yaml')); });
  });
  return problems;
}

/** Checks the taxonomies themselves: unique ids and parents that exist. */
export function checkTaxonomies(tax: Taxonomies, files: { [K in keyof Taxonomies]: string }): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of Object.keys(tax) as (keyof Taxonomies)[]) {
    const terms = tax[key];
    const ids = new Set<string>();
    terms.forEach((t, i) => {
      if (ids.has(t.id)) problems.push({ file: files[key], path: ['terms', i, 'id'], message: `'${t.id}' is used twice; ids must be unique` });
      ids.add(t.id);
    });
    terms.forEach((t, i) => {
      if (t.parent !== undefined && !ids.has(t.parent)) problems.push({ file: files[key], path: ['terms', i, 'parent'], message: `'${t.parent}' is not an id in this file` });
    });
    // A SIRUTA code names one place: two terms with it would split that place's services.
    const codes = new Map<number, string>();
    terms.forEach((t, i) => {
      if (t.siruta === undefined) return;
      const first = codes.get(t.siruta);
      if (first !== undefined) problems.push({ file: files[key], path: ['terms', i, 'siruta'], message: `${t.siruta} is already the SIRUTA code of '${first}'; each code belongs to one term` });
      else codes.set(t.siruta, t.id);
    });
  }
  return problems;
}

/** Finds ids used by more than one file (for example two files differing only in extension). */
export function checkDuplicateIds(entries: Array<{ id: string; file: string }>): ContentProblem[] {
  const byId = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const e of entries) {
    const first = byId.get(e.id);
    if (first) problems.push({ file: e.file, path: ['id'], message: `'${e.id}' is already used by ${first}; every provider needs its own id` });
    else byId.set(e.id, e.file);
  }
  return problems;
}

/* ------------------------------------------------------------------------------------------ */
/* Places that must stay confidential                                                          */
/* ------------------------------------------------------------------------------------------ */

/** Where an area sits against a locality: above it (country, county), a locality, or inside one. */
export type AreaLevel = 'above' | 'locality' | 'below';

const LEVEL_OF_KIND: Record<string, AreaLevel> = {
  country: 'above', county: 'above', municipality: 'locality', town: 'locality', commune: 'locality', locality: 'locality', neighbourhood: 'below',
};

/**
 * The level of every area. An area's `kind` decides when the taxonomy states it; otherwise its depth
 * does: the country and the counties are above, their children are localities, anything deeper is
 * part of a locality (a neighbourhood).
 */
export function areaLevels(areas: readonly TaxonomyTerm[]): Map<string, AreaLevel> {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const depth = (t: TaxonomyTerm) => {
    let d = 0;
    for (let cur = t; cur.parent !== undefined && d < 20; d++) {
      const up = byId.get(cur.parent);
      if (!up) break;
      cur = up;
    }
    return d;
  };
  return new Map(areas.map((a) => {
    const kind = (a as { kind?: string }).kind;
    const level = kind !== undefined && LEVEL_OF_KIND[kind] ? LEVEL_OF_KIND[kind]! : depth(a) <= 1 ? 'above' : depth(a) === 2 ? 'locality' : 'below';
    return [a.id, level];
  }));
}

/** Lower-case ASCII words: 'Cluj Napoca', 'cluj-napoca' and 'CLUJ-NAPOCA' fold alike (the rule tables' folding). */
const fold = foldName;

/** Words that only an address holds: a locality named with them is an address. */
const ADDRESS_WORDS = /(^|[\s,.])(str|strada|nr|numarul|bd|bdul|bulevardul|calea|aleea|piata|ap|apt|bl|bloc|sc|scara|et|etaj|cod postal)(\.|\s|$)/;

/** An area's Romanian name; its id when the caller passed terms without labels (the entry builder passes ids only). */
function nameOf(a: TaxonomyTerm): string {
  return (a as Partial<TaxonomyTerm>).label?.ro ?? a.id;
}

/** The locality an area belongs to (itself when it is one). */
function localityOf(id: string, areas: readonly TaxonomyTerm[], levels: Map<string, AreaLevel>): TaxonomyTerm | undefined {
  const byId = new Map(areas.map((a) => [a.id, a]));
  let cur = byId.get(id);
  for (let i = 0; cur && i < 20; i++) {
    if (levels.get(cur.id) === 'locality') return cur;
    cur = cur.parent !== undefined ? byId.get(cur.parent) : undefined;
  }
  return undefined;
}

/**
 * The rules that keep a confidential place unfindable, for one provider:
 * - a shelter, residential or emergency service for domestic-violence or trafficking victims, or a
 *   children's emergency reception centre, is at confidential locations only;
 * - a service with a confidential location has no public "annex" location;
 * - either may use a public location that states `public_address` (why it is public, with a source);
 * - a confidential location's `locality` is a locality of the areas taxonomy, written as there, and
 *   its `area` is no finer than a locality.
 */
export function checkConfidentialPlaces(p: Provider, file: string, areas: readonly TaxonomyTerm[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const locations = new Map((p.locations ?? []).map((l) => [l.id, l]));
  const howToFix = (id: string) =>
    `Mark location '${id}' confidential: true (then remove its address and coordinates and give a contact_route), or, if the organisation itself publishes this address (a counselling office away from the shelter), add public_address to location '${id}' with the reason and the source`;
  p.services.forEach((s, i) => {
    const linked = (s.locations ?? []).map((id, j) => ({ id, j, loc: locations.get(id) })).filter((x) => x.loc !== undefined);
    const hidden = linked.filter((x) => x.loc!.confidential);
    const exposed = linked.filter((x) => !x.loc!.confidential && x.loc!.public_address === undefined);
    const reason = confidentialPlaceReason(s);
    for (const x of exposed) {
      if (reason)
        problems.push({ file, path: ['services', i, 'locations', x.j], message: `names the public location '${x.id}', but this service must be at confidential places only (${reason}): its address would lead to the people it protects. ${howToFix(x.id)}` });
      else if (hidden.length)
        problems.push({ file, path: ['services', i, 'locations', x.j], message: `names the public location '${x.id}' beside the confidential location '${hidden[0]!.id}': a public address linked to a confidential place leads people to it. Link the service to its confidential location only, or: ${howToFix(x.id)}` });
    }
  });

  const levels = areaLevels(areas);
  const localities = areas.filter((a) => levels.get(a.id) === 'locality');
  const exact = new Set(localities.flatMap((a) => [nameOf(a), a.id]));
  const byFold = new Map(localities.map((a) => [fold(nameOf(a)), nameOf(a)]));
  const finer = new Map(areas.filter((a) => levels.get(a.id) === 'below').map((a) => [fold(nameOf(a)), a]));
  const coarser = new Map(areas.filter((a) => levels.get(a.id) === 'above').map((a) => [fold(nameOf(a)), a]));
  p.locations?.forEach((l, i) => {
    if (!l.confidential) return;
    if (l.locality !== undefined && !exact.has(l.locality)) {
      const folded = fold(l.locality);
      const same = byFold.get(folded);
      const contained = [...byFold].filter(([f]) => ` ${folded} `.includes(` ${f} `)).map(([, label]) => label)[0];
      const part = finer.get(folded);
      const partOf = part && localityOf(part.id, areas, levels);
      let message: string;
      if (same) message = `is written '${same}' in content/taxonomy/areas.yaml; write it the same way`;
      else if (ADDRESS_WORDS.test(` ${folded} `) || /\d/.test(l.locality) || l.locality.includes(','))
        message = `looks like an address, and a confidential location names only its locality (this repository is public); write just the locality${contained ? `: '${contained}'` : ", like 'Cluj-Napoca'"}`;
      else if (partOf) message = `is a part of ${nameOf(partOf)}, and a confidential location names at most its locality; write '${nameOf(partOf)}'`;
      else if (coarser.has(folded)) message = 'is a county or a larger area, not a locality; write the locality, or leave locality out and set area to the county\'s id';
      else {
        const guess = closest(l.locality, localities.map((a) => nameOf(a)));
        message = `is not a locality in content/taxonomy/areas.yaml; write a locality as it is written there${guess ? `: did you mean '${guess}'?` : ", like 'Cluj-Napoca'"} (if it is missing there, add it first, or leave locality out and set area to the county's id)`;
      }
      problems.push({ file, path: ['locations', i, 'locality'], message });
    }
    if (l.area !== undefined && levels.get(l.area) === 'below') {
      const up = localityOf(l.area, areas, levels);
      problems.push({ file, path: ['locations', i, 'area'], message: `'${l.area}' is a neighbourhood${up ? ` of ${nameOf(up)}` : ''}, and naming it narrows down where a confidential place is; a confidential location's area is its locality at most: write ${up ? `'${up.id}'` : 'the locality\'s id'}` });
    }
  });
  return problems;
}

/**
 * What a confidential location may say of where it is, from a locality and county as a source
 * writes them: the locality as content/taxonomy/areas.yaml writes it when the taxonomy knows it,
 * else the county's area, else nothing. The importer writes this, so that what it writes passes the
 * rule `checkConfidentialPlaces` holds hand-written entries to.
 * @example confidentialPlaceOf('Cluj Napoca', 'Cluj', areas) // { locality: 'Cluj-Napoca' }
 * @example confidentialPlaceOf('Deva', 'Hunedoara', areas)    // { area: 'judetul-hunedoara' } while areas.yaml lacks Deva
 */
export function confidentialPlaceOf(locality: string | undefined, county: string | undefined, areas: readonly TaxonomyTerm[]): { locality?: string; area?: string } {
  const levels = areaLevels(areas);
  if (locality) {
    const known = areas.find((a) => levels.get(a.id) === 'locality' && fold(nameOf(a)) === fold(locality));
    if (known) return { locality: nameOf(known) };
  }
  if (county) {
    const c = fold(county).replace(/^judetul /, '');
    const found = areas.find((a) => levels.get(a.id) === 'above' && fold(nameOf(a)).replace(/^judetul /, '') === c);
    if (found) return { area: found.id };
  }
  return {};
}

/** A street address that some source withholds: the same address may not be published anywhere. */
export interface WithheldPlace {
  street: string;
  locality: string;
  /** Where the withholding comes from, for the message: "registry record 460, confidential in content/providers/x.yaml". */
  why: string;
}

/**
 * The street addresses behind the content's confidential locations, found through the registry
 * records their services cite: a record withheld in one file must not be published by another
 * file (another organisation at the same address) either.
 */
export function withheldPlacesFromRecords(
  entries: ReadonlyArray<{ file: string; data: Provider }>,
  record: (id: string) => { street: string; locality: string } | undefined,
): WithheldPlace[] {
  const out: WithheldPlace[] = [];
  for (const { file, data } of entries) {
    const registrySources = new Map(data.sources.filter((s) => s.kind === 'registry' && s.record !== undefined).map((s) => [s.id, s.record!]));
    for (const l of data.locations ?? []) {
      if (!l.confidential) continue;
      const cited = new Set<string>();
      if (l.source !== undefined) cited.add(l.source);
      for (const s of data.services) if (s.locations?.includes(l.id)) s.sources.forEach((id) => cited.add(id));
      for (const id of cited) {
        const recordId = registrySources.get(id);
        const place = recordId !== undefined ? record(recordId) : undefined;
        if (place && place.street.trim() !== '')
          out.push({ ...place, why: `registry record ${recordId}, the confidential location '${l.id}' of ${file}` });
      }
    }
  }
  return out;
}

/**
 * Refuses a public location at an address that is withheld elsewhere: the same street and number in
 * the same locality may not be confidential in one place and public in another.
 */
export function checkWithheldStreets(entries: ReadonlyArray<{ file: string; data: Provider }>, withheld: readonly WithheldPlace[]): ContentProblem[] {
  // One comparison for validate, the importer and the build's guard: street name and house number in the locality.
  const byKey = new Map<string, WithheldPlace>();
  for (const w of withheld) {
    const key = addressKey(w.street, w.locality);
    if (key && !byKey.has(key)) byKey.set(key, w);
  }
  const problems: ContentProblem[] = [];
  if (byKey.size === 0) return problems;
  for (const { file, data } of entries) {
    data.locations?.forEach((l, i) => {
      if (l.confidential || !l.address) return;
      const w = byKey.get(addressKey(l.address.street, l.address.locality));
      if (w)
        problems.push({
          file,
          path: ['locations', i, 'address', 'street'],
          message: `is the address of a confidential place (${w.why}), and an address withheld in one place may not be public in another. Mark location '${l.id}' confidential: true (then remove its address and coordinates and give a contact_route), or correct the address if this is another building`,
        });
    });
  }
  return problems;
}
