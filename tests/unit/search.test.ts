import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js';
import { buildSearchIndex } from '../../src/lib/search/build-index';
import { NO_FILTERS, SearchEngine, type Filters, type SearchRequest, type SearchResult } from '../../src/lib/search/engine';
import { R } from '../../src/lib/search/index-data';
import { areaIndex, servesArea, placedService } from '../../src/lib/catalogue/areas';
import { packVocabulary } from '../../src/lib/search/vocabulary';
import { decodeState, encodeState, EMPTY_STATE, knownValues, type KnownValues, type SearchState } from '../../src/lib/search/url-state';
import { publicProvider, type PublicProvider } from '../../src/lib/confidentiality/public-provider';
import type { Provider } from '../../src/schemas/provider';
import { mapPoints } from '../../src/lib/map/points';
import { providerPath } from '../../src/lib/routes';
import type { TaxonomyTerm } from '../../src/schemas/taxonomy';

// Invented organisations: the test needs control over every field, not real facts.
const term = (id: string, ro: string, extra: Partial<TaxonomyTerm> = {}): TaxonomyTerm => ({ id, label: { ro, en: ro, hu: ro }, ...extra });
const categories = [term('elderly', 'Persoane vârstnice'), term('homeless', 'Persoane fără adăpost'), term('children', 'Copii')];
const types = [term('day-centre', 'Centru de zi'), term('shelter', 'Adăpost'), term('counselling', 'Consiliere')];
const areas = [
  term('romania', 'România'),
  term('judetul-cluj', 'Județul Cluj', { parent: 'romania' }),
  term('cluj-napoca', 'Cluj-Napoca', { parent: 'judetul-cluj', latitude: 46.7694, longitude: 23.5899 }),
  term('marasti', 'Mărăști', { parent: 'cluj-napoca', latitude: 46.7775, longitude: 23.6145 }),
  term('manastur', 'Mănăștur', { parent: 'cluj-napoca', latitude: 46.7569, longitude: 23.5529 }),
];
const src = 's';
// A website makes every service reachable: an organisation nobody can reach is listed apart, not searched.
const base = { kind: 'ngo' as const, website: { url: 'https://example.org', source: src }, assured_date: '2026-11-01', sources: [{ id: src, kind: 'web', title: 't', url: 'https://example.org', date: '2026-11-01' }] };
const providers = ([
  {
    ...base, id: 'asociatia-alfa', name: 'Asociația Alfa', phones: [{ number: '0264 000 001', source: src }],
    locations: [{ id: 'l1', confidential: false, address: { street: 'Str. A 1', locality: 'Cluj-Napoca', county: 'Cluj' }, area: 'marasti', latitude: 46.778, longitude: 23.615, precision: 'exact', accessibility: { wheelchair: 'yes', source: src }, source: src }],
    services: [
      { id: 'centru-batrani', name: 'Centrul de zi pentru bătrâni', status: 'active', service_types: ['day-centre'], beneficiary_categories: ['elderly'], cost: { kind: 'free', source: src }, access: { modes: ['walk_in'], source: src }, languages: ['ro', 'hu'], age_min: 60, hours: { opening_hours: 'Mo-Fr 08:00-16:00; PH off', source: src }, areas_served: ['cluj-napoca'], locations: ['l1'], sources: [src] },
      { id: 'consiliere-varstnici', name: 'Consiliere pentru vârstnici', status: 'active', service_types: ['counselling'], beneficiary_categories: ['elderly'], cost: { kind: 'fee', source: src }, access: { modes: ['appointment'], source: src }, languages: ['ro'], areas_served: ['cluj-napoca'], sources: [src] },
    ],
  },
  {
    ...base, id: 'fundatia-beta', name: 'Fundația Beta',
    locations: [
      { id: 'adapost', confidential: true, locality: 'Cluj-Napoca', contact_route: 'Sunați la 112' },
      { id: 'birou', confidential: false, address: { street: 'Str. B 2', locality: 'Cluj-Napoca', county: 'Cluj' }, area: 'manastur', latitude: 46.757, longitude: 23.553, precision: 'street', source: src },
    ],
    services: [
      { id: 'adapost-noapte', name: 'Adăpost de noapte', description: 'Găzduire **temporară** pentru persoane fără locuință.', status: 'active', service_types: ['shelter'], beneficiary_categories: ['homeless'], cost: { kind: 'free', source: src }, access: { modes: ['walk_in', 'referral'], source: src }, hours: { opening_hours: '24/7', source: src }, locations: ['adapost'], areas_served: ['judetul-cluj'], sources: [src] },
      { id: 'club-copii', name: 'Clubul copiilor', status: 'active', service_types: ['day-centre'], beneficiary_categories: ['children'], age_min: 6, age_max: 14, locations: ['birou'], sources: [src] },
    ],
  },
  {
    ...base, id: 'serviciul-gama', name: 'Serviciul Gama', services: [
      { id: 'ajutor-sarbatori', name: 'Şezătoare şi ajutor de sărbători', status: 'active', service_types: ['counselling'], beneficiary_categories: ['elderly', 'homeless'], areas_served: ['manastur'], sources: [src] },
    ],
  },
] as unknown as Provider[]).map(publicProvider);

const data = buildSearchIndex({ providers, beneficiaryCategories: categories, serviceTypes: types, areas, lang: 'ro', buildDate: '2026-11-24', staleAfterMonths: 24 });
const engine = new SearchEngine(data);
// Wednesday 2 December 2026, 10:00 in Cluj-Napoca.
const WEDNESDAY_10 = new Date('2026-12-02T10:00:00+02:00');
const run = (q: string, filters: Partial<Filters> = {}, extra: Partial<SearchRequest> = {}) =>
  engine.search({ q, filters: { ...NO_FILTERS, ...filters }, sort: 'relevance', now: WEDNESDAY_10, limit: 30, fuse: Fuse, ...extra });
const ids = (r: SearchResult) => r.hits.map((h) => h.service.id);

describe('search index data', () => {
  it('has one row per service, in name order, and no coordinates for a confidential place', () => {
    expect(data.rows.map((r) => r[R.service])).toEqual(['centru-batrani', 'consiliere-varstnici', 'adapost-noapte', 'club-copii', 'ajutor-sarbatori']);
    const shelter = data.rows.find((r) => r[R.service] === 'adapost-noapte')!;
    expect(shelter[R.points]).toEqual([]);
    expect(shelter[R.places]).toEqual([]);
    expect(data.rows.find((r) => r[R.service] === 'club-copii')![R.places]).toEqual(['birou']);
    expect(JSON.stringify(data)).not.toContain('Sunați la 112');
  });
  it('stores each distinct opening hours value once', () => {
    expect(data.hours).toHaveLength(2);
  });
});

describe('text search', () => {
  it('finds words without diacritics and across inflections', () => {
    expect(ids(run('batrani'))).toEqual(['centru-batrani']);
    expect(ids(run('bătrânilor'))).toEqual(['centru-batrani']);
    expect(ids(run('varstnic'))).toContain('consiliere-varstnici');
  });
  it('treats ş (cedilla) and ș (comma) as the same letter', () => {
    expect(ids(run('șezătoare'))).toEqual(['ajutor-sarbatori']);
    expect(ids(run('şezătoare'))).toEqual(['ajutor-sarbatori']);
    expect(ids(run('sezatoare'))).toEqual(['ajutor-sarbatori']);
  });
  it('matches as you type (prefixes) and requires every word', () => {
    expect(ids(run('ada'))).toContain('adapost-noapte');
    expect(ids(run('adapost noapte'))).toEqual(['adapost-noapte']);
    expect(ids(run('adapost copii'))).toEqual([]);
  });
  it('finds provider names, descriptions and category labels', () => {
    expect(ids(run('beta'))).toEqual(['adapost-noapte', 'club-copii']);
    expect(ids(run('locuinta'))).toEqual(['adapost-noapte']);
    expect(ids(run('fara adapost'))).toEqual(expect.arrayContaining(['adapost-noapte', 'ajutor-sarbatori']));
  });
  it('tolerates a typo only when nothing matches exactly', () => {
    const r = run('batrnai');
    expect(ids(r)).toEqual(['centru-batrani']);
    expect(r.fuzzy).toBe(true);
    expect(run('batrani').fuzzy).toBe(false);
    // Before fuse.js has loaded, a misspelt word simply finds nothing, and says fuse.js would help
    // (the page fetches it only then); words that are found, or too short to guess, do not ask for it.
    const without = run('batrnai', {}, { fuse: null });
    expect(without.total).toBe(0);
    expect(without.needsTypos).toBe(true);
    expect(r.needsTypos).toBe(false);
    expect(run('batrani', {}, { fuse: null }).needsTypos).toBe(false);
    expect(run('zq', {}, { fuse: null }).needsTypos).toBe(false);
  });
  it('ranks name matches before matches elsewhere', () => {
    // "consiliere" is the name of one service and only the type label of the other.
    expect(ids(run('consiliere'))[0]).toBe('consiliere-varstnici');
  });
});

describe('filters and counts', () => {
  it('combines filters: OR within a facet, AND across facets', () => {
    expect(ids(run('', { cat: ['elderly', 'children'] }))).toHaveLength(4);
    expect(ids(run('', { cat: ['elderly'], free: true }))).toEqual(['centru-batrani']);
    expect(ids(run('', { walkIn: true, free: true }))).toEqual(['centru-batrani', 'adapost-noapte']);
    expect(ids(run('', { wheelchair: true }))).toEqual(['centru-batrani']);
    expect(ids(run('', { language: ['hu'] }))).toEqual(['centru-batrani']);
  });
  it('matches an area by the services in it, serving it or serving a wider area', () => {
    // Mărăști: Alfa's city-wide services and the county-wide shelter; not the Mănăștur club or Gama.
    expect(ids(run('', { area: ['marasti'] })).sort()).toEqual(['adapost-noapte', 'centru-batrani', 'consiliere-varstnici']);
    // Cluj-Napoca also takes in services located in or serving one of its neighbourhoods.
    expect(ids(run('', { area: ['cluj-napoca'] }))).toHaveLength(5);
  });
  it('lists an area\'s services by how they serve it, the same way as area pages (servesArea)', () => {
    const r = run('', { area: ['manastur'] });
    // Located in Mănăștur (the club's office); then serving it from elsewhere or the whole city;
    // then the county-wide shelter. Within each, the usual order.
    expect(r.hits.map((h) => [h.service.id, h.reach])).toEqual([
      ['club-copii', 'located'],
      ['centru-batrani', 'serves-locality'],
      ['consiliere-varstnici', 'serves-locality'],
      ['ajutor-sarbatori', 'serves-locality'],
      ['adapost-noapte', 'county-wide'],
    ]);
    expect(r.reachCounts).toEqual({ located: 1, 'serves-locality': 3, 'county-wide': 1, national: 0 });
    expect(run('').reachCounts).toBeNull();
    expect(run('').hits[0]!.reach).toBeUndefined();
  });
  it('counts only local services in the area filter; county-wide and national ones are listed apart', () => {
    const twoCounties = [...areas, term('judetul-alba', 'Județul Alba', { parent: 'romania' })];
    const gama = providers[2]!;
    const withNational = [...providers, { ...gama, id: 'linia-nationala', name: 'Linia Națională', services: [{ ...gama.services[0]!, id: 'linie', name: 'Linie pentru toată țara', areas_served: ['romania'] }] }] as PublicProvider[];
    const e = new SearchEngine(buildSearchIndex({ providers: withNational, beneficiaryCategories: categories, serviceTypes: types, areas: twoCounties, lang: 'ro', buildDate: '2026-11-24', staleAfterMonths: 24 }));
    const all = e.search({ q: '', filters: NO_FILTERS, sort: 'relevance', now: WEDNESDAY_10, limit: 30 });
    // No county shows the national line in its count: Alba has no local service, so no count at all.
    expect(all.counts.area['judetul-alba']).toBeUndefined();
    expect(all.counts.area.manastur).toBe(4);
    expect(all.counts.area['judetul-cluj']).toBe(5);
    // Chosen, Alba lists the national line, apart.
    const alba = e.search({ q: '', filters: { ...NO_FILTERS, area: ['judetul-alba'] }, sort: 'relevance', now: WEDNESDAY_10, limit: 30 });
    expect(alba.hits.map((h) => [h.service.id, h.reach])).toEqual([['linie', 'national']]);
    expect(e.search({ q: '', filters: { ...NO_FILTERS, area: ['manastur'] }, sort: 'relevance', now: WEDNESDAY_10, limit: 30 }).hits.at(-1)).toMatchObject({ service: { id: 'linie' }, reach: 'national' });
  });
  it('agrees with servesArea on every service and area', () => {
    const index = areaIndex(areas);
    for (const a of areas) {
      const r = run('', { area: [a.id] });
      for (const p of providers) for (const sv of p.services) {
        const expected = servesArea(placedService(p, sv), a.id, index);
        expect(r.hits.find((h) => h.service.id === sv.id)?.reach, `${sv.id} in ${a.id}`).toBe(expected);
      }
    }
  });
  it('keeps services without an age limit when filtering by age', () => {
    expect(ids(run('', { age: 10 }))).toEqual(['consiliere-varstnici', 'adapost-noapte', 'club-copii', 'ajutor-sarbatori']);
    expect(ids(run('', { age: 70 }))).not.toContain('club-copii');
  });
  it('counts each facet value with the query and the other filters applied', () => {
    const r = run('', { cat: ['elderly'], free: true });
    expect(r.total).toBe(1);
    // Category counts ignore the category filter itself, so choices stay visible.
    expect(r.counts.cat).toEqual({ elderly: 1, homeless: 1 });
    // Free count ignores the free filter: 3 elderly services, 1 of them free.
    expect(r.counts.free).toBe(1);
    expect(run('', { cat: ['elderly'] }).counts.free).toBe(1);
    expect(run('').counts.free).toBe(2);
    expect(run('').counts.type).toEqual({ 'day-centre': 2, shelter: 1, counselling: 2 });
    expect(run('adapost').counts.type).toEqual({ shelter: 1, counselling: 1 });
  });
});

describe('open now and open at a chosen time', () => {
  // Hours: centru-batrani Mo-Fr 08:00-16:00 with PH off; adapost-noapte 24/7; the other three unknown.
  const unknown = ['consiliere-varstnici', 'club-copii', 'ajutor-sarbatori'];
  it('uses Cluj-Napoca time with public holidays; keeps unknown hours after the open ones, counted', () => {
    const r = run('', { open: { kind: 'now' } });
    expect(ids(r)).toEqual(['centru-batrani', 'adapost-noapte', ...unknown]);
    expect(r.unknownHours).toBe(3);
    expect(r.counts.open).toBe(2);
    expect(r.counts.hoursUnknown).toBe(3);
    const holiday = new Date('2026-12-01T10:00:00+02:00');
    // Closed on a public holiday: hidden, as any closed service; the unknown ones stay.
    expect(ids(run('', { open: { kind: 'now' } }, { now: holiday }))).toEqual(['adapost-noapte', ...unknown]);
    expect(run('').hits.find((h) => h.service.id === 'club-copii')!.hours).toBe('unknown');
    expect(run('').unknownHours).toBe(0);
  });
  it('hides the unknown ones on request', () => {
    const r = run('', { open: { kind: 'now' }, hideUnknownHours: true });
    expect(ids(r)).toEqual(['centru-batrani', 'adapost-noapte']);
    expect(r.unknownHours).toBe(0);
    // The count beside the switch stays, so the reader knows what is hidden.
    expect(r.counts.hoursUnknown).toBe(3);
  });
  it('keeps open ones first whatever the sort, and counts facets over both', () => {
    const manastur = { lat: 46.7569, lng: 23.5529 };
    const r = run('', { open: { kind: 'now' } }, { sort: 'distance', from: manastur });
    // club-copii is the nearest place but its hours are unknown: it comes after the open ones.
    expect(ids(r).slice(0, 2)).toEqual(['centru-batrani', 'adapost-noapte']);
    expect(ids(r).slice(2)).toEqual(['club-copii', 'consiliere-varstnici', 'ajutor-sarbatori']);
    expect(r.hits[2]!.km).toBeLessThan(1);
    expect(r.counts.cat.children).toBe(1);
  });
  it('evaluates a chosen weekday and time on its coming date', () => {
    // Saturday 09:00: only the 24/7 shelter is open.
    expect(ids(run('', { open: { kind: 'at', day: 6, minute: 540 }, hideUnknownHours: true }))).toEqual(['adapost-noapte']);
    expect(ids(run('', { open: { kind: 'at', day: 6, minute: 540 } }))).toEqual(['adapost-noapte', ...unknown]);
    // Thursday 15:59: the day centre too.
    expect(ids(run('', { open: { kind: 'at', day: 4, minute: 959 }, hideUnknownHours: true }))).toEqual(['centru-batrani', 'adapost-noapte']);
  });
});

describe('distance sort', () => {
  it('puts the nearest place first and services without a public place last', () => {
    const manastur = { lat: 46.7569, lng: 23.5529 };
    const r = run('', {}, { sort: 'distance', from: manastur });
    expect(ids(r).slice(0, 2)).toEqual(['club-copii', 'centru-batrani']);
    expect(r.hits[0]!.km).toBeLessThan(1);
    expect(r.hits.slice(2).every((h) => h.km === Infinity)).toBe(true);
    // Distances come with a sort by distance only.
    expect(run('').hits.every((h) => h.km === undefined)).toBe(true);
  });
});

describe('result objects', () => {
  it('carry what a row shows, looked up from the index', () => {
    const [centre] = run('batrani').hits;
    expect(centre).toEqual({
      key: 'asociatia-alfa/centru-batrani',
      service: { id: 'centru-batrani', name: 'Centrul de zi pentru bătrâni' },
      provider: { id: 'asociatia-alfa', name: 'Asociația Alfa', phone: '0264 000 001' },
      href: '/providers/asociatia-alfa/#service-centru-batrani',
      categories: ['elderly'],
      types: ['day-centre'],
      languages: ['ro', 'hu'],
      cost: 'free',
      access: ['walk_in'],
      wheelchair: true,
      inactive: false,
      stale: false,
      unreviewed: true,
      confidential: false,
      ageMin: 60,
      hours: 'open',
    });
  });
  it('leave out what the entry does not say, and say every way in', () => {
    const club = run('club').hits[0]!;
    expect(club.cost).toBeUndefined();
    expect(club.access).toEqual([]);
    expect(club).toMatchObject({ ageMin: 6, ageMax: 14, wheelchair: false });
    expect(club.provider).toEqual({ id: 'fundatia-beta', name: 'Fundația Beta' });
    expect(run('adapost noapte').hits[0]!.access).toEqual(['walk_in', 'referral']);
    expect(run('consiliere').hits[0]).toMatchObject({ cost: 'fee', access: ['appointment'] });
  });
  it('link to the service on its provider page in the index language', () => {
    const en = new SearchEngine(buildSearchIndex({ providers, beneficiaryCategories: categories, serviceTypes: types, areas, lang: 'en', buildDate: '2026-11-24', staleAfterMonths: 24 }));
    const hit = en.search({ q: 'club', filters: NO_FILTERS, sort: 'relevance', now: WEDNESDAY_10, limit: 30 }).hits[0]!;
    expect(hit.href).toBe(providerPath('fundatia-beta', { lang: 'en', service: 'club-copii' }));
  });
  it('return at most `limit` results and the total', () => {
    const r = run('', {}, { limit: 2 });
    expect(r.hits).toHaveLength(2);
    expect(r.total).toBe(5);
  });
});

describe('old data and the review cycle', () => {
  // Two equally relevant services: one provider reviewed this year, one never; one with a 2016 address.
  const pair = ([
    { ...base, id: 'asociatia-nerevizuita', name: 'Asociația A', services: [{ id: 'masa', name: 'Masa caldă', status: 'active', service_types: ['shelter'], beneficiary_categories: ['homeless'], sources: [src] }] },
    {
      ...base, id: 'asociatia-revizuita', name: 'Asociația B', reviewed: { date: '2026-11-01' }, review_interval_months: 12,
      sources: [...base.sources, { id: 'r', kind: 'registry', title: 'Registru 2016', date: '2016-12-31' }],
      locations: [{ id: 'l', confidential: false, address: { street: 'Str. C 3', locality: 'Cluj-Napoca', county: 'Cluj' }, source: 'r' }],
      services: [{ id: 'masa', name: 'Masa caldă', status: 'active', service_types: ['shelter'], beneficiary_categories: ['homeless'], locations: ['l'], sources: [src] }],
    },
    { ...base, id: 'asociatia-goala', name: 'Asociația Goală', phones: [{ number: '0264 000 009', source: src }], services: [] },
  ] as unknown as Provider[]).map(publicProvider);
  const pairData = buildSearchIndex({ providers: pair, beneficiaryCategories: categories, serviceTypes: types, areas, lang: 'ro', buildDate: '2026-11-24', staleAfterMonths: 24 });
  const e = new SearchEngine(pairData);
  const hits = (q: string) => e.search({ q, filters: NO_FILTERS, sort: 'relevance', now: WEDNESDAY_10, limit: 30 }).hits;

  it('marks a result whose facts rest on an old source', () => {
    expect(hits('masa').map((h) => [h.provider.id, h.stale])).toContainEqual(['asociatia-revizuita', true]);
    expect(hits('masa').map((h) => [h.provider.id, h.stale])).toContainEqual(['asociatia-nerevizuita', false]);
  });

  it('ranks a never-reviewed entry after a reviewed one of equal relevance, though its name comes first', () => {
    expect(hits('masa').map((h) => [h.provider.id, h.unreviewed])).toEqual([['asociatia-revizuita', false], ['asociatia-nerevizuita', true]]);
    expect(hits('').map((h) => h.provider.id)).toEqual(['asociatia-revizuita', 'asociatia-nerevizuita']);
    // Relevance first: a better name match still wins over a reviewed entry.
    expect(run('batrani').hits[0]!.unreviewed).toBe(true);
  });

  it('leaves out organisations with no documented service', () => {
    expect(pairData.providers.map((p) => p[0])).not.toContain('asociatia-goala');
  });
});

describe('map points', () => {
  const points = (q: string, filters: Partial<Filters> = {}) => engine.mapPoints({ q, filters: { ...NO_FILTERS, ...filters }, sort: 'relevance', now: WEDNESDAY_10 });
  it('are the public places of the results, with the ids and links of the map page', () => {
    const all = points('');
    // The shelter's place is confidential: no point; Alfa's counselling has no place.
    expect(all.map((p) => p.id)).toEqual(['asociatia-alfa/l1', 'fundatia-beta/birou']);
    const published = mapPoints(providers, 'ro');
    for (const p of all) {
      const same = published.find((q) => q.id === p.id)!;
      expect(p).toMatchObject({ lat: same.lat, lng: same.lng, precision: same.precision, href: same.href });
    }
    expect(all[1]!.href).toBe(providerPath('fundatia-beta', { location: 'birou' }));
  });
  it('name a place after its one result, or after the provider when it has several', () => {
    expect(points('')[0]).toMatchObject({ id: 'asociatia-alfa/l1', name: 'Centrul de zi pentru bătrâni (Asociația Alfa)' });
    const alfa = providers[0]!;
    const bothAtL1 = [{ ...alfa, services: alfa.services.map((s) => ({ ...s, locations: ['l1'] })) }] as PublicProvider[];
    const shared = new SearchEngine(buildSearchIndex({ providers: bothAtL1, beneficiaryCategories: categories, serviceTypes: types, areas, lang: 'ro', buildDate: '2026-11-24', staleAfterMonths: 24 }));
    const at = (q: string) => shared.mapPoints({ q, filters: NO_FILTERS, sort: 'relevance', now: WEDNESDAY_10 });
    expect(at('')).toEqual([expect.objectContaining({ id: 'asociatia-alfa/l1', name: 'Asociația Alfa' })]);
    expect(at('consiliere')).toEqual([expect.objectContaining({ id: 'asociatia-alfa/l1', name: 'Consiliere pentru vârstnici (Asociația Alfa)' })]);
  });
  it('follow the query and the filters, as the list does', () => {
    expect(points('club').map((p) => p.id)).toEqual(['fundatia-beta/birou']);
    expect(points('', { cat: ['homeless'] })).toEqual([]);
  });
});

describe('URL state', () => {
  const known: KnownValues = { cat: new Set(data.cats), type: new Set(data.types), area: new Set(data.areas), language: new Set(data.langs) };
  it('round-trips every field', () => {
    const state: SearchState = {
      q: 'bătrâni centru', sort: 'distance', near: 'marasti', view: 'map',
      filters: { cat: ['elderly', 'homeless'], type: ['shelter'], area: ['cluj-napoca'], language: ['hu'], free: true, walkIn: true, wheelchair: true, open: { kind: 'at', day: 2, minute: 870 }, hideUnknownHours: true, age: 70 },
    };
    const encoded = encodeState(state);
    expect(encoded).toContain('open=tu-14%3A30');
    expect(decodeState(encoded, known)).toEqual({ state, unrecognised: 0 });
    const now: SearchState = { ...EMPTY_STATE, filters: { ...EMPTY_STATE.filters, open: { kind: 'now' } } };
    expect(decodeState(encodeState(now), known).state).toEqual(now);
  });
  it('leaves out defaults, so a cleared search is an empty query string', () => {
    expect(encodeState(EMPTY_STATE)).toBe('');
  });
  it('ignores and counts unknown values instead of trusting or repeating them', () => {
    const decoded = decodeState('cat=elderly,nope&free=yes&open=xx-25:00&age=999&sort=random&near=<script>&zzz=1', known);
    const { state, unrecognised } = decoded;
    expect(state.filters.cat).toEqual(['elderly']);
    expect(state.filters.free).toBe(false);
    expect(state.filters.open).toBeNull();
    expect(state.filters.age).toBeNull();
    expect(state.sort).toBe('relevance');
    expect(state.near).toBeNull();
    expect(unrecognised).toBe(7);
    expect(JSON.stringify(decoded)).not.toMatch(/nope|script|zzz|random/);
  });
});

describe('shards by county', () => {
  it('splits rows by county and merges back to the same index', async () => {
    const { splitIndex, mergeShards, shardsForArea } = await import('../../src/lib/search/shards');
    const { manifest, parts } = splitIndex(data);
    // Everything here is in Cluj County, the county-wide shelter included.
    expect(manifest.shards).toEqual([{ id: 'judetul-cluj', rows: 5 }]);
    expect(mergeShards(manifest, parts)).toEqual(data);
    expect(shardsForArea('marasti', manifest)).toEqual(['judetul-cluj']);
    expect(shardsForArea('romania', manifest)).toEqual(['judetul-cluj']);
  });

  it('puts a service serving two counties in both and merges it once', async () => {
    const { splitIndex, mergeShards } = await import('../../src/lib/search/shards');
    const twoCounties = [...areas, term('judetul-alba', 'Județul Alba', { parent: 'romania' })];
    const gama = providers[2]!;
    const wide = [{ ...gama, services: [
      { ...gama.services[0]!, areas_served: ['manastur', 'judetul-alba'] },
      { ...gama.services[0]!, id: 'fara-zona', name: 'Linie telefonică', areas_served: undefined },
    ] }] as PublicProvider[];
    const d = buildSearchIndex({ providers: wide, beneficiaryCategories: categories, serviceTypes: types, areas: twoCounties, lang: 'ro', buildDate: '2026-11-24', staleAfterMonths: 24 });
    const { manifest, parts } = splitIndex(d);
    // A service naming no area is national: loaded with every county.
    expect(manifest.shards).toEqual([{ id: 'judetul-alba', rows: 1 }, { id: 'judetul-cluj', rows: 1 }, { id: 'national', rows: 1 }]);
    // No service is local to Mărăști (Mănăștur is named; Cluj County only as the ancestor): the manifest leaves it to the area file.
    expect(manifest.areas).toEqual(['romania', 'judetul-cluj', 'cluj-napoca', 'manastur', 'judetul-alba']);
    expect(mergeShards(manifest, parts)).toEqual({ ...d, areas: manifest.areas, areaParent: d.areaParent.slice(0, 5), areaKind: d.areaKind.slice(0, 5) });
    const alba = mergeShards(manifest, parts.filter((p) => p.id !== 'judetul-cluj'));
    expect(alba.rows.map((r) => r[R.service])).toEqual(['fara-zona', 'ajutor-sarbatori']);
    expect(new SearchEngine(alba).search({ q: 'sezatoare', filters: { ...NO_FILTERS, area: ['judetul-alba'] }, sort: 'relevance', now: WEDNESDAY_10, limit: 30 }).total).toBe(1);
  });
});

describe('the area file and links to areas no service names', () => {
  it('keeps the areas rows can be local to, with their ancestors, in the manifest and all of them in the area file', async () => {
    const { splitIndex, mergeShards, withAllAreas } = await import('../../src/lib/search/shards');
    const { searchAreaFile } = await import('../../src/lib/search/build-index');
    const only = [{ ...providers[2]!, services: [{ ...providers[2]!.services[0]!, areas_served: ['manastur'] }] }] as PublicProvider[];
    const d = buildSearchIndex({ providers: only, beneficiaryCategories: categories, serviceTypes: types, areas, lang: 'hu', buildDate: '2026-11-24', staleAfterMonths: 24 });
    const { manifest, parts } = splitIndex(d);
    expect(manifest.areas).not.toContain('marasti');
    const file = searchAreaFile(d, areas, 'hu');
    expect(file.areas.slice(0, manifest.areas.length)).toEqual(manifest.areas);
    expect(file.areas).toContain('marasti');
    expect(file.labels[file.areas.indexOf('judetul-cluj')]).toBe(areas.find((a) => a.id === 'judetul-cluj')!.label.hu);
    // The whole index again, and a filter on the area no service names finds what serves it from above.
    const whole = mergeShards(withAllAreas(manifest, file), parts);
    expect(whole).toEqual(d);
    expect(knownValues(whole).area.has('marasti')).toBe(true);
    expect(() => withAllAreas(manifest, { ...file, areas: [...file.areas].reverse() })).toThrow(/does not match/);
  });

  it('says when a link names an area the manifest lacks', async () => {
    const { namesOtherAreas } = await import('../../src/lib/search/url-state');
    expect(namesOtherAreas('?q=x&area=manastur', ['manastur'])).toBe(false);
    expect(namesOtherAreas('?area=manastur,marasti', ['manastur'])).toBe(true);
    expect(namesOtherAreas('?near=marasti&sort=distance', ['manastur'])).toBe(true);
    expect(namesOtherAreas('?q=cantina', [])).toBe(false);
  });

  it('labels areas for the controls, with a centre only where the taxonomy has one', async () => {
    const { areaTerms } = await import('../../src/lib/search/controls');
    expect(areaTerms({ areas: ['a', 'b'], labels: ['A', 'B'], points: [[46.7, 23.5], 0] })).toEqual([{ id: 'a', label: 'A', lat: 46.7, lng: 23.5 }, { id: 'b', label: 'B' }]);
  });

  it('puts the manifest and the first shards in one start file, and reads them back', async () => {
    const { readStartFile, searchStartFile, splitIndex, mergeShards } = await import('../../src/lib/search/shards');
    const twoCounties = [...areas, term('judetul-alba', 'Județul Alba', { parent: 'romania' })];
    const gama = providers[2]!;
    const wide = [{ ...gama, services: [
      { ...gama.services[0]!, areas_served: ['judetul-alba'] },
      { ...gama.services[0]!, id: 'fara-zona', name: 'Linie telefonică', areas_served: undefined },
      { ...gama.services[0]!, id: 'in-cluj', areas_served: ['manastur'] },
    ] }] as PublicProvider[];
    const d = buildSearchIndex({ providers: wide, beneficiaryCategories: categories, serviceTypes: types, areas: twoCounties, lang: 'ro', buildDate: '2026-11-24', staleAfterMonths: 24 });
    const { manifest, parts } = splitIndex(d);
    const file = JSON.parse(JSON.stringify(searchStartFile(manifest, parts)));
    expect(file.parts.map((p: { id: string }) => p.id)).toEqual(['judetul-cluj', 'national']);
    const start = readStartFile(file);
    expect(start.manifest).toEqual(manifest);
    expect(mergeShards(start.manifest, [...start.parts.values()])).toEqual(mergeShards(manifest, parts.filter((p) => p.id !== 'judetul-alba')));
  });

  it('serves a shard by column, positions as differences, and reads it back', async () => {
    const { encodeShard, decodeShard, splitIndex } = await import('../../src/lib/search/shards');
    const [part] = splitIndex(data).parts;
    const spaced = { ...part!, order: [3, 4, 5, 9, 1000].slice(0, part!.rows.length) };
    expect(part!.rows.length).toBe(5);
    const file = encodeShard(spaced);
    expect(file.order).toEqual([3, 1, 1, 4, 991]);
    expect(file.rows[R.service]).toEqual(part!.rows.map((r) => r[R.service]));
    expect(file.providers[0]).toEqual(part!.providers.map((p) => p[0]));
    expect(decodeShard(JSON.parse(JSON.stringify(file)))).toEqual(spaced);
    expect(() => decodeShard({ ...file, rows: [...file.rows.slice(0, -1), []] })).toThrow(/columns of different lengths/);
  });
});

describe('search vocabulary in the engine', () => {
  // A small vocabulary over the test taxonomy, in the file's shape, flattened as the build does.
  const group = (g: number, cats: string[], types: string[], words: Partial<Record<'ro' | 'hu' | 'en', string[]>>, kind: 'synonym' | 'misspelling' | 'sensitive' = 'synonym', weight = 1) =>
    (['ro', 'hu', 'en'] as const).flatMap((lang) => (words[lang] ?? []).map((word) => ({ word, lang, kind, beneficiary_categories: cats, service_types: types, weight, group: g })));
  const vocabulary = packVocabulary([
    ...group(0, ['elderly'], [], { ro: ['bătrâni', 'pensionari'], hu: ['idős', 'nyugdíjas'], en: ['old people'] }),
    ...group(1, ['elderly'], ['counselling'], { ro: ['cămin de bătrâni'] }),
    ...group(2, ['children'], [], { ro: ['pensie alimentară'] }),
    ...group(3, ['elderly'], [], { ro: ['pensie'] }, 'synonym', 0.6),
    ...group(4, ['homeless'], ['shelter'], { ro: ['fără casă'], hu: ['hajléktalan', 'hajléktalan szálló'], en: ['homeless'] }),
    ...group(5, [], ['day-centre'], { en: ['home care', 'day care'], hu: ['otthoni ápolás'] }),
    ...group(6, ['homeless'], [], { ro: ['boschetari'] }, 'sensitive'),
    ...group(7, [], ['counselling'], { ro: ['căldură'] }),
    ...group(8, [], ['day-centre'], { ro: ['masă caldă'], hu: ['népkonyha'] }),
  ]);
  const v = new SearchEngine(data, vocabulary);
  const find = (q: string, filters: Partial<Filters> = {}) => v.search({ q, filters: { ...NO_FILTERS, ...filters }, sort: 'relevance', now: WEDNESDAY_10, limit: 30, fuse: Fuse });

  it('finds services by what the words mean, ranked below the services whose own text matches', () => {
    // "pensionari" is in no service's text: every elderly service comes from the vocabulary.
    expect(ids(find('pensionari')).sort()).toEqual(['ajutor-sarbatori', 'centru-batrani', 'consiliere-varstnici']);
    expect(find('pensionari').related).toBe(3);
    // "bătrâni" is in the day centre's name: it comes first, the others after it.
    const r = find('bătrâni');
    expect(ids(r)[0]).toBe('centru-batrani');
    expect(ids(r).slice(1).sort()).toEqual(['ajutor-sarbatori', 'consiliere-varstnici']);
    expect(r.means).toEqual([{ field: 'cat', id: 'elderly' }]);
    expect(new SearchEngine(data).search({ q: 'pensionari', filters: NO_FILTERS, sort: 'relevance', now: WEDNESDAY_10, limit: 30 }).total).toBe(0);
  });

  it('reads every language whatever the page, and endings in each language', () => {
    expect(v.meaningOf('nyugdíjasoknak')).toEqual(new Set(['elderly']));
    expect(v.meaningOf('hajléktalanoknak')).toEqual(new Set(['homeless', 'shelter']));
    expect(v.meaningOf('pensionarilor')).toEqual(new Set(['elderly']));
    expect(ids(find('old people')).length).toBe(3);
  });

  it('matches phrases in order, the longest phrase winning over the words inside it', () => {
    expect(v.meaningOf('pensie alimentară')).toEqual(new Set(['children']));
    expect(v.meaningOf('pensie')).toEqual(new Set(['elderly']));
    expect(v.meaningOf('care home').has('day-centre')).toBe(false);
    expect(v.meaningOf('home care')).toEqual(new Set(['day-centre']));
    expect(v.meaningOf('cămin de bătrâni')).toEqual(new Set(['elderly', 'counselling']));
  });

  it('prefers a whole word to one it is the start of, and never stems "caldă" into "căldură"', () => {
    expect(v.meaningOf('masă caldă')).toEqual(new Set(['day-centre']));
    expect(v.meaningOf('calda').has('counselling')).toBe(false);
    expect(v.meaningOf('otthoni ápolás').has('homeless')).toBe(false);
    // While typing, the start of a word is enough; a finished word is not a start.
    expect(v.meaningOf('bătr')).toEqual(new Set(['elderly']));
    expect(v.meaningOf('hom').has('homeless')).toBe(true);
    expect(v.meaningOf('home').has('homeless')).toBe(false);
  });

  it('joins or splits Hungarian compounds', () => {
    expect(v.meaningOf('nép konyha')).toEqual(new Set(['day-centre']));
    expect(v.meaningOf('hajléktalanszálló')).toEqual(new Set(['homeless', 'shelter']));
  });

  it('understands a sensitive word without ever returning it', () => {
    const r = find('boschetari');
    expect(ids(r).sort()).toEqual(['adapost-noapte', 'ajutor-sarbatori']);
    expect(JSON.stringify(r)).not.toContain('boschetar');
  });

  it('says nothing matched once, with the closest categories and the helplines', () => {
    const none = find('zzzqqq');
    expect(none.total).toBe(0);
    expect(none.fuzzy).toBe(false);
    expect(none.suggestions).toEqual([]);
    // Words that mean a category with no result under the filters: that category is suggested.
    const filtered = find('bătrâni', { cat: ['children'] });
    expect(filtered.total).toBe(0);
    expect(filtered.suggestions).toEqual([{ field: 'cat', id: 'elderly' }]);
    // A misspelt word close to a vocabulary word suggests its category.
    expect(find('pensonnari', { cat: ['children'] }).suggestions).toContainEqual({ field: 'cat', id: 'elderly' });
  });
});

describe('helplines for the empty state', () => {
  it('are the services typed helpline with a phone, national ones first, linked to their provider page', () => {
    const withLines = [...providers, publicProvider({
      ...base, id: 'linia-delta', name: 'Linia Delta', kind: 'public',
      services: [
        { id: 'linie-locala', name: 'Linie locală', status: 'active', service_types: ['helpline'], beneficiary_categories: ['elderly'], areas_served: ['cluj-napoca'], phones: [{ number: '0264 000 009', source: src }], sources: [src] },
        { id: 'linie-nationala', name: 'Linie națională', status: 'active', service_types: ['helpline'], beneficiary_categories: ['elderly'], areas_served: ['romania'], phones: [{ number: '0800 000 001', source: src }], sources: [src] },
        { id: 'linie-inchisa', name: 'Linie închisă', status: 'inactive', service_types: ['helpline'], beneficiary_categories: ['elderly'], phones: [{ number: '0800 000 002', source: src }], sources: [src] },
      ],
    } as unknown as Provider)];
    const d = buildSearchIndex({ providers: withLines, beneficiaryCategories: categories, serviceTypes: [...types, term('helpline', 'Linie telefonică')], areas, lang: 'ro', buildDate: '2026-11-24', staleAfterMonths: 24 });
    expect(new SearchEngine(d).helplines()).toEqual([
      { key: 'linia-delta/linie-nationala', name: 'Linie națională', number: '0800 000 001', href: providerPath('linia-delta', { service: 'linie-nationala' }), national: true },
      { key: 'linia-delta/linie-locala', name: 'Linie locală', number: '0264 000 009', href: providerPath('linia-delta', { service: 'linie-locala' }), national: false },
    ]);
  });
});
