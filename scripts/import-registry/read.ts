/**
 * Reading step: raw JSON records into records of strings, and the records of the place asked for.
 * Never throws: a record that is not an object is kept (as `rec: undefined`) so it is reported.
 */
import { fold } from './normalise';
import type { ImportOptions, RegistryFile, RegistryRecord } from './model';

/** One entry of the file's `providers` list, read; `index` is its position, for records without an id. */
export interface RecordItem {
  raw: unknown;
  rec?: RegistryRecord;
  index: number;
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function strList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(str).filter((s) => s.trim() !== '') : typeof v === 'string' && v.trim() ? [v] : [];
}

/** Reads one raw record into strings; undefined when it is not an object. */
export function readRecord(raw: unknown): RegistryRecord | undefined {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const r = raw as Record<string, unknown>;
  return {
    id: str(r.id),
    name: str(r.name),
    furnizor: str(r.furnizor),
    adresa: str(r.adresa),
    oras: str(r.oras),
    jud: str(r.jud),
    cod: str(r.cod).trim(),
    type: str(r.type).trim(),
    categorie: strList(r.categorie),
    capacitate: str(r.capacitate),
    email: str(r.email),
    phone: strList(r.phone),
    lat: str(r.lat),
    lng: str(r.lng),
  };
}

/** Every entry of the file, read. */
export function readRecords(file: RegistryFile): RecordItem[] {
  const raws = Array.isArray(file.providers) ? file.providers : [];
  return raws.map((raw, i) => ({ raw, rec: readRecord(raw), index: i }));
}

/** The nomenclature codes the file defines (its `ss` list). */
export function nomenclatureCodes(file: RegistryFile): Set<string> {
  return new Set((Array.isArray(file.ss) ? file.ss : []).map((n) => str(n?.cod).trim()));
}

/**
 * The records of the locality or county asked for (all when neither is given). An entry that is
 * not a record is kept, so that it is counted and reported.
 */
export function selectRecords(items: RecordItem[], where: Pick<ImportOptions, 'locality' | 'county'>): { selected: RecordItem[]; skipped: number } {
  const localityKey = where.locality ? fold(where.locality) : undefined;
  const countyKey = where.county ? fold(where.county) : undefined;
  const selected = items.filter(({ rec }) => !(rec && ((localityKey && fold(rec.oras) !== localityKey) || (countyKey && fold(rec.jud) !== countyKey))));
  return { selected, skipped: items.length - selected.length };
}
