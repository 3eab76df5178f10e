/**
 * What a service's NAME says about whom it is for: one reviewed table, read by the registry
 * importer (with the record's code and beneficiary groups), by the content report and by the unit
 * test over content/ ("no service whose name contradicts its categories").
 *
 * Why: the registry's nomenclature codes are often wrong (7 of the 10 Cluj-Napoca records coded as
 * elderly homes are something else), while a name such as "Centrul de zi pentru copii cu
 * dizabilități" is written by the provider and says plainly whom the service is for.
 *
 * How to read a rule: when the folded name (lower-case ASCII, single spaces) matches `name` and
 * not `unless`, a service so named is for at least one of `anyOf` (the importer adds `add`, or
 * `anyOf[0]`, when it carries none of them), it is also of the `types` given, and it is NOT for the
 * categories in `excludes` (an antidrug centre is not for the elderly) unless another matching
 * rule asks for that category. Ids are those of content/taxonomy/*.yaml; a unit test checks them.
 *
 * Patterns are written over whole folded words: `copi\w*` matches copii, copiilor, copilul is
 * `copil\w*`. Keep each rule to one idea and say in `says` what it reads.
 */

/** A beneficiary category or service type id of content/taxonomy (checked by a unit test). */
type Id = string;

export interface NameRule {
  /** Short name used in reports, like 'disability-children'. */
  id: string;
  /** What the rule reads, in plain words, for the reviewer and the report. */
  says: string;
  /** Matched against the folded name (see foldName). */
  name: RegExp;
  /** The rule does not apply when the folded name also matches this. */
  unless?: RegExp;
  /** A service so named is for at least one of these categories (empty: the rule only excludes). */
  anyOf: readonly Id[];
  /** What the importer adds when the service has none of `anyOf`; defaults to anyOf[0]. */
  add?: Id;
  /** Categories a service so named is not for. */
  excludes?: readonly Id[];
  /** Service types the name shows. */
  types?: readonly Id[];
}

// Word groups shared by several rules; each is a regular-expression source over folded words.
const CHILD = String.raw`\b((?<!sistemul de protectie (a |al )?)copil\w*|copii\w*|minor\w*|prescolar\w*|scolar\w*|cres[ae]\w*|gradinit\w*|after school|adolescent\w*|pruncul|bebelus\w*|case? de tip familial|module familiale|centr\w* de plasament|plasament\w*|asisten\w* maternal\w*)\b`;
const DISABILITY = String.raw`\b(dizabilit\w*|handicap\w*|deficien\w*|autis\w*|sindrom\w* down|nevazator\w*|surd\w*|nevoi speciale|neuromotor\w*|neuro psiho motor\w*|psihomotor\w*|neuropsihomotor\w*|neuropsihiatric\w*|neuropsihic\w*)\b`;
const YOUNG = String.raw`\b(tineri|tinerii|tinerilor|tanar\w*|tineret|tineretul|tineretului)\b`;
const ADULT = String.raw`\b(adult\w*|varstnic\w*|batran\w*|tineri|tinerii|tinerilor|tanar\w*|tineret|tineretul|tineretului|femei\w*|mame|mama|mamei|parinti\w*)\b`;
const re = (...parts: string[]) => new RegExp(parts.join(''));

/** The reviewed table. Order does not matter; every matching rule applies. */
export const SERVICE_NAME_RULES: readonly NameRule[] = [
  {
    id: 'disability-children',
    says: 'children (copii, copilul, minori) with disabilities (dizabilități, handicap, deficiențe, autism, nevoi speciale)',
    name: re(CHILD, '.*', DISABILITY, '|', DISABILITY, '.*', CHILD),
    unless: /\bfara dizabilit/,
    anyOf: ['children-with-disabilities'],
  },
  {
    id: 'disability-adults',
    says: 'people with disabilities (dizabilități, handicap, deficiențe, nevăzători, nevoi speciale) when the name names no children',
    name: re(DISABILITY),
    unless: re(CHILD, '|', String.raw`\bfara dizabilit`),
    // 'Persoane cu handicap' may include children (a code for children's services can say so).
    anyOf: ['adults-with-disabilities', 'children-with-disabilities'],
    add: 'adults-with-disabilities',
  },
  {
    id: 'children',
    says: 'children: copii, copilul, minori, preșcolari, creșă, casă de tip familial, centru de plasament, asistență maternală',
    name: re(CHILD),
    anyOf: ['children-and-families', 'children-with-disabilities', 'children-with-parents-abroad'],
    add: 'children-and-families',
  },
  {
    id: 'children-only',
    says: 'names children and no adults (adulți, vârstnici, tineri, femei, mame, părinți, persoane, familii): not for the elderly nor for adults (with or without disabilities)',
    name: re(CHILD),
    unless: re(ADULT, String.raw`|\b(persoan\w*|famili\w*)\b`),
    anyOf: [],
    excludes: ['elderly', 'adults-in-difficulty', 'adults-with-disabilities'],
  },
  {
    id: 'adults-not-children',
    says: 'adults (adulți, persoane adulte) and no children: not a children\'s service',
    name: /\badult\w*/,
    unless: re(CHILD),
    anyOf: [],
    excludes: ['children-and-families', 'children-with-disabilities'],
  },
  {
    id: 'elderly',
    says: 'the elderly: vârstnici, bătrâni, seniori, pensionari, Alzheimer',
    name: /\b(varstnic\w*|batran\w*|senior\w*|pensionar\w*|alzheimer)\b/,
    anyOf: ['elderly'],
  },
  {
    id: 'elderly-not-children',
    says: 'the elderly and no children: not a children\'s service',
    name: /\b(varstnic\w*|batran\w*|senior\w*|pensionar\w*)\b/,
    unless: re(CHILD),
    anyOf: [],
    excludes: ['children-and-families', 'children-with-disabilities'],
  },
  {
    id: 'homeless',
    says: 'homeless people: fără adăpost, fără locuință, copiii străzii, adăpost / azil de noapte',
    name: /\b(fara (adapost|locuinta|domiciliu)|strazii|(adapost\w*|azil) (de zi si )?(de )?noapte|adapost de urgenta pe timp de noapte)\b/,
    anyOf: ['homeless'],
    types: ['shelter'],
  },
  {
    id: 'mental-health',
    says: 'mental health: probleme / boli / tulburări / dizabilități psihice sau mintale, sănătate mintală, psihiatric (a "neuropsihiatric" centre is read as a disability service)',
    name: /\b((probleme|boli|bolnav\w*|tulburari|dizabilitat\w*|handicap|suferint\w*) (de sanatate )?(psihic\w*|mintal\w*)|sanatate mintala|(?<!neuro)psihiatric\w*)\b/,
    anyOf: ['mental-health'],
  },
  {
    id: 'addictions',
    says: 'addictions: antidrog, droguri, adicții, toxicomani, dependenți de alcool',
    name: /\b(antidrog|drog\w*|adicti\w*|toxicoman\w*|alcool\w*)\b/,
    anyOf: ['people-with-addictions'],
    types: ['addiction-services'],
    // A drug or alcohol service is for people with an addiction, whatever age band the registry ticked.
    excludes: ['elderly'],
  },
  {
    id: 'domestic-violence',
    says: 'victims of domestic violence: violența în familie / domestică, VVD, femeia și copilul abuzat',
    name: /\b(violent\w* (in|din) famili\w*|violent\w* domestic\w*|violent\w* familial\w*|vvd|victim\w* (ale )?violent\w*|agresiun\w* sexual\w*|(femei\w*|femeia|mame|mama|mamei)\b.*\b(abuz\w*|victim\w*|agresat\w*|maltrat\w*))\b/,
    anyOf: ['domestic-violence-victims'],
  },
  {
    id: 'trafficking',
    says: 'victims of human trafficking: trafic de persoane, traficului',
    name: /\btrafic\w*\b/,
    anyOf: ['trafficking-victims'],
  },
  {
    id: 'young-people-leaving-care',
    says: 'young people leaving care: tinerii care părăsesc sistemul de protecție, proveniți din instituții, centru de tranzit',
    name: /\b(parases\w* sistemul|(provenit\w*|iesit\w*) din (sistemul|institut\w*|centre\w*)|(tineri|tinerii|tinerilor|tanar\w*)\b.*\b(sistemul de protectie|institut\w* de ocrotire)|centr\w* de tranzit)\b/,
    unless: /\bfamilii\b/,
    anyOf: ['young-people-leaving-care'],
  },
  {
    id: 'young-adults',
    says: 'young people: tineri, tânărul, tineret (not "tinerețe")',
    name: re(YOUNG),
    anyOf: ['young-adults', 'young-people-leaving-care'],
    add: 'young-adults',
  },
  {
    id: 'people-leaving-prison',
    says: 'people in or leaving prison, and children who broke the law: deținuți, detenție, penitenciar, fapte penale',
    name: /\b(detinut\w*|detentie\w*|penitenciar\w*|privat\w* de libertate|fapte penale|probatiune)\b/,
    anyOf: ['people-leaving-prison'],
  },
  {
    id: 'terminally-ill',
    says: 'palliative care: paliativ, hospice, fază terminală',
    name: /\b(paliativ\w*|hospice|faza terminala|stadiu terminal)\b/,
    anyOf: ['terminally-ill'],
  },
  {
    id: 'migrants',
    says: 'migrants and refugees: solicitanți de azil, refugiați, migranți (not "azil de noapte" nor "azil pentru bătrâni")',
    name: /\b(solicitant\w* de azil|refugiat\w*|migranti\w*|imigrant\w*)\b/,
    anyOf: ['migrants'],
  },
  {
    id: 'roma',
    says: 'Roma communities: romi, rromi (not the town of Roman)',
    name: /\b(r?romi|r?romilor|rrom\w*)\b/,
    anyOf: ['roma-marginalised-communities'],
  },
  {
    id: 'parents-abroad',
    says: 'children whose parents work abroad: părinții plecați la muncă în străinătate',
    name: /\b(parinti\w* plecat\w*|plecat\w* (la munca )?in strainatate)\b/,
    anyOf: ['children-with-parents-abroad'],
  },
  {
    id: 'poverty',
    says: 'people in poverty: cantină socială / de ajutor social, masa pe roți, defavorizați',
    name: /\b(cantin\w*|masa pe roti|defavoriz\w*|saraci\w*)\b/,
    anyOf: ['people-in-poverty'],
  },
  { id: 'type-food', says: 'food: cantină, masa pe roți', name: /\b(cantin\w*|masa pe roti)\b/, anyOf: [], types: ['food-aid'] },
  { id: 'type-day-centre', says: 'a day centre: centru de zi', name: /\bcentr\w* (\w+ )?de zi\b/, anyOf: [], types: ['day-centre'] },
  { id: 'type-home-care', says: 'care at home: îngrijire la domiciliu', name: /\b(ingrijir\w*|servicii|asistenta) (\w+ )?(la|de) domiciliu\b/, anyOf: [], types: ['home-care'] },
  { id: 'type-protected-housing', says: 'protected housing: locuință protejată', name: /\blocuint\w* protejat\w*/, anyOf: [], types: ['protected-housing'] },
  { id: 'type-counselling', says: 'counselling: consiliere', name: /\bconsilier\w*/, anyOf: [], types: ['counselling'] },
  { id: 'type-emergency', says: 'emergency reception: primire în regim de urgență, adăpost de criză', name: /\b(primire\w* (\w+ ){0,3}in regim de urgenta|adapost\w* de criza)\b/, anyOf: [], types: ['emergency-shelter'] },
  { id: 'type-respite', says: 'respite: respiro', name: /\b(respiro|respite)\b/, anyOf: [], types: ['respite'] },
  { id: 'type-outreach', says: 'outreach: echipă mobilă, ambulanța socială', name: /\b(echip\w* mobil\w*|ambulant\w* sociala)\b/, anyOf: [], types: ['outreach'] },
];

/**
 * Lower-case ASCII letters and digits separated by single spaces: what the rules read.
 * @example foldName('Centrul de zi „Speranța” pentru copii') === 'centrul de zi speranta pentru copii'
 */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** What a name says, from the table: the rules that match and what they ask for. */
export interface NameEvidence {
  /** Ids of the matching rules. */
  rules: string[];
  /** One entry per matching rule with categories: the service carries at least one of `anyOf`. */
  requires: Array<{ rule: string; anyOf: readonly Id[]; add: Id }>;
  /** Categories the name rules out, less any that a matching rule asks for. */
  excludes: Id[];
  /** Service types the name shows. */
  types: Id[];
}

/** Reads a service name through SERVICE_NAME_RULES (or another table, for tests). */
export function categoriesFromName(name: string, rules: readonly NameRule[] = SERVICE_NAME_RULES): NameEvidence {
  const folded = foldName(name);
  const matched = rules.filter((r) => r.name.test(folded) && !(r.unless && r.unless.test(folded)));
  const asked = new Set(matched.flatMap((r) => r.anyOf));
  return {
    rules: matched.map((r) => r.id),
    requires: matched.filter((r) => r.anyOf.length).map((r) => ({ rule: r.id, anyOf: r.anyOf, add: r.add ?? r.anyOf[0]! })),
    excludes: [...new Set(matched.flatMap((r) => r.excludes ?? []))].filter((c) => !asked.has(c)),
    types: [...new Set(matched.flatMap((r) => r.types ?? []))],
  };
}

/** Categories after the name is read: what it asks for added, what it rules out removed. */
export function applyNameRules(name: string, categories: readonly Id[], rules?: readonly NameRule[]): { categories: Id[]; added: Id[]; removed: Id[]; types: Id[] } {
  const ev = categoriesFromName(name, rules);
  const added: Id[] = [];
  let out = [...categories];
  // The most specific requirement first: 'children with parents abroad' is met before 'children' would add children-and-families.
  for (const req of [...ev.requires].sort((a, b) => a.anyOf.length - b.anyOf.length)) {
    if (!req.anyOf.some((c) => out.includes(c))) { out.push(req.add); added.push(req.add); }
  }
  const removed = out.filter((c) => ev.excludes.includes(c));
  out = out.filter((c) => !ev.excludes.includes(c));
  return { categories: out, added, removed, types: ev.types };
}

/**
 * Where a service's name and its categories disagree, in words; empty when they agree.
 * @example nameContradictions('Centrul de zi pentru copii cu dizabilități', ['adults-with-disabilities'])
 *   → ["is named for children with disabilities … but carries none of children-with-disabilities", …]
 */
export function nameContradictions(name: string, categories: readonly Id[], rules: readonly NameRule[] = SERVICE_NAME_RULES): string[] {
  const ev = categoriesFromName(name, rules);
  const byId = new Map(rules.map((r) => [r.id, r]));
  const out: string[] = [];
  for (const req of ev.requires) {
    if (!req.anyOf.some((c) => categories.includes(c))) out.push(`is named for ${byId.get(req.rule)!.says}, but carries none of ${req.anyOf.join(', ')}`);
  }
  for (const c of categories.filter((x) => ev.excludes.includes(x))) {
    const why = ev.rules.map((id) => byId.get(id)!).filter((r) => r.excludes?.includes(c)).map((r) => r.says);
    out.push(`carries '${c}', which its name rules out (${why.join('; ')})`);
  }
  return out;
}
