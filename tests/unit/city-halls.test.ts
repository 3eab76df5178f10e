/** The first door in every locality: scripts/import-city-halls.ts on the real city-halls file (skipped without it). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cityHallDoors, CITY_HALLS_DATE, DIRECTORATES, phoneNumber, type CityHall } from '../../scripts/import-city-halls';
import { ADMINISTRATIVE_UNIT_KINDS } from '../../src/schemas/taxonomy';
import { oldFactKinds, serviceFacts } from '../../src/lib/views/freshness';
import { SITE } from '../../src/config';
import { realContent, REAL_TODAY } from './helpers';
import { sharedSet } from './shared-data';
import { parse } from 'yaml';

interface Door { sources: Array<{ id: string; kind: string }>; services: Array<{ sources: string[] }>; [list: string]: unknown }

/** A door file with what a registry import added taken out (empty lists dropped). */
function withoutRegistry(doc: Door): Record<string, unknown> {
  const registry = new Set(doc.sources.filter((s) => s.kind === 'registry').map((s) => s.id));
  const out: Record<string, unknown> = { ...doc, sources: doc.sources.filter((s) => !registry.has(s.id)), services: doc.services.filter((s) => !s.sources.every((id) => registry.has(id))) };
  for (const list of ['locations', 'phones', 'emails'] as const) {
    const items = (doc[list] as Array<{ source?: string }> | undefined)?.filter((x) => !x.source || !registry.has(x.source));
    if (items?.length) out[list] = items; else delete out[list];
  }
  return out;
}

const areas = realContent.taxonomies.areas;
const units = areas.filter((t) => t.parent === 'judetul-cluj' && ADMINISTRATIVE_UNIT_KINDS.includes(t.kind!));
const providers = realContent.providers.map((p) => p.data);

describe('city hall doors', () => {
  it('writes phones the way the rest of the directory does, keeping odd shapes as given', () => {
    expect(phoneNumber('0264-229101')).toBe('0264 229 101');
    expect(phoneNumber('0374-961930')).toBe('0374 961 930');
    expect(phoneNumber('112')).toBe('112');
  });

  it('gives each of the 81 towns and communes of Cluj county exactly one first door', () => {
    expect(units).toHaveLength(81);
    for (const u of units) {
      const doors = providers.filter((p) => p.id.startsWith('primaria-') && p.services.some((s) => s.areas_served?.includes(u.id)));
      const directorate = DIRECTORATES[u.id];
      expect(doors.length + (directorate ? 1 : 0), u.id).toBe(1);
      if (directorate) expect(providers.find((p) => p.id === directorate)?.services.some((s) => s.areas_served?.includes(u.id)), directorate).toBe(true);
    }
  });

  it('cites the law for what the service does and the dated data set for the contacts, which show as old', () => {
    for (const p of providers.filter((x) => x.id.startsWith('primaria-'))) {
      const door = p.services[0]!;
      expect(door.sources, p.id).toEqual(expect.arrayContaining(['legea-292-art-115', 'hg-797-2017', 'primarii-2019']));
      expect(p.sources.find((s) => s.id === 'primarii-2019')?.date, p.id).toBe(CITY_HALLS_DATE);
      for (const ph of p.phones ?? []) expect(ph.source, p.id).toBe('primarii-2019');
      // The law is read today; the address and phones are from the 2019 data set: those facts show as old.
      expect(oldFactKinds(serviceFacts(p, door), p.sources, { asOf: REAL_TODAY, staleAfterMonths: SITE.staleAfterMonths }), p.id).toEqual(expect.arrayContaining(['phone']));
      expect(oldFactKinds(serviceFacts(p, door), p.sources, { asOf: REAL_TODAY, staleAfterMonths: SITE.staleAfterMonths }), p.id).not.toContain('description');
      // Never claims a service that no source names: the text says so.
      expect(typeof door.description === 'object' && door.description.ro, p.id).toMatch(/Nicio sursă nu/);
    }
  });
});

const DIR = sharedSet('city-halls');
describe.skipIf(!DIR)('the import on the real city-halls file (../shared/data/city-halls/Cluj.json)', () => {
  const halls = DIR ? JSON.parse(readFileSync(join(DIR, 'Cluj.json'), 'utf8')) as CityHall[] : [];
  const { doors, problems } = cityHallDoors(halls, areas, 'Cluj.json');

  it('finds a door for every unit, from its city hall through SIRUTA, with no problem', () => {
    expect(problems).toEqual([]);
    expect(doors.map((d) => d.unit.id).sort()).toEqual(units.map((u) => u.id).sort());
    const clujNapoca = doors.find((d) => d.unit.id === 'cluj-napoca');
    expect(clujNapoca?.directorate).toBe('dasm-cluj-napoca');
    expect(clujNapoca?.text).toBeUndefined();
    // Jucu's city hall is in the village of Jucu de Sus; the door is the commune's.
    expect(doors.find((d) => d.unit.id === 'jucu')?.text).toContain('areas_served: [jucu]');
  });

  it('keeps the committed door files in step with the importer (running it again changes nothing)', () => {
    for (const d of doors.filter((x) => x.text)) {
      const committed = readFileSync(`content/providers/${d.id}.yaml`, 'utf8');
      if (committed === d.text) continue;
      // The registry import may add a city hall's licensed services to its door (Gilău, Câmpia
      // Turzii: scripts/registry-aliases.json): only what cites the registry may differ.
      expect(withoutRegistry(parse(committed) as Door), d.id).toEqual(withoutRegistry(parse(d.text!) as Door));
    }
  });

  it('leaves out an address the source does not give, and says so', () => {
    const risca = doors.find((d) => d.unit.id === 'risca')!;
    expect(risca.notes.join()).toMatch(/no street in the source/);
    expect(risca.text).not.toContain('locations:');
  });
});
