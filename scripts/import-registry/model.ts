/**
 * The shapes the registry importer reads and writes, and the facts it cites. The steps
 * (read → normalise → classify → place → group → merge → report) each live in their own file
 * beside this one; registry-import.ts runs them in order.
 */
import type { TaxonomyTerm } from '../../src/schemas/taxonomy';
import type { ClassifyRules } from './classify';
import type { PlaceDecision } from '../../src/lib/confidentiality/registry-rules';

/**
 * The date cited for the extract. Its README says the data is the map of licensed services "as
 * published in 2016-2017" and calls it the 2016 extract; the day is not documented. We date it
 * to the last day of 2016, the year it documents, and the title of the source says "2016 extract"
 * so that no reader takes the day for a publication date.
 */
export const REGISTRY_EXTRACT_DATE = '2016-12-31';
export const REGISTRY_SOURCE_TITLE = 'Registrul serviciilor sociale licențiate (Ministerul Muncii), extras 2016';


/** One record as published (all strings). Fields are read defensively: real files are messy. */
export interface RegistryRecord {
  id: string;
  name: string;
  furnizor: string;
  adresa: string;
  oras: string;
  jud: string;
  cod: string;
  type: string;
  categorie: string[];
  capacitate: string;
  email: string;
  phone: string[];
  lat: string;
  lng: string;
}

export interface NomenclatureEntry {
  id: string;
  cod: string;
  desc: string;
}

export interface RegistryFile {
  ss: NomenclatureEntry[];
  providers: unknown[];
}

export interface ImportOptions {
  beneficiaryCategories: TaxonomyTerm[];
  serviceTypes: TaxonomyTerm[];
  /**
   * content/taxonomy/areas.yaml: a confidential location names its locality only as the taxonomy
   * writes it, else the county's area (validate's rule, src/lib/ingest/checks.ts). Without it the
   * locality is written as the registry writes it.
   */
  areas?: TaxonomyTerm[];
  /** File name cited in each source, like 'cluj-county.json'. */
  file: string;
  /** Date cited for the registry; defaults to REGISTRY_EXTRACT_DATE. */
  extractDate?: string;
  /**
   * The day of the import. Not written as assured_date: an import is not a person checking the
   * facts (see src/lib/ingest/date-checks.ts).
   */
  assuredDate?: string;
  /** Keep only records of this locality ('Cluj-Napoca' also matches 'Cluj Napoca'). */
  locality?: string;
  /** Keep only records of this county. */
  county?: string;
  /** Provider id to use for an organisation, keyed by its name as the registry writes it. */
  providerIds?: Record<string, string>;
  /** The rules that give service types, beneficiary categories and confidentiality; defaults to REGISTRY_RULES. */
  rules?: ClassifyRules;
  /** A person's decisions on places the rules say MAY need to be secret, by record id (registry-aliases.json `places`). */
  placeDecisions?: Record<string, PlaceDecision>;
  /** Registry facts a person removed on purpose, by record id (registry-aliases.json `retired`): never imported again. */
  retired?: Record<string, RetiredFacts>;
  /** Existing provider ids by the registry record they cite, so a re-import finds them by record, not by name. */
  providerIdsByRecord?: Record<string, string>;
}

/** Facts of one registry record that a person removed on purpose, with why. */
export interface RetiredFacts {
  phones?: string[];
  emails?: string[];
  /** Why they were removed, with the source that shows it (for the reviewer, and the report). */
  reason: string;
}

export interface ReportLine {
  recordId: string;
  name: string;
  /** 'error': the record was not imported; 'warning': imported without the fact named. */
  level: 'error' | 'warning';
  reason: string;
}

/** A provider entry as it will be written to YAML (the input shape of providerSchema). */
export interface ImportedProvider {
  id: string;
  name: string;
  kind: 'public' | 'ngo' | 'religious' | 'private';
  emails?: Array<{ address: string; source: string }>;
  phones?: Array<{ number: string; source: string }>;
  sources: Array<{ id: string; kind: 'registry'; title: string; file: string; record: string; date: string }>;
  locations?: ImportedLocation[];
  services: ImportedService[];
}

export interface ImportedLocation {
  id: string;
  name?: string;
  confidential?: true;
  contact_route?: { ro: string; en: string };
  locality?: string;
  area?: string;
  address?: { street: string; locality: string; county: string };
  latitude?: number;
  longitude?: number;
  precision?: 'approximate';
  source?: string;
}

export interface ImportedService {
  id: string;
  name: string;
  service_types: string[];
  beneficiary_categories: string[];
  capacity?: { value: number; unit: 'places' | 'per_day' | 'per_month'; source: string };
  locations?: string[];
  phones?: Array<{ number: string; source: string }>;
  emails?: Array<{ address: string; source: string }>;
  sources: string[];
}

export interface ImportResult {
  entries: ImportedProvider[];
  report: ReportLine[];
  /** The registry record id behind each service, keyed `<provider id>/<service id>`. */
  recordOf: Record<string, string>;
  counts: { in: number; services: number; reported: number; skipped: number };
  /** Records whose name and code (or groups) disagree, one line each. */
  disagreements: ReportLine[];
  /** The places withheld among the records selected (see src/lib/confidentiality/registry-rules.ts). */
  places: {
    confidential: PlaceLine[];
    /** Records that MAY need a secret place: withheld until a person decides. */
    review: PlaceLine[];
    withheldRecords: number;
    withheldAddresses: number;
    withheldPoints: number;
  };
}

export interface PlaceLine {
  recordId: string;
  name: string;
  rules: string[];
  decided?: PlaceDecision;
}

/** One record after normalising and classifying: everything grouping needs, nothing it must re-read. */
export interface ConvertedRecord {
  rec: RegistryRecord;
  recordId: string;
  name: string;
  providerKey: string;
  providerName: string;
  kind: ImportedProvider['kind'];
  serviceTypes: string[];
  categories: string[];
  capacity?: { value: number; unit: 'places' | 'per_day' | 'per_month' };
  phones: string[];
  emails: string[];
  confidential: boolean;
  street?: string;
  locality: string;
  county: string;
  coords?: { lat: number; lng: number };
}
