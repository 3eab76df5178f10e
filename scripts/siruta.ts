/**
 * Reading SIRUTA, Romania's register of administrative units and localities (the CSV of
 * ../shared/data/siruta/, edition 2025 S1, BSD-3-Clause): rows, proper names, kinds and the area ids
 * the taxonomy gives them. Shared by scripts/import-siruta.ts (areas) and
 * scripts/import-city-halls.ts (a first door per unit). Pure: the CLI reads the file.
 */
import type { AreaKind } from '../src/schemas/taxonomy';
import { slugify } from '../src/lib/catalogue/catalogue';

export interface SirutaRow {
  code: number;
  /** DENLOC as published: upper case with diacritics, 'MUNICIPIUL CLUJ-NAPOCA'. */
  name: string;
  /** JUD: the county number (Cluj is 12). */
  county: number;
  /** SIRSUP: the unit above (a village's commune, a commune's county). */
  parent: number;
  /** TIP: 40 county; 1 and 4 municipality, 2 town, 3 commune; other codes are localities. */
  type: number;
  /** NIV: 1 county, 2 administrative unit, 3 locality. */
  level: number;
}

const COLUMNS = ['SIRUTA', 'DENLOC', 'JUD', 'SIRSUP', 'TIP', 'NIV'] as const;

/** Parses the semicolon-separated file; throws naming the line for anything it cannot read. */
export function parseSiruta(text: string, file = 'siruta.csv'): SirutaRow[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(';').map((h) => h.trim());
  const at = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  const missing = COLUMNS.filter((c) => at[c] < 0);
  if (missing.length) throw new Error(`${file}: line 1 has no column ${missing.join(', ')}; expected the SIRUTA header SIRUTA;DENLOC;CODP;JUD;SIRSUP;TIP;NIV;...`);
  return lines.slice(1).map((line, i) => {
    const f = line.split(';');
    const num = (c: (typeof COLUMNS)[number]) => {
      const v = Number(f[at[c]]);
      if (!Number.isInteger(v)) throw new Error(`${file}: line ${i + 2}: ${c} is '${f[at[c]] ?? ''}', not a whole number`);
      return v;
    };
    const name = (f[at.DENLOC] ?? '').trim();
    if (!name) throw new Error(`${file}: line ${i + 2}: DENLOC is empty`);
    return { code: num('SIRUTA'), name, county: num('JUD'), parent: num('SIRSUP'), type: num('TIP'), level: num('NIV') };
  });
}

const PREFIX = /^(JUDEȚUL|JUDEŢUL|MUNICIPIUL|ORAȘ|ORAŞ)\s+/u;
/** Small words that stay lower case inside a name, as Romanian writes them: 'Valea lui Cati', 'Luna de Sus'. */
const PARTICLES = new Set(['de', 'din', 'lui', 'la', 'pe', 'cu', 'sub', 'și']);

/**
 * The name as people write it: without the unit's prefix, in title case, particles lower case.
 * @example properName('MUNICIPIUL CLUJ-NAPOCA') // 'Cluj-Napoca'
 * @example properName('VALEA LUI CATI') // 'Valea lui Cati'
 */
export function properName(denloc: string): string {
  const bare = denloc.trim().replace(PREFIX, '').toLocaleLowerCase('ro');
  return bare
    .split(' ')
    .map((word, i) => (i > 0 && PARTICLES.has(word) ? word : word.split('-').map((part) => part.charAt(0).toLocaleUpperCase('ro') + part.slice(1)).join('-')))
    .join(' ');
}

/** What kind of area a row is. */
export function sirutaKind(row: Pick<SirutaRow, 'type' | 'level'>): AreaKind {
  if (row.type === 40) return 'county';
  if (row.level === 2) return row.type === 3 ? 'commune' : row.type === 2 ? 'town' : 'municipality';
  return 'locality';
}

/** The id of a county's term: 'judetul-cluj' (Bucharest, a municipality with a county's rank: 'judetul-bucuresti'). */
export function countyId(row: Pick<SirutaRow, 'name'>): string {
  return `judetul-${slugify(properName(row.name))}`;
}

/**
 * The preferred id of a unit's or locality's term. Units get their name ('floresti'), which reads
 * well in a URL (/areas/judetul-cluj/floresti/); a caller adds the county's name when another
 * county already has a unit of that name. Localities repeat across communes (three villages called
 * Pădureni in Cluj county alone), so their id carries the SIRUTA code: 'luna-de-sus-57724'.
 */
export function preferredId(row: SirutaRow): string {
  const slug = slugify(properName(row.name));
  return row.level === 3 ? `${slug}-${row.code}` : slug;
}

/** Sort key of units: the county seat, other municipalities, towns, then communes. */
export function unitRank(row: Pick<SirutaRow, 'type'>): number {
  return [1, 4, 2, 3].indexOf(row.type);
}

/** Finds a county by its JUD number ('12') or its name ('Cluj', 'cluj', 'Județul Cluj'). */
export function findCounty(rows: readonly SirutaRow[], query: string): SirutaRow | undefined {
  const counties = rows.filter((r) => r.type === 40);
  if (/^\d+$/.test(query.trim())) return counties.find((r) => r.county === Number(query));
  const want = slugify(query).replace(/^judetul-/, '');
  return counties.find((r) => countyId(r) === `judetul-${want}`);
}
