/**
 * One record through the steps: identify (name, id, organisation, kind), classify, normalise the
 * contacts, place. A record becomes a converted service or one `error` line; each fact left out
 * is a `warning` line. Warnings of a record that ends in an error are not reported: the error is.
 */
import { providerKind, classifyService, type Classifier } from './classify';
import { contactsOf, slugify } from './normalise';
import { placeOf, type CoordinateFacts } from './place';
import type { RecordItem } from './read';
import type { ConvertedRecord, RegistryRecord, ReportLine, RetiredFacts } from './model';

type Identity = Pick<ConvertedRecord, 'providerKey' | 'providerName' | 'kind'>;

/** Who runs the service: the organisation's name, its grouping key and its kind; an error when any is missing. */
export function identify(rec: RegistryRecord, name: string): Identity | { error: string } {
  if (!name) return { error: 'has no name' };
  if (!rec.id.trim()) return { error: 'has no id, so no source can cite it' };
  const providerName = rec.furnizor.trim().replace(/\s+/g, ' ');
  if (!providerName) return { error: 'has no provider organisation (furnizor)' };
  const providerKey = slugify(providerName, 1000);
  if (!providerKey) return { error: `provider name '${providerName}' has no letters or digits to make an id from` };
  const kind = providerKind(providerName);
  if (!kind) return { error: `cannot tell from the provider name '${providerName}' whether it is public, an NGO, religious or private` };
  return { providerKey, providerName, kind };
}

/** Converts one selected record; `report` holds its error, or its warnings. */
/** The contacts a person retired on purpose, taken out, each with a warning that says why. */
export function withoutRetired(contacts: { phones: string[]; emails: string[] }, retired: RetiredFacts | undefined): { phones: string[]; emails: string[]; warnings: string[] } {
  if (!retired) return { ...contacts, warnings: [] };
  const digits = (s: string) => s.replace(/\D/g, '').replace(/^0/, '');
  const gonePhones = new Set((retired.phones ?? []).map(digits));
  const goneEmails = new Set((retired.emails ?? []).map((e) => e.trim().toLowerCase()));
  const warnings: string[] = [];
  const phones = contacts.phones.filter((p) => !gonePhones.has(digits(p)) || (warnings.push(`phone '${p}' was retired by hand (${retired.reason}); left out`), false));
  const emails = contacts.emails.filter((e) => !goneEmails.has(e.toLowerCase()) || (warnings.push(`e-mail '${e}' was retired by hand (${retired.reason}); left out`), false));
  return { phones, emails, warnings };
}

export function convertRecord(item: RecordItem, classifier: Classifier, facts: CoordinateFacts, retired?: Readonly<Record<string, RetiredFacts>>): { converted?: ConvertedRecord; report: ReportLine[]; disagreement?: ReportLine } {
  const { raw, rec, index } = item;
  const recordId = rec?.id.trim() || `#${index + 1}`;
  const name = rec?.name.trim().replace(/\s+/g, ' ') ?? '';
  const error = (reason: string) => ({ report: [{ recordId, name, level: 'error' as const, reason }] });
  if (!rec) return error(`is not a record object (found ${raw === null ? 'null' : Array.isArray(raw) ? 'a list' : typeof raw})`);
  const who = identify(rec, name);
  if ('error' in who) return error(who.error);
  const kinds = classifyService(rec, name, classifier);
  if (kinds.error !== undefined) return error(kinds.error);
  const { warnings: readWarnings, ...read } = contactsOf(rec);
  const { warnings: retiredWarnings, phones, emails } = withoutRetired(read, retired?.[recordId]);
  const contacts = { ...read, phones, emails };
  const contactWarnings = [...readWarnings, ...retiredWarnings];
  const { warnings: placeWarnings, ...place } = placeOf(rec, kinds.confidential, facts);
  const warnings = [...kinds.warnings, ...contactWarnings, ...placeWarnings];
  return {
    converted: { rec, recordId, name, ...who, serviceTypes: kinds.serviceTypes, categories: kinds.categories, ...contacts, confidential: kinds.confidential, ...place },
    report: warnings.map((reason) => ({ recordId, name, level: 'warning', reason })),
    ...(kinds.disagreement ? { disagreement: { recordId, name, level: 'warning' as const, reason: kinds.disagreement } } : {}),
  };
}
