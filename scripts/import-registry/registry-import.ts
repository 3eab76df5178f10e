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
 * - Confidential services (domestic violence, trafficking) never carry an address or coordinates.
 */
import { makeClassifier, isConfidentialService, REGISTRY_RULES } from './classify';
import { convertRecord } from './convert';
import { assignProviderIds, groupByProvider, providerEntry } from './group';
import { compareIds } from './normalise';
import { coordinateFacts } from './place';
import { nomenclatureCodes, readRecords, selectRecords } from './read';
import { REGISTRY_EXTRACT_DATE, type ConvertedRecord, type ImportedProvider, type ImportOptions, type ImportResult, type RegistryFile, type ReportLine } from './model';

/** Converts the registry file into provider entries plus a report; see the module comment for the rules. */
export function importRegistry(file: RegistryFile, opts: ImportOptions): ImportResult {
  const classifier = makeClassifier(opts.rules ?? REGISTRY_RULES, opts, nomenclatureCodes(file));
  const items = readRecords(file);
  // Read from every record, not only those selected: a secret or shared point anywhere in the file counts.
  const facts = coordinateFacts(items, (rec) => isConfidentialService(rec.name, rec.cod.trim(), classifier));
  const { selected, skipped } = selectRecords(items, opts);

  const report: ReportLine[] = [];
  const converted: ConvertedRecord[] = [];
  for (const item of selected) {
    const one = convertRecord(item, classifier, facts);
    report.push(...one.report);
    if (one.converted) converted.push(one.converted);
  }

  const groups = groupByProvider(converted);
  const ids = assignProviderIds(groups, opts.providerIds);
  const cite = { file: opts.file, extractDate: opts.extractDate ?? REGISTRY_EXTRACT_DATE, assuredDate: opts.assuredDate };
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
  return { entries, report, recordOf, counts: { in: selected.length, services: converted.length, reported, skipped } };
}
