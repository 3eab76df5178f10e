/**
 * Which registry records must not publish where they are: one rule set over a record's
 * nomenclature code, name and beneficiary groups, read by the registry importer (what it writes)
 * and by the build's leak guard (what no output file may contain). A shelter's address, once
 * published, cannot be taken back, so the rules err towards withholding.
 *
 * - `confidential`: the place is secret (domestic or family violence, trafficking, emergency
 *   reception of abused / neglected / exploited children, shelters for women and children).
 * - `review`: it MAY need to be (maternal centres, counselling for abused children, children's
 *   emergency reception whose name does not say why). A person decides, by record, in
 *   scripts/registry-aliases.json (`places`); until then the place is withheld like a secret one
 *   and the import report lists it. Never published silently.
 *
 * An address is withheld for EVERY record at it, from any organisation, and so are the
 * coordinates of all those records, wherever else they appear in the file.
 */
import { foldName } from '../catalogue/service-name-rules';

export type PlaceLevel = 'confidential' | 'review';

export interface PlaceRule {
  /** Short name used in reports. */
  id: string;
  level: PlaceLevel;
  /** What the rule reads, in plain words. */
  says: string;
  /** The record's nomenclature code is one of these. */
  codes?: readonly string[];
  /** The folded name (see foldName) matches. */
  name?: RegExp;
  /** Not when the folded name matches this. */
  unless?: RegExp;
  /** Only when every beneficiary group of the record starts with one of these ('B1' covers 'B1.3'). */
  onlyGroups?: readonly string[];
}

const ABUSE = String.raw`\b(abuz\w*|neglij\w*|exploat\w*|maltrat\w*)\b`;
const RECEPTION = String.raw`\b(urgenta|primire\w*|adapost\w*|ocrotire|gazduire|rezidential\w*|plasament)\b`;
// What makes a place for women a shelter rather than, say, a day centre or a home for mother and child.
const SHELTER = String.raw`\b(adapost\w*|urgenta|ocrotire|abuz\w*|victim\w*|agresat\w*|maltrat\w*)\b`;
const WOMEN = String.raw`\b(femei\w*|femeia|mame|mama|mamei|mamelor)\b`;
const FOSTER_CARE = /\b(asisten\w* maternal\w*|asistent\w* maternali)\b/;

/** The reviewed rule set. Every matching rule is reported; the strictest level wins. */
export const REGISTRY_PLACE_RULES: readonly PlaceRule[] = [
  {
    id: 'domestic-violence-code',
    level: 'confidential',
    says: 'coded as a domestic-violence service (HG 867/2015: 8790CR-VD-*, 8899CZ-VD-I/II)',
    codes: ['8790CR-VD-I', '8790CR-VD-II', '8790CR-VD-III', '8899CZ-VD-I', '8899CZ-VD-II'],
  },
  {
    id: 'trafficking-code',
    level: 'confidential',
    says: 'coded as a service for victims of trafficking (8790CR-VTP-*, 8899CZ-VTP-*)',
    codes: ['8790CR-VTP-I', '8790CR-VTP-II', '8899CZ-VTP-I', '8899CZ-VTP-'],
  },
  {
    id: 'domestic-violence-name',
    level: 'confidential',
    says: 'named for victims of domestic or family violence (violența în familie / domestică, VVD, agresiune sexuală)',
    name: /\b(violent\w* (in|din) famili\w*|violent\w* domestic\w*|violent\w* familial\w*|vvd|victim\w* (ale )?violent\w*|agresiun\w* sexual\w*)\b/,
  },
  {
    id: 'trafficking-name',
    level: 'confidential',
    says: 'named for victims of trafficking (trafic de persoane, traficului)',
    name: /\btrafic\w*\b/,
  },
  {
    id: 'abused-children-reception',
    level: 'confidential',
    says: 'emergency reception, shelter or residence for abused, neglected or exploited children',
    name: new RegExp(`${ABUSE}.*${RECEPTION}|${RECEPTION}.*${ABUSE}`),
  },
  {
    id: 'women-and-children-shelter',
    level: 'confidential',
    says: 'a shelter or emergency centre for women or mothers (and children): adăpost / urgență / ocrotire with femei, mame, abuzat, victime',
    name: new RegExp(`${WOMEN}.*${SHELTER}|${SHELTER}.*${WOMEN}`),
  },
  {
    id: 'aggressors-code',
    level: 'review',
    says: 'coded as a centre for aggressors (8899CZ-VD-III): often beside a victims\' service',
    codes: ['8899CZ-VD-III'],
  },
  {
    id: 'maternal-centre',
    level: 'review',
    says: 'a maternal centre or a centre for pregnant women in difficulty (8790CR-MC-*, centru maternal, mamă și copil)',
    codes: ['8790CR-MC-I', '8790CR-MC-II'],
    unless: FOSTER_CARE,
  },
  {
    id: 'maternal-centre-name',
    level: 'review',
    says: 'named as a maternal centre or a home for mother and child',
    name: /\b(centr\w* maternal\w*|casa maternala|maternus|mama (si )?copil\w*)\b/,
    unless: FOSTER_CARE,
  },
  {
    id: 'abused-children-counselling',
    level: 'review',
    says: 'counselling, day care or prevention for abused, neglected or exploited children',
    name: new RegExp(ABUSE),
  },
  {
    id: 'children-emergency-reception',
    level: 'review',
    says: 'emergency reception of children (8790CR-C-II, or "primire în regim de urgență" for children only) whose name does not say why',
    codes: ['8790CR-C-II'],
  },
  {
    id: 'children-emergency-reception-name',
    level: 'review',
    says: 'emergency reception ("primire în regim de urgență", "centru de urgență") of a service for children only',
    name: /\b(primire\w* (\w+ ){0,3}in regim de urgenta|centr\w* de urgenta|adapost\w* de criza)\b/,
    onlyGroups: ['B1'],
  },
];

/** What the rules say of one record. */
export interface PlaceVerdict {
  level: PlaceLevel | 'public';
  /** The ids of the matching rules (empty when public). */
  rules: string[];
}

/** The parts of a registry record the rules read. */
export interface PlaceRecord {
  id: string;
  name: string;
  cod: string;
  categorie: readonly string[];
  adresa: string;
  oras: string;
  lat: string;
  lng: string;
}

const text = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** The fields the rules read, from one raw record of a registry file; undefined when it is not a record with an id. */
export function placeRecordOf(raw: unknown): PlaceRecord | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  const id = text(r.id).trim();
  if (!id) return undefined;
  const categorie = Array.isArray(r.categorie) ? r.categorie.map(text) : typeof r.categorie === 'string' ? [r.categorie] : [];
  return { id, name: text(r.name), cod: text(r.cod).trim(), categorie, adresa: text(r.adresa), oras: text(r.oras), lat: text(r.lat), lng: text(r.lng) };
}

function groupsAre(groups: readonly string[], allowed: readonly string[]): boolean {
  const read = groups.map((g) => g.trim()).filter(Boolean);
  return read.length > 0 && read.every((g) => allowed.some((a) => g === a || g.startsWith(`${a}.`)));
}

/** Applies the rule set to one record: confidential, review, or public. */
export function placeVerdict(rec: Pick<PlaceRecord, 'name' | 'cod' | 'categorie'>, rules: readonly PlaceRule[] = REGISTRY_PLACE_RULES): PlaceVerdict {
  const folded = foldName(rec.name);
  const code = rec.cod.trim();
  const matched = rules.filter((r) =>
    (!r.codes || r.codes.includes(code))
    && (!r.name || r.name.test(folded))
    && (!r.onlyGroups || groupsAre(rec.categorie, r.onlyGroups))
    && !(r.unless && r.unless.test(folded)),
  );
  if (matched.some((r) => r.level === 'confidential')) return { level: 'confidential', rules: matched.filter((r) => r.level === 'confidential').map((r) => r.id) };
  if (matched.length) return { level: 'review', rules: matched.map((r) => r.id) };
  return { level: 'public', rules: [] };
}

/** A person's decision on one record (scripts/registry-aliases.json, `places`). */
export interface PlaceDecision {
  /** 'public': the place may be published; 'confidential': it stays secret whatever the rules say. */
  decision: 'public' | 'confidential';
  /** Why, with the source read (for the reviewer of the pull request). */
  reason: string;
}

/** Whether a place is kept secret: what a person decided, else every 'confidential' or 'review' verdict. */
export function isSecretPlace(verdict: PlaceVerdict, decided?: PlaceDecision): boolean {
  return decided ? decided.decision === 'confidential' : verdict.level !== 'public';
}

const STREET_KINDS = new Set(['str', 'strada', 'bd', 'bdul', 'bulevardul', 'blvd', 'b', 'dul', 'sos', 'soseaua', 'cal', 'calea', 'al', 'aleea', 'p', 'ta', 'pta', 'piata', 'splaiul', 'spl', 'int', 'intrarea', 'fundatura', 'drumul']);
const MONTHS = 'ianuarie|februarie|martie|aprilie|mai|iunie|iulie|august|septembrie|octombrie|noiembrie|decembrie';
// Street names that start with a date ('1 Decembrie 1918 83', '21 Decembrie 1989 138').
const DATE_NAME = new RegExp(`^(\\d{1,2} (${MONTHS})(?: \\d{4})?)\\b`);

/** A street as the rules and the guard compare it: its name words and its first number. */
export interface StreetParts {
  /** Folded name words without 'Str.', 'Bd.', 'nr.'; empty when the address is only a number. */
  name: string;
  /** The house number ('2' of '2B', '49' of '49/51'); empty when none. */
  number: string;
}

/**
 * Reads a registry street into name and number.
 * @example streetParts('Str. Avram Iancu nr. 2B') → { name: 'avram iancu', number: '2' }
 * @example streetParts('1 Decembrie 1918 83') → { name: '1 decembrie 1918', number: '83' }
 */
export function streetParts(street: string): StreetParts {
  const lead = foldName(street).split(' ');
  while (lead.length > 1 && STREET_KINDS.has(lead[0]!)) lead.shift();
  let rest = lead.join(' ');
  let datePart = '';
  const d = DATE_NAME.exec(rest);
  if (d) { datePart = d[1]!; rest = rest.slice(d[0].length).trim(); }
  const words = rest.split(' ').filter(Boolean);
  const nameWords: string[] = [];
  let number = '';
  for (const w of words) {
    if (/^\d/.test(w)) { number = /^\d+/.exec(w)![0]; break; }
    if (w === 'nr' || w === 'numarul') continue;
    nameWords.push(w);
  }
  while (!datePart && nameWords.length && STREET_KINDS.has(nameWords[0]!)) nameWords.shift();
  const name = [datePart, ...nameWords].filter(Boolean).join(' ');
  return { name, number };
}

/**
 * The street without numbers: 'Fabricii de Zahăr 49/51 B' and 'Fabricii de zahăr 49-51' are the same
 * street. The importer tells geocoding fallbacks by it (a point given to two streets).
 */
export function streetName(address: string): string {
  return foldName(address).split(' ').filter((w) => !/\d/.test(w) && w.length > 1).join(' ');
}

/** One key per place: locality, street name and number, folded. Empty when the record has no street. */
export function addressKey(street: string, locality: string): string {
  const s = streetParts(street);
  if (!s.name && !s.number) return '';
  return `${foldName(locality)}|${s.name}|${s.number}`;
}

/** 'lat,lng' as the registry writes them; empty when either is missing. */
export const pointKey = (rec: Pick<PlaceRecord, 'lat' | 'lng'>) => (rec.lat.trim() && rec.lng.trim() ? `${rec.lat.trim()},${rec.lng.trim()}` : '');

/** A withheld address, with the records that are at it. */
export interface WithheldAddress {
  key: string;
  street: string;
  locality: string;
  parts: StreetParts;
  /** The records whose place made it secret (confidential, or review not yet decided). */
  because: string[];
  /** Every record at it, from any organisation. */
  records: string[];
}

export interface WithheldPoint {
  lat: number;
  lng: number;
  /** The records at this point whose place is withheld. */
  records: string[];
}

export interface PlaceDecisions {
  /** The verdict per record id, after the decisions. */
  verdicts: Map<string, PlaceVerdict & { decided?: PlaceDecision }>;
  /** Records whose service is kept secret: confidential, or review not decided public. */
  secret: Set<string>;
  /** Records the rules say MAY need a secret place, with the decision taken, if any. */
  review: Array<{ id: string; name: string; rules: string[]; decided?: PlaceDecision }>;
  /** Records that publish neither address nor coordinates: the secret ones and every record at their addresses. */
  withheld: Set<string>;
  addresses: Map<string, WithheldAddress>;
  /** Coordinates ('lat,lng' as written) that no record may publish. */
  points: Map<string, WithheldPoint>;
}

/**
 * Applies the rules and the decisions to a whole file: which records are secret, which addresses
 * and coordinates are withheld, for every record at them. Pure; the importer and the guard share it.
 */
export function decidePlaces(records: readonly PlaceRecord[], decisions: Readonly<Record<string, PlaceDecision>> = {}, rules?: readonly PlaceRule[]): PlaceDecisions {
  const verdicts = new Map<string, PlaceVerdict & { decided?: PlaceDecision }>();
  const secret = new Set<string>();
  const review: PlaceDecisions['review'] = [];
  for (const rec of records) {
    const v = placeVerdict(rec, rules);
    const decided = decisions[rec.id];
    verdicts.set(rec.id, decided ? { ...v, decided } : v);
    if (v.level === 'review') review.push({ id: rec.id, name: rec.name, rules: v.rules, ...(decided ? { decided } : {}) });
    if (isSecretPlace(v, decided)) secret.add(rec.id);
  }
  const addresses = new Map<string, WithheldAddress>();
  for (const rec of records) {
    if (!secret.has(rec.id)) continue;
    const key = addressKey(rec.adresa, rec.oras);
    if (!key) continue;
    const a = addresses.get(key) ?? { key, street: rec.adresa.trim(), locality: rec.oras.trim(), parts: streetParts(rec.adresa), because: [], records: [] };
    a.because.push(rec.id);
    addresses.set(key, a);
  }
  const withheld = new Set(secret);
  for (const rec of records) {
    const a = addresses.get(addressKey(rec.adresa, rec.oras));
    if (a) { a.records.push(rec.id); withheld.add(rec.id); }
  }
  // A point the file gives to several different streets is the geocoder's fallback for a locality
  // (Cluj-Napoca's centre is given to records in two streets and to two without one): it is not the
  // place, and the importer publishes it for no record (same test, place.ts), so nothing to withhold.
  const placesAt = new Map<string, Set<string>>();
  for (const rec of records) {
    const k = pointKey(rec);
    if (k) placesAt.set(k, (placesAt.get(k) ?? new Set()).add(`${foldName(rec.oras)}|${streetName(rec.adresa)}`));
  }
  const points = new Map<string, WithheldPoint>();
  for (const rec of records) {
    const k = pointKey(rec);
    if (!k || !withheld.has(rec.id) || placesAt.get(k)!.size > 1) continue;
    const lat = Number(rec.lat.trim());
    const lng = Number(rec.lng.trim());
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) continue;
    const p = points.get(k) ?? { lat, lng, records: [] };
    p.records.push(rec.id);
    points.set(k, p);
  }
  return { verdicts, secret, review, withheld, addresses, points };
}
