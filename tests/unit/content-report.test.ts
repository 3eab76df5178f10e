/** The content report, on the fixture site (exact figures) and on the real content (its invariants). */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentReport, COVERAGE_FIELDS, reportMarkdown, shortReport } from '../../src/lib/report/content-report';
import { SITE } from '../../src/config';
import { fixtureSite, realContent, REAL_TODAY, TODAY } from './helpers';

const fresh = { asOf: TODAY, staleAfterMonths: SITE.staleAfterMonths };

describe('content report on the fixture site', () => {
  const r = contentReport({ providers: fixtureSite.providers, fresh });

  it('counts coverage over listed services only: active, of organisations a person can reach', () => {
    // Nine entries, among them the national line with its helpline (with hours), the Florești first door
    // (no hours, no cost), Asociația Fără Contact and the Markdown-form provider.
    expect(r).toMatchObject({ providers: 9, services: 15, listedServices: 13, servicesListedApart: 1 });
    expect(r.coverage.hours).toEqual({ count: 9, of: 13, percent: 69 });
    expect(r.coverage.documents.count).toBe(2);
    // Asociația Fără Contact's day centre has no phone, e-mail, website or route: its organisation is
    // listed apart, so the service is not counted as listed, yet still named as one nobody can reach.
    expect(r.coverage.reachable).toEqual({ count: 13, of: 13, percent: 100 });
    expect(r.unreachableServices).toEqual([{ provider: 'asociatia-fara-contact-fixture', service: 'centru-de-zi-fara-contact' }]);
    expect(shortReport(r)).toContain('1 more service of organisations listed apart');
  });

  it('finds the old facts, the organisation without services and the review states', () => {
    // Fundația Veche's 2016 registry: its phone, its place, its two services' descriptions (the
    // closed canteen's too: facts count whatever the service's status), the shelter's capacity and hours.
    expect(r.facts.oldByKind).toEqual({ description: 2, address: 1, phone: 1, hours: 1, capacity: 1 });
    expect(r.staleServices.count).toBe(1);
    expect(r.staleProviders.count).toBe(1);
    // Listed apart: no service documented, or none anyone can reach.
    expect(r.providersWithoutServices).toEqual(['asociatia-fara-contact-fixture', 'organizatia-fara-servicii-fixture']);
    expect(r.reviews).toEqual({ current: 3, due: 0, overdue: 1, never: 5 });
    expect(r.assured.count).toBe(6);
  });

  it('says the name/category check did not run rather than reporting none', () => {
    expect(r.nameCategory).toBeUndefined();
    expect(shortReport(r)).toContain('name/category disagreements: not checked');
    const checked = contentReport({ providers: fixtureSite.providers, fresh, nameCategoryCheck: (p) => p.services.filter((s) => s.id === 'adapost-de-noapte').map((s) => ({ provider: p.id, service: s.id, message: 'named a shelter' })) });
    expect(reportMarkdown(checked)).toContain('- directia-exemplu-fixture / adapost-de-noapte: named a shelter');
  });

  it('lists contact routes that name nothing to dial, even where validate lets them pass', () => {
    const route = { ...fixtureSite.providers[0]!, data: { ...fixtureSite.providers.find((p) => p.id === 'directia-exemplu-fixture')!.data } };
    route.data.locations = route.data.locations!.map((l) => (l.confidential ? { ...l, contact_route: { ro: 'Sunați la numărul de mai sus.' } } : l));
    expect(contentReport({ providers: [route], fresh }).routesWithoutNumber).toEqual([{ provider: 'directia-exemplu-fixture', location: 'adapost-confidential', languages: ['ro'], orgHasContact: true }]);
  });
});

describe('content report on the real content', () => {
  const r = contentReport({ providers: realContent.providers, fresh: { asOf: REAL_TODAY, staleAfterMonths: SITE.staleAfterMonths } });

  it('is consistent: every figure within its whole, every listed id a real entry', () => {
    for (const f of COVERAGE_FIELDS) expect(r.coverage[f].count).toBeLessThanOrEqual(r.listedServices);
    expect(r.facts.old.count + r.facts.undated).toBeLessThanOrEqual(r.facts.total);
    const ids = new Set(realContent.providers.map((p) => p.id));
    for (const id of [...r.providersWithoutServices, ...r.unreachableServices.map((u) => u.provider)]) expect(ids.has(id), id).toBe(true);
    expect(Object.values(r.reviews).reduce((a, b) => a + b, 0)).toBe(r.providers);
  });

  it('counts as unreachable exactly the services validate warns about', () => {
    const warned = realContent.warnings.map((w) => w.message.match(/^'([^']+)'/)![1]).sort();
    expect(r.unreachableServices.map((u) => u.service).sort()).toEqual(warned);
  });

  it('is written as Markdown and JSON by npm run report:content', () => {
    const out = mkdtempSync(join(tmpdir(), 'content-report-'));
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/report-content.ts', '--content', 'tests/fixtures/site', '--out', out, '--today', TODAY], { encoding: 'utf8' });
    expect(stdout).toContain('13 listed services');
    expect(JSON.parse(readFileSync(join(out, 'content.json'), 'utf8'))).toMatchObject({ listedServices: 13, providersWithoutServices: ['asociatia-fara-contact-fixture', 'organizatia-fara-servicii-fixture'] });
    expect(readFileSync(join(out, 'content.md'), 'utf8')).toMatch(/^# Content report\n/);
  }, 60_000);

  it('counts only the services a person in an area can use with --area, and refuses an unknown area', () => {
    const run = (area: string) => {
      const out = mkdtempSync(join(tmpdir(), 'content-report-area-'));
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/report-content.ts', '--content', 'tests/fixtures/site', '--out', out, '--today', TODAY, '--area', area], { encoding: 'utf8' });
      return JSON.parse(readFileSync(join(out, 'content.json'), 'utf8')) as { listedServices: number };
    };
    // Bihor: its own fixture service and the two national ones; the country: every listed service.
    expect(run('judetul-bihor').listedServices).toBe(3);
    expect(run('romania').listedServices).toBe(13);
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/report-content.ts', '--content', 'tests/fixtures/site', '--out', tmpdir(), '--area', 'atlantis'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/not an id in the areas taxonomy/);
  }, 90_000);
});
