/**
 * `npm run import:city-halls -- --input ../shared/data/city-halls/Cluj.json [--out content/providers] [--overwrite]`
 *
 * The first door in every locality: for each administrative unit (municipality, town, commune) of
 * the county, its public social assistance service, reached through its city hall. Writes one
 * provider file per unit, `primaria-<unit>.yaml`, with the city hall's address and phones from the
 * city-halls data set (vimishor/dataset-primarii, CC BY 4.0, dated 2019-12-18 at the latest, so
 * the site marks it as old) and one service whose text says what the law requires, citing Law
 * 292/2011 and HG 797/2017. It never claims more: no source names each commune's service, so the
 * text says the law requires one and that people ask at the city hall.
 *
 * Where a city has its own directorate (DASM in Cluj-Napoca), that directorate is the door and no
 * city hall file is written (DIRECTORATES). The unit comes from the city hall's SIRUTA code through
 * the areas taxonomy (kept in step with SIRUTA by scripts/import-siruta.ts).
 *
 * A file that exists and differs from what the import would write is left alone (it was edited by
 * hand) and reported, unless --overwrite.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { taxonomyFileSchema, type TaxonomyTerm } from '../src/schemas/taxonomy';
import { ADMINISTRATIVE_UNIT_KINDS } from '../src/schemas/taxonomy';
import { sharedDataDir } from './shared-data';

/** Units whose door is a directorate of their own, with its provider file. */
export const DIRECTORATES: Readonly<Record<string, string>> = { 'cluj-napoca': 'dasm-cluj-napoca' };

/** The day the law pages below were read. */
export const LAW_ACCESSED = '2026-11-30';
/** The data set's own date: its README says to treat its contacts as dated 2019-12-18 at the latest. */
export const CITY_HALLS_DATE = '2019-12-18';

/** One entry of a county file (see the data set's schema.json). */
export interface CityHall {
  nume: string;
  adresa: { strada?: string; localitate: { nume: string; siruta: number }; judet: { nume: string }; 'cod-postal': string; tara: string };
  contact: { telefon: string[]; fax?: string[]; email?: string[]; website?: string };
}

export interface Door {
  unit: TaxonomyTerm;
  /** The provider file's id; undefined when a directorate is the door. */
  id?: string;
  directorate?: string;
  /** The YAML text of the provider file. */
  text?: string;
  /** What was left out and why. */
  notes: string[];
}

const q = (s: string) => JSON.stringify(s);

/** '0264-229101' → '0264 229 101'; other shapes are kept as written. */
export function phoneNumber(raw: string): string {
  const digits = raw.replace(/\D/g, '');
  return digits.length === 10 && digits.startsWith('0') ? `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}` : raw.trim();
}

const SOURCES = (commune: boolean, file: string) => `sources:
  - id: primarii-2019
    kind: web
    title: Setul de date „Primăriile din România” (vimishor/dataset-primarii, CC BY 4.0), fișierul ${file}; contactele sunt din 2016, localitățile actualizate la 18 decembrie 2019
    url: https://github.com/vimishor/dataset-primarii/tree/ed2cca1b1d0db57bb95e5bff7688126a7d0592d2
    date: '${CITY_HALLS_DATE}'
  - id: legea-292-art-115
    kind: web
    title: Legea nr. 292/2011 a asistenței sociale, art. 115 (sintact.ro, versiunea în vigoare din 9 decembrie 2025)
    url: https://sintact.ro/legislatie/monitorul-oficial/legea-292-2011-asistentei-sociale-16922058/art-115
    accessed: '${LAW_ACCESSED}'
  - id: hg-797-2017
    kind: web
    title: HG nr. 797/2017 pentru aprobarea regulamentelor-cadru de organizare și funcționare ale serviciilor publice de asistență socială (legislatie.just.ro)
    url: https://legislatie.just.ro/Public/FormaPrintabila/00000G1135RNFL65TLK3LDO82LVF0E4T
    accessed: '${LAW_ACCESSED}'
${commune ? `  - id: hg-797-2017-anexa-3
    kind: web
    title: Regulamentul-cadru de organizare și funcționare al compartimentului de asistență socială organizat la nivelul comunelor (HG nr. 797/2017, anexa 3, legislatie.just.ro)
    url: https://legislatie.just.ro/Public/FormaPrintabila/00000G3EO3KW2VYUGJW0YZOGWHCZV9KH
    accessed: '${LAW_ACCESSED}'
` : ''}`;

/** What the service is, by the law, in three languages; never more than the law says. */
function serviceText(unit: TaxonomyTerm, commune: boolean): { name: [string, string, string]; description: [string, string, string] } {
  const n = unit.label;
  if (commune) {
    return {
      name: ['Serviciul public de asistență socială (compartimentul din primărie)', 'Public social assistance service (at the city hall)', 'Szociális közszolgálat (a polgármesteri hivatalban)'],
      description: [
        `Legea asistenței sociale (nr. 292/2011, art. 115) cere fiecărei comune să-și îndeplinească atribuțiile de asistență socială printr-un serviciu public de asistență socială. La comune, acesta este un compartiment în aparatul de specialitate al primarului, deci lucrează în primărie (HG nr. 797/2017, anexa 3). Compartimentul administrează și acordă beneficiile de asistență socială și serviciile sociale pentru copii, familii, persoane vârstnice, persoane cu dizabilități și alte persoane aflate în nevoie: evaluează nevoile, face anchete sociale și îndrumă spre alte servicii.\n\nNicio sursă nu descrie separat compartimentul comunei ${n.ro}: întrebați la primărie. Adresa și telefoanele primăriei sunt din 2019 sau mai vechi; verificați-le înainte de a vă deplasa.`,
        `Romania's social assistance law (no. 292/2011, art. 115) requires every commune to carry out its social assistance duties through a public social assistance service. In a commune this is a unit of the mayor's staff, so it works at the city hall (Government Decision 797/2017, annex 3). It administers and grants social assistance benefits and social services for children, families, older people, people with disabilities and others in need: it assesses needs, carries out social inquiries and refers people to other services.\n\nNo source describes the unit of ${n.en} commune on its own: ask at the city hall. The city hall's address and phones date from 2019 or earlier; check them before you travel.`,
        `A szociális segítségnyújtásról szóló törvény (292/2011, 115. cikk) előírja, hogy minden község szociális közszolgálaton keresztül lássa el szociális feladatait. Községekben ez a polgármester szakapparátusának része, tehát a polgármesteri hivatalban működik (797/2017-es kormányhatározat, 3. melléklet). Szociális juttatásokat és szociális szolgáltatásokat kezel és nyújt gyermekeknek, családoknak, időseknek, fogyatékossággal élő személyeknek és más rászorulóknak: felméri a szükségleteket, környezettanulmányt végez, és más szolgáltatásokhoz irányít.\n\nEgyetlen forrás sem írja le külön ${n.hu} község szociális részlegét: érdeklődjön a polgármesteri hivatalban. A hivatal címe és telefonszámai 2019-es vagy régebbi adatok; indulás előtt ellenőrizze őket.`,
      ],
    };
  }
  return {
    name: ['Serviciul public de asistență socială', 'Public social assistance service', 'Szociális közszolgálat'],
    description: [
      `Legea asistenței sociale (nr. 292/2011, art. 115) cere fiecărui municipiu și oraș să-și îndeplinească atribuțiile de asistență socială printr-un serviciu public de asistență socială; HG nr. 797/2017 (anexa 2) îl organizează ca direcție de asistență socială în subordinea consiliului local. Serviciul administrează și acordă beneficiile de asistență socială și serviciile sociale pentru copii, familii, persoane vârstnice, persoane cu dizabilități și alte persoane aflate în nevoie.\n\nNicio sursă nu ne spune unde funcționează acest serviciu în ${n.ro}: primăria vă îndrumă. Adresa și telefoanele primăriei sunt din 2019 sau mai vechi; verificați-le înainte de a vă deplasa.`,
      `Romania's social assistance law (no. 292/2011, art. 115) requires every municipality and town to carry out its social assistance duties through a public social assistance service; Government Decision 797/2017 (annex 2) organises it as a social assistance directorate under the local council. It administers and grants social assistance benefits and social services for children, families, older people, people with disabilities and others in need.\n\nNo source tells us where this service works in ${n.en}: the city hall will direct you. The city hall's address and phones date from 2019 or earlier; check them before you travel.`,
      `A szociális segítségnyújtásról szóló törvény (292/2011, 115. cikk) előírja, hogy minden municípium és város szociális közszolgálaton keresztül lássa el szociális feladatait; a 797/2017-es kormányhatározat (2. melléklet) ezt a helyi tanács alárendeltségébe tartozó szociális igazgatóságként szervezi meg. Szociális juttatásokat és szociális szolgáltatásokat kezel és nyújt gyermekeknek, családoknak, időseknek, fogyatékossággal élő személyeknek és más rászorulóknak.\n\nEgyetlen forrás sem mondja meg, hol működik ez a szolgálat ${n.hu} településen: a polgármesteri hivatal útbaigazítja. A hivatal címe és telefonszámai 2019-es vagy régebbi adatok; indulás előtt ellenőrizze őket.`,
    ],
  };
}

const block = (text: string, indent: string) => text.split('\n').map((l) => (l ? `${indent}${l}` : '')).join('\n');

/** One provider file for a unit's city hall. */
export function doorFile(hall: CityHall, unit: TaxonomyTerm, county: TaxonomyTerm, locality: TaxonomyTerm | undefined, file: string, notes: string[]): string {
  const commune = unit.kind === 'commune';
  const id = `primaria-${unit.id}`;
  const { name, description } = serviceText(unit, commune);
  const phones = [...new Set(hall.contact.telefon.map(phoneNumber))];
  const street = (hall.adresa.strada ?? '').trim();
  const hasStreet = /[\p{L}\d]/u.test(street);
  if (!hasStreet) notes.push(`no street in the source ('${street}'): no address or place written, only the phones`);
  const postal = /^\d{6}$/.test(hall.adresa['cod-postal']) ? hall.adresa['cod-postal'] : undefined;
  const countyName = county.label.ro.replace(/^Județul /, '');
  const lines = [
    '# yaml-language-server: $schema=../../public/schema/provider.schema.json',
    `# The first door in ${unit.label.ro}: the public social assistance service, reached through the city hall.`,
    `# Generated by \`npm run import:city-halls\` from the city-halls data set (${file}); the service text cites the law`,
    '# (Law 292/2011, HG 797/2017) and claims nothing the law does not. The address and phones are dated',
    '# 2019-12-18 at the latest (the data set\'s date), so the site marks them as old. Generated: no person assured it.',
    `id: ${id}`,
    `name: ${q(`Primăria ${unit.label.ro}`)}`,
    'kind: public',
    'description:',
    `  ro: ${q(`Primăria ${commune ? 'comunei' : unit.kind === 'town' ? 'orașului' : 'municipiului'} ${unit.label.ro}, județul ${countyName}.`)}`,
    `  en: ${q(`The city hall of ${unit.label.en} (${commune ? 'commune' : unit.kind === 'town' ? 'town' : 'municipality'}), ${countyName} County.`)}`,
    'phones:',
    ...phones.map((p) => `  - { number: '${p}', label: { ro: Primăria, en: City hall, hu: Polgármesteri hivatal }, source: primarii-2019 }`),
    SOURCES(commune, file).trimEnd(),
  ];
  if (hasStreet) {
    lines.push(
      'locations:',
      '  - id: primaria',
      '    name: { ro: Primăria, en: City hall, hu: Polgármesteri hivatal }',
      `    address: { street: ${q(street)}, ${postal ? `postal_code: '${postal}', ` : ''}locality: ${q(locality?.label.ro ?? hall.adresa.localitate.nume)}, county: ${q(countyName)} }`,
      '    source: primarii-2019',
    );
  }
  lines.push(
    'services:',
    '  - id: serviciul-public-de-asistenta-sociala',
    `    name: { ro: ${q(name[0])}, en: ${q(name[1])}, hu: ${q(name[2])} }`,
    '    description:',
    `      ro: |-\n${block(description[0], '        ')}`,
    `      en: |-\n${block(description[1], '        ')}`,
    `      hu: |-\n${block(description[2], '        ')}`,
    '    service_types: [benefits, counselling]',
    '    beneficiary_categories: [everyone]',
    `    areas_served: [${unit.id}]`,
    ...(hasStreet ? ['    locations: [primaria]'] : []),
    `    sources: [legea-292-art-115, hg-797-2017${commune ? ', hg-797-2017-anexa-3' : ''}, primarii-2019]`,
  );
  return `${lines.join('\n')}\n`;
}

/** The doors of a county: one per administrative unit, from its city halls and the areas taxonomy. */
export function cityHallDoors(halls: readonly CityHall[], areas: readonly TaxonomyTerm[], file: string): { doors: Door[]; problems: string[] } {
  const bySiruta = new Map(areas.filter((t) => t.siruta !== undefined).map((t) => [t.siruta!, t]));
  const byId = new Map(areas.map((t) => [t.id, t]));
  const problems: string[] = [];
  const doors = new Map<string, Door>();
  for (const hall of halls) {
    const seat = bySiruta.get(hall.adresa?.localitate?.siruta);
    if (!seat) { problems.push(`${hall.nume}: SIRUTA code ${hall.adresa?.localitate?.siruta} is not in the areas taxonomy; run npm run import:siruta for its county`); continue; }
    const unit = ADMINISTRATIVE_UNIT_KINDS.includes(seat.kind!) ? seat : byId.get(seat.parent ?? '');
    if (!unit || !ADMINISTRATIVE_UNIT_KINDS.includes(unit.kind!)) { problems.push(`${hall.nume}: ${seat.label.ro} (${seat.siruta}) is in no town or commune of the taxonomy`); continue; }
    if (doors.has(unit.id)) { problems.push(`${hall.nume}: ${unit.label.ro} already has a city hall in ${file}`); continue; }
    const county = byId.get(unit.parent ?? '');
    if (!county) { problems.push(`${hall.nume}: ${unit.label.ro} has no county`); continue; }
    const directorate = DIRECTORATES[unit.id];
    if (directorate) { doors.set(unit.id, { unit, directorate, notes: [`its own directorate is the door: content/providers/${directorate}.yaml`] }); continue; }
    const notes: string[] = [];
    const text = doorFile(hall, unit, county, seat === unit ? undefined : seat, file, notes);
    doors.set(unit.id, { unit, id: `primaria-${unit.id}`, text, notes });
  }
  // Every unit of the counties the file covers must have its door.
  const counties = new Set([...doors.values()].map((d) => d.unit.parent));
  for (const u of areas.filter((t) => ADMINISTRATIVE_UNIT_KINDS.includes(t.kind!) && counties.has(t.parent) && !doors.has(t.id))) {
    problems.push(`${u.label.ro}: no city hall in ${file}; no door written`);
  }
  return { doors: [...doors.values()].sort((a, b) => a.unit.id.localeCompare(b.unit.id)), problems };
}

function main() {
  const { values } = parseArgs({ options: { input: { type: 'string' }, out: { type: 'string', default: 'content/providers' }, areas: { type: 'string', default: 'content/taxonomy/areas.yaml' }, overwrite: { type: 'boolean', default: false } } });
  const shared = sharedDataDir('city-halls');
  const input = values.input ?? process.env.CITY_HALLS_JSON ?? (shared && join(shared, 'Cluj.json'));
  if (!input) {
    console.error('import-city-halls: no input; give --input <county>.json or CITY_HALLS_JSON, or put the set in ../shared/data/city-halls/');
    process.exit(2);
  }
  const halls = JSON.parse(readFileSync(input, 'utf8')) as CityHall[];
  if (!Array.isArray(halls)) { console.error(`import-city-halls: ${input} is not a list of city halls`); process.exit(2); }
  const areas = taxonomyFileSchema.parse(parse(readFileSync(values.areas!, 'utf8'))).terms;
  const file = input.split(/[\\/]/).pop()!;
  const { doors, problems } = cityHallDoors(halls, areas, file);
  mkdirSync(values.out!, { recursive: true });
  const counts = { written: 0, unchanged: 0, kept: 0, directorates: 0 };
  for (const d of doors) {
    if (!d.text || !d.id) { counts.directorates++; console.log(`${d.unit.label.ro}: ${d.notes.join('; ')}`); continue; }
    const path = join(values.out!, `${d.id}.yaml`);
    for (const n of d.notes) console.log(`${d.unit.label.ro}: ${n}`);
    if (existsSync(path)) {
      const old = readFileSync(path, 'utf8');
      if (old === d.text) { counts.unchanged++; continue; }
      if (!values.overwrite) { counts.kept++; console.log(`${relative(process.cwd(), resolve(path))}: edited by hand; left as it is (--overwrite replaces it)`); continue; }
    }
    writeFileSync(path, d.text);
    counts.written++;
  }
  for (const p of problems) console.error(`import-city-halls: ${p}`);
  console.log(`${halls.length} city halls in: ${doors.length} doors (${counts.written} written, ${counts.unchanged} unchanged, ${counts.kept} kept as edited, ${counts.directorates} directorates), ${problems.length} problems.`);
  if (problems.length) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
