/**
 * Turns records of the licensed social services registry (the 2016 extract kept in
 * ../shared/data/registry-2016/, shape `{ ss: [...], providers: [...] }`) into provider entries, by steps:
 * read (read.ts) → normalise (normalise.ts) → classify (classify.ts) → place (place.ts) →
 * group (group.ts); the CLI (main.ts) then merges with existing files (merge.ts) and reports
 * (report.ts). Pure: no file system here.
 *
 * Rules, in short (each is a decision about real, messy public data):
 * - Every record becomes a service or an `error` line in the report; a record missing an optional
 *   fact is imported without it and gets a `warning` line. So records in = services out + errors.
 * - Nothing is invented: an empty address gives no location, a capacity that is not a number gives
 *   no capacity, a malformed phone or e-mail is left out. Each of these is a warning.
 * - Confidential services (domestic violence, trafficking, emergency reception of abused children,
 *   shelters for women and children; src/lib/confidentiality/registry-rules.ts) never carry an
 *   address or coordinates, nor does any record at their address, from any organisation. Records
 *   that MAY need it are withheld too until a person decides (scripts/registry-aliases.json,
 *   `places`), and listed in the report.
 * - Categories come from the groups, the code and the name (src/lib/catalogue/service-name-rules.ts);
 *   every record whose name and code disagree is listed.
 */
import { decidePlaces, type PlaceRecord } from '../../src/lib/confidentiality/registry-rules';
import { makeClassifier, REGISTRY_RULES } from './classify';
import { convertRecord } from './convert';
import { assignProviderIds, groupByProvider, providerEntry } from './group';
import { compareIds } from './normalise';
import { coordinateFacts } from './place';
import { nomenclatureCodes, readRecords, selectRecords } from './read';
import { REGISTRY_EXTRACT_DATE, type ConvertedRecord, type ImportedProvider, type ImportOptions, type ImportResult, type RegistryFile, type ReportLine } from './model';

/** Converts the registry file into provider entries plus a report; see the module comment for the rules. */
export function importRegistry(file: RegistryFile, opts: ImportOptions): ImportResult {
  const rules = opts.rules ?? REGISTRY_RULES;
  const classifier = makeClassifier(rules, opts, nomenclatureCodes(file), opts.placeDecisions);
  const items = readRecords(file);
  // Decided over every record, not only those selected: a secret address or point anywhere in the file counts.
  const placeRecords: PlaceRecord[] = items.flatMap(({ rec }) => (rec && rec.id.trim() ? [{ ...rec, id: rec.id.trim() }] : []));
  const places = decidePlaces(placeRecords, opts.placeDecisions, rules.placeRules);
  const facts = coordinateFacts(items, places);
  const { selected, skipped } = selectRecords(items, opts);

  const report: ReportLine[] = [];
  const converted: ConvertedRecord[] = [];
  const disagreements: ReportLine[] = [];
  for (const item of selected) {
    const one = convertRecord(item, classifier, facts, opts.retired);
    report.push(...one.report);
    if (one.converted) converted.push(one.converted);
    if (one.disagreement) disagreements.push(one.disagreement);
  }
  const inSelection = new Set(selected.flatMap(({ rec }) => (rec ? [rec.id.trim()] : [])));
  const nameOf = new Map(placeRecords.map((r) => [r.id, r.name.trim().replace(/\s+/g, ' ')]));
  const placeLines = {
    confidential: [...places.verdicts].filter(([id, v]) => inSelection.has(id) && places.secret.has(id) && v.level === 'confidential')
      .map(([id, v]) => ({ recordId: id, name: nameOf.get(id)!, rules: v.rules, ...(v.decided ? { decided: v.decided } : {}) })),
    review: places.review.filter((r) => inSelection.has(r.id)).map((r) => ({ recordId: r.id, name: nameOf.get(r.id)!, rules: r.rules, ...(r.decided ? { decided: r.decided } : {}) })),
    withheldRecords: [...places.withheld].filter((id) => inSelection.has(id)).length,
    withheldAddresses: [...places.addresses.values()].filter((a) => a.records.some((id) => inSelection.has(id))).length,
    withheldPoints: [...places.points.values()].filter((p) => p.records.some((id) => inSelection.has(id))).length,
  };

  const groups = groupByProvider(converted);
  const ids = assignProviderIds(groups, opts.providerIds, opts.providerIdsByRecord);
  const cite = { file: opts.file, extractDate: opts.extractDate ?? REGISTRY_EXTRACT_DATE, ...(opts.areas ? { areas: opts.areas } : {}) };
  const entries: ImportedProvider[] = [];
  const recordOf: Record<string, string> = {};
  for (const [key, recs] of groups) {
    const one = providerEntry(ids.get(key)!, recs, cite);
    entries.push(one.entry);
    Object.assign(recordOf, one.recordOf);
    report.push(...one.report);
  }

  entries.sort((a, b) => a.id.localeCompare(b.id));
  report.sort((a, b) => compareIds(a.recordId, b.recordId) || (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1));
  const reported = report.filter((r) => r.level === 'error').length;
  disagreements.sort((a, b) => compareIds(a.recordId, b.recordId));
  for (const list of [placeLines.confidential, placeLines.review]) list.sort((a, b) => compareIds(a.recordId, b.recordId));
  return { entries, report, recordOf, disagreements, places: placeLines, counts: { in: selected.length, services: converted.length, reported, skipped } };
}
