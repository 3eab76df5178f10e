/**
 * The fixture content folder that the browser tests build and serve (tests/fixtures/site). It goes
 * through the real validation, stays obviously fictional, and keeps every feature the e2e suite
 * relies on, so that trimming the fixture fails here with a reason instead of far away in a browser.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent, problemReport } from '../../src/build/content-files';
import { providerIsStale } from '../../src/lib/views/freshness';
import { reviewStatus } from '../../src/lib/review/cycle';
import { SITE } from '../../src/config';

const DIR = 'tests/fixtures/site';
const script = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts['build:fixtures'] ?? '';
const BUILD_DATE = /BUILD_DATE=(\d{4}-\d{2}-\d{2})/.exec(script)?.[1] ?? '';
const content = loadContent(DIR, BUILD_DATE);
const providers = content.providers.map((p) => p.data);
const services = providers.flatMap((p) => p.services.map((s) => ({ provider: p, service: s })));
const texts = (v: unknown) => (typeof v === 'string' ? { ro: v } : (v as Record<string, string> | undefined) ?? {});

describe('the fixture site', () => {
  it('is built by `npm run build:fixtures` from this folder with a fixed build date', () => {
    expect(script).toContain(`CONTENT_DIR=${DIR}`);
    expect(BUILD_DATE).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('passes the real validation (schema and cross-file checks)', () => {
    expect(content.problems, problemReport(content.problems)).toEqual([]);
    expect(providers.length).toBeGreaterThanOrEqual(5);
  });

  it('is plainly fictional: ids end in -fixture, phones in 0700/0800 000 xxx, mail and web on example.org', () => {
    for (const p of providers) {
      expect(p.id).toMatch(/-fixture$/);
      const phones = [...(p.phones ?? []), ...p.services.flatMap((s) => s.phones ?? [])].map((x) => x.number);
      for (const n of phones) expect(n, p.id).toMatch(/^0[78]00 000 \d{3}$/);
      const mails = [...(p.emails ?? []), ...p.services.flatMap((s) => s.emails ?? [])].map((x) => x.address);
      for (const m of mails) expect(m, p.id).toMatch(/@example\.org$/);
      const urls = [p.website?.url, ...p.sources.map((s) => s.url)].filter((u): u is string => u !== undefined);
      for (const u of urls) expect(new URL(u).hostname, p.id).toBe('example.org');
    }
  });

  it('keeps everything the browser tests look at', () => {
    const locations = providers.flatMap((p) => p.locations ?? []);
    const categories = content.taxonomies.beneficiaryCategories.map((t) => t.id);
    const used = new Set(services.map((x) => x.service.beneficiary_categories).flat());
    const usedTypes = new Set(services.map((x) => x.service.service_types).flat());
    const hours = services.map((x) => x.service.hours?.opening_hours);
    const has = {
      'a confidential location with a contact route': locations.some((l) => l.confidential && l.contact_route),
      'a domestic-violence service at a confidential location (quick exit)': services.some(({ provider, service }) =>
        service.beneficiary_categories.some((c) => (SITE.quickExitCategories as readonly string[]).includes(c))
        && service.locations?.some((id) => provider.locations?.find((l) => l.id === id)?.confidential)),
      'exact and approximate coordinates': locations.some((l) => l.precision === 'exact') && locations.some((l) => l.precision === 'approximate'),
      'two places close enough to cluster': locations.filter((l) => l.area === 'gheorgheni' && l.latitude !== undefined).length >= 2,
      'a public holiday rule, 24/7 and unknown hours': hours.some((h) => h?.includes('PH off')) && hours.includes('24/7') && hours.includes(undefined),
      'cost, access with how to refer, documents, eligibility, ages and capacity': services.some((x) => x.service.cost)
        && services.some((x) => x.service.access?.how_to_refer) && services.filter((x) => x.service.documents?.length).length >= 2
        && services.some((x) => x.service.eligibility) && services.some((x) => x.service.age_max !== undefined)
        && services.some((x) => x.service.capacity?.unit === 'places') && services.some((x) => x.service.capacity?.unit === 'per_month'),
      'Hungarian texts and a missing Hungarian text': providers.some((p) => texts(p.description).hu) && providers.some((p) => p.description && !texts(p.description).hu),
      'a provider with no services': providers.some((p) => p.services.length === 0),
      'an inactive service': services.some((x) => x.service.status === 'inactive'),
      'an empty category and an empty service type': categories.some((c) => !used.has(c)) && content.taxonomies.serviceTypes.some((t) => !usedTypes.has(t.id)),
      'neighbourhoods': locations.filter((l) => l.area).length >= 3,
      'a locality outside Cluj-Napoca and a second county': locations.some((l) => l.address?.locality === 'Turda') && locations.some((l) => l.address?.county === 'Bihor'),
      'a service with no area served (the coverage view\'s "not stated" column)': services.some((x) => !x.service.areas_served?.length),
      'a national helpline with its own phone (the search\'s empty state)': services.some((x) => x.service.service_types.includes('helpline') && x.service.areas_served?.includes('romania') && x.service.phones?.length),
      'a search vocabulary that finds elderly and food services in people\'s words': content.vocabulary.some((e) => e.word === 'bătrâni' && e.beneficiary_categories.includes('elderly')) && content.vocabulary.some((e) => e.word === 'masă caldă' && e.service_types.includes('food-aid')),
      'a first door in a village of a commune (area pages: located in Florești)': locations.some((l) => l.address?.locality === 'Luna de Sus') && services.some((x) => x.service.areas_served?.includes('floresti')),
      'a national service (area pages list it last; area filters do not offer every county for it)': services.some((x) => x.service.areas_served?.includes('romania')),
      'towns and communes with SIRUTA codes': content.taxonomies.areas.filter((a) => a.kind === 'commune' || a.kind === 'municipality').length >= 3,
      'an entry assured by a person and one nobody assured': providers.some((p) => p.assured_date) && providers.some((p) => !p.assured_date && p.services.length > 0),
      'a complete review that is current and one that is overdue': providers.some((p) => reviewStatus(p, BUILD_DATE).state === 'current') && providers.some((p) => reviewStatus(p, BUILD_DATE).state === 'overdue'),
      'a web source read on a day, and a contact route with a number, an e-mail and 112': providers.some((p) => p.sources.some((x) => x.accessed))
        && locations.some((l) => l.confidential && /0700 000 \d{3}/.test(JSON.stringify(l.contact_route)) && /@example\.org/.test(JSON.stringify(l.contact_route)) && /\b112\b/.test(JSON.stringify(l.contact_route))),
      'a labelled phone and a free one': providers.some((p) => p.phones?.some((ph) => ph.label)) && providers.some((p) => p.phones?.some((ph) => ph.free)),
      'a provider written in Markdown, with paragraphs (the builder corrects it as Markdown)': content.providers.some((p) => p.fileName.endsWith('.md') && texts(p.data.description).ro?.includes('\n\n')),
    };
    expect(Object.entries(has).filter(([, ok]) => !ok).map(([what]) => what), 'missing from the fixture').toEqual([]);
  });

  it('has one stale provider and fresh ones at the fixed build date', () => {
    const stale = providers.filter((p) => providerIsStale(p, { asOf: BUILD_DATE, staleAfterMonths: SITE.staleAfterMonths })).map((p) => p.id);
    expect(stale).toEqual(['fundatia-veche-fixture']);
  });
});
