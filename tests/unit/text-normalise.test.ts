import { describe, expect, it } from 'vitest';
import { fold, stem, words } from '../../src/lib/search/text-normalise';

describe('fold', () => {
  it('removes Romanian diacritics, comma-below and cedilla forms alike', () => {
    expect(fold('Bătrânilor')).toBe('batranilor');
    expect(fold('ȘȚ șț')).toBe('st st');
    expect(fold('ŞŢ şţ')).toBe('st st');
    expect(fold('Îngrijire')).toBe('ingrijire');
  });
  it('removes Hungarian accents, double acute included', () => {
    expect(fold('Árvíztűrő tükörfúrógép ÉŐÖÜÚÓ')).toBe('arvizturo tukorfurogep eoouuo');
  });
});

describe('words and stem', () => {
  it('brings the inflections of a word to one stem', () => {
    const stems = ['bătrân', 'bătrâni', 'bătrânii', 'bătrânilor'].map((w) => stem(fold(w)));
    expect(new Set(stems)).toEqual(new Set(['batran']));
  });
  it('keeps short words whole', () => {
    expect(stem('casa')).toBe('casa');
    expect(stem('copil')).toBe('copil');
  });
  it('splits on punctuation and spaces', () => {
    expect(words('Centru de zi, pentru bătrâni!').map(stem)).toEqual(['centr', 'de', 'zi', 'pentr', 'batran']);
  });
});
