import { describe, expect, it } from 'vitest';
import { doubleEscape, providerNeedsQuickExit, resultIsSensitive, searchNeedsQuickExit } from '../../src/lib/confidentiality/quick-exit';
import { publicProvider } from '../../src/lib/confidentiality/public-provider';
import { activeFilterCount } from '../../src/lib/search/filter-count';
import { buildSearchIndex } from '../../src/lib/search/build-index';
import { RESULTS_PAGE } from '../../src/lib/search/controls';
import { NO_FILTERS, SearchEngine } from '../../src/lib/search/engine';
import { packVocabulary, VocabularyReader } from '../../src/lib/search/vocabulary';
import { SITE } from '../../src/config';
import { fixtureProvider, realContent, TODAY } from './helpers';

const svc = (...c: string[]) => ({ beneficiary_categories: c });

describe('quick exit', () => {
  it('is on providers with a service for domestic-violence victims or a confidential location', () => {
    const cats = SITE.quickExitCategories;
    expect(providerNeedsQuickExit({ services: [svc('elderly'), svc('domestic-violence-victims')] }, cats)).toBe(true);
    expect(providerNeedsQuickExit({ services: [svc('elderly')], locations: [{ confidential: true }] }, cats)).toBe(true);
    expect(providerNeedsQuickExit({ services: [svc('elderly')], locations: [{ confidential: false }, {}] }, cats)).toBe(false);
    expect(providerNeedsQuickExit({ services: [] }, cats)).toBe(false);
  });

  it('is on the page of a provider with a domestic-violence centre, not on others', () => {
    expect(providerNeedsQuickExit(fixtureProvider('directia-exemplu-fixture'), SITE.quickExitCategories)).toBe(true);
    expect(providerNeedsQuickExit(fixtureProvider('asociatia-exemplu-fixture'), SITE.quickExitCategories)).toBe(false);
  });

  it('leaves on the second Escape within a second, not on one press or two slow ones', () => {
    const esc = doubleEscape(1000);
    expect(esc.press(0)).toBe(false);
    expect(esc.press(1500)).toBe(false);
    expect(esc.press(2000)).toBe(true);
    // After leaving, the count starts again.
    expect(esc.press(2100)).toBe(false);
  });

  it('covers trafficking as well as domestic violence', () => {
    expect(SITE.quickExitCategories).toEqual(expect.arrayContaining(['domestic-violence-victims', 'trafficking-victims']));
    expect(providerNeedsQuickExit({ services: [svc('trafficking-victims')] }, SITE.quickExitCategories)).toBe(true);
  });

  it('is on a search that points at a sensitive category by filter, by meaning or by a result specific to it', () => {
    const cats = SITE.quickExitCategories;
    const none = { chosen: [], meant: [], shown: [] };
    const result = (confidential: boolean, ...categories: string[]) => ({ categories, confidential });
    expect(searchNeedsQuickExit(none, cats)).toBe(false);
    expect(searchNeedsQuickExit({ ...none, chosen: ['trafficking-victims'] }, cats)).toBe(true);
    expect(searchNeedsQuickExit({ ...none, meant: ['domestic-violence-victims'] }, cats)).toBe(true);
    // A shelter: its place is confidential, whoever else it names.
    expect(searchNeedsQuickExit({ ...none, shown: [result(false, 'elderly'), result(true, 'domestic-violence-victims', 'children-and-families')] }, cats)).toBe(true);
    // A counselling line for victims only, at a public address.
    expect(searchNeedsQuickExit({ ...none, shown: [result(false, 'domestic-violence-victims', 'trafficking-victims')] }, cats)).toBe(true);
    // A city hall's food vouchers, for many groups among which victims of violence: not specific.
    expect(searchNeedsQuickExit({ ...none, shown: [result(false, 'people-in-poverty', 'elderly', 'domestic-violence-victims', 'trafficking-victims')] }, cats)).toBe(false);
    expect(searchNeedsQuickExit({ chosen: ['elderly'], meant: ['homeless'], shown: [result(false, 'elderly'), result(false, 'homeless')] }, cats)).toBe(false);
    // A result that names no category is for nobody in particular.
    expect(resultIsSensitive(result(false), cats)).toBe(false);
  });

  describe('through the real engine on the real content', () => {
    const providers = realContent.providers.map((p) => publicProvider(p.data));
    const engine = new SearchEngine(
      buildSearchIndex({ providers, ...realContent.taxonomies, lang: 'ro', buildDate: TODAY, staleAfterMonths: SITE.staleAfterMonths }),
      new VocabularyReader([packVocabulary(realContent.vocabulary, ['ro'])]),
    );
    const touches = (q: string) => {
      const r = engine.search({ q, filters: NO_FILTERS, sort: 'relevance', now: new Date(`${TODAY}T10:00:00+02:00`), limit: RESULTS_PAGE });
      return { r, touches: { chosen: [], meant: r.means.filter((m) => m.field === 'cat').map((m) => m.id), shown: r.hits } };
    };
    const cats = SITE.quickExitCategories;

    it('is on the words "violenta domestica", through what they mean', () => {
      const { r, touches: t } = touches('violenta domestica');
      expect(t.meant).toContain('domestic-violence-victims');
      expect(r.total).toBeGreaterThan(0);
      expect(searchNeedsQuickExit(t, cats)).toBe(true);
    });

    it('is on a confidential shelter shown', () => {
      const shelter = providers.flatMap((p) => p.services.filter((s) => (s.locations ?? []).some((id) => p.locations?.find((l) => l.id === id)?.confidential)).map((s) => s.id));
      expect(shelter.length).toBeGreaterThan(0);
      const hits = engine.search({ q: '', filters: NO_FILTERS, sort: 'relevance', now: new Date(), limit: Infinity }).hits;
      const shown = hits.filter((h) => shelter.includes(h.service.id));
      expect(shown.length).toBeGreaterThan(0);
      for (const h of shown) expect(searchNeedsQuickExit({ chosen: [], meant: [], shown: [h] }, cats)).toBe(true);
    });

    it('is not on broad words whose results include general services listing victims among many groups', () => {
      // ('centru' alone lists a domestic-violence centre itself on its first page: that one counts.)
      const QUERIES = ['batrani', 'alimente'];
      for (const q of QUERIES) {
        const { r, touches: t } = touches(q);
        expect(r.total, q).toBeGreaterThan(0);
        expect(searchNeedsQuickExit(t, cats), q).toBe(false);
      }
      // The old rule (any result naming a sensitive category) fired on at least one of them: the
      // narrowing is what this test checks.
      const broad = QUERIES.some((q) => touches(q).r.hits.some((h) => h.categories.some((c) => (cats as readonly string[]).includes(c))));
      expect(broad).toBe(true);
    });
  });
});

describe('the filter button', () => {
  it('counts each chosen value and each tick, and the open filter with its sub-option once', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, cat: ['elderly', 'homeless'], free: true })).toBe(3);
    expect(activeFilterCount({ ...NO_FILTERS, area: ['marasti'], language: ['hu'], walkIn: true, wheelchair: true, open: { kind: 'now' }, age: 70 })).toBe(6);
  });
});
