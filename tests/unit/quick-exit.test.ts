import { describe, expect, it } from 'vitest';
import { doubleEscape, providerNeedsQuickExit } from '../../src/lib/confidentiality/quick-exit';
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
});
