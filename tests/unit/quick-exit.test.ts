import { describe, expect, it } from 'vitest';
import { doubleEscape, providerNeedsQuickExit, searchNeedsQuickExit } from '../../src/lib/confidentiality/quick-exit';
import { activeFilterCount } from '../../src/lib/search/filter-count';
import { NO_FILTERS } from '../../src/lib/search/engine';
import { SITE } from '../../src/config';
import { fixtureProvider } from './helpers';

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

  it('is on a search that touches a sensitive category by filter, by meaning or by a result shown', () => {
    const cats = SITE.quickExitCategories;
    const none = { chosen: [], meant: [], shown: [] };
    expect(searchNeedsQuickExit(none, cats)).toBe(false);
    expect(searchNeedsQuickExit({ ...none, chosen: ['trafficking-victims'] }, cats)).toBe(true);
    expect(searchNeedsQuickExit({ ...none, meant: ['domestic-violence-victims'] }, cats)).toBe(true);
    expect(searchNeedsQuickExit({ ...none, shown: [['elderly'], ['children-and-families', 'domestic-violence-victims']] }, cats)).toBe(true);
    expect(searchNeedsQuickExit({ chosen: ['elderly'], meant: ['homeless'], shown: [['elderly'], ['homeless']] }, cats)).toBe(false);
  });
});

describe('the filter button', () => {
  it('counts each chosen value and each tick, and the open filter with its sub-option once', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, cat: ['elderly', 'homeless'], free: true })).toBe(3);
    expect(activeFilterCount({ ...NO_FILTERS, area: ['marasti'], language: ['hu'], walkIn: true, wheelchair: true, open: { kind: 'now' }, age: 70 })).toBe(6);
  });
});
