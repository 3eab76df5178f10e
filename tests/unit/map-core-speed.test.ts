/** The parts of map-core that let the map draw sooner: Intl-free number grouping and the fit zoom worked out before Leaflet loads. */
import { describe, expect, it } from 'vitest';
import { fitZoom, MAP_STRING_KEYS, type MapBounds } from '../../src/lib/map/core';
import { formatNumber, translator } from '../../src/lib/i18n/translator';
import { pickStrings } from '../../src/lib/i18n/catalogues';
import { LANGS, LOCALE as LOCALES } from '../../src/locales';

describe('formatNumber', () => {
  const numbers = [0, 1, 7, 12, 999, 1000, 1001, 1234, 9999, 10_000, 12_345, 99_999, 100_000, 123_456, 1_000_000, 1_234_567, 50_000_000];
  for (const lang of LANGS) {
    it(`groups whole numbers as Intl.NumberFormat does (${lang})`, () => {
      for (const n of numbers) expect(formatNumber(n, lang)).toBe(new Intl.NumberFormat(LOCALES[lang]).format(n));
      for (const n of numbers) expect(formatNumber(n, lang, { notation: 'standard' })).toBe(new Intl.NumberFormat(LOCALES[lang]).format(n));
    });
    it(`leaves other numbers and notations to Intl (${lang})`, () => {
      expect(formatNumber(12_345, lang, { notation: 'compact' })).toBe(new Intl.NumberFormat(LOCALES[lang], { notation: 'compact' }).format(12_345));
      expect(formatNumber(1234.5, lang)).toBe(new Intl.NumberFormat(LOCALES[lang]).format(1234.5));
      expect(formatNumber(-1234, lang)).toBe(new Intl.NumberFormat(LOCALES[lang]).format(-1234));
    });
  }
  it('labels clusters with grouped counts', () => {
    expect(translator(pickStrings('ro', MAP_STRING_KEYS), 'ro')('map.cluster', { count: 3333 })).toMatch(/^3\.333 de servicii\b/);
    expect(translator(pickStrings('hu', MAP_STRING_KEYS), 'hu')('map.cluster', { count: 12_345 })).toMatch(/^12\u00a0345\b/);
  });
});

describe('fitZoom (Leaflet fitBounds zoom, before Leaflet loads)', () => {
  const world: MapBounds = [[-85.0511287798, -180], [85.0511287798, 180]];
  it('is the deepest zoom at which the bounds fit inside the padded box', () => {
    // The whole world is 256 px square at zoom 0, 512 px at zoom 1.
    expect(fitZoom(world, 304, 304, 24, 16)).toBe(0);
    expect(fitZoom(world, 560, 560, 24, 16)).toBe(1);
    expect(fitZoom(world, 540, 560, 24, 16)).toBe(0);
    // Within 1% of the next level counts as that level, as in Leaflet.
    expect(fitZoom(world, 559, 560, 24, 16)).toBe(1);
    expect(fitZoom(world, 1072, 1072, 24, 16)).toBe(2);
  });
  it('uses the tighter of the two sides', () => {
    expect(fitZoom(world, 2000, 304, 24, 16)).toBe(0);
  });
  it('stops at maxZoom and never goes below 0', () => {
    expect(fitZoom([[46.77, 23.62], [46.7705, 23.6205]], 1280, 560, 24, 16)).toBe(16);
    expect(fitZoom(world, 100, 100, 24, 16)).toBe(0);
  });
});
