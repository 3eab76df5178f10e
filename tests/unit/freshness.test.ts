/**
 * Honest dates: an assurance needs a source read in the month before it; each fact is as old as its
 * own source; the review cycle; and numbers in contact routes that people can tap.
 */
import { describe, expect, it } from 'vitest';
import { providerSchema, type Provider } from '../../src/schemas/provider';
import { checkDates, sourceReadOn } from '../../src/lib/ingest/date-checks';
import { addMonths, monthsBetween } from '../../src/lib/dates';
import { factSourceText, informationDate, oldFactKinds, providerIsStale, serviceFacts, serviceIsStale } from '../../src/lib/views/freshness';
import { reviewStatus } from '../../src/lib/review/cycle';
import { contactSegments, namesReachableContact } from '../../src/lib/views/contact-text';
import { realContent, REAL_TODAY } from './helpers';

const base = {
  id: 'asociatia-test', name: 'Asociația Test', kind: 'ngo',
  sources: [
    { id: 'registru', kind: 'registry', title: 'Registrul 2016', file: 'cluj-county.json', record: '7', date: '2016-12-31' },
    { id: 'site', kind: 'web', title: 'Site', url: 'https://www.example.org/contact', accessed: '2026-11-20' },
    { id: 'stire', kind: 'web', title: 'Știre', url: 'https://ziar.example.org/a', date: '2025-03-01', accessed: '2026-11-20' },
    { id: 'declaratie', kind: 'self', title: 'Declarația asociației', date: '2026-06-10' },
  ],
  phones: [{ number: '0264 000 000', source: 'site' }],
  locations: [{ id: 'sediu', address: { street: 'Strada Test nr. 1', locality: 'Cluj-Napoca', county: 'Cluj' }, source: 'registru' }],
  services: [
    { id: 'a', name: 'A', service_types: ['counselling'], beneficiary_categories: ['elderly'], locations: ['sediu'], hours: { opening_hours: 'Mo-Fr 08:00-16:00', source: 'registru' }, sources: ['registru', 'site'] },
    { id: 'b', name: 'B', service_types: ['counselling'], beneficiary_categories: ['elderly'], cost: { kind: 'free', source: 'stire' }, sources: ['site'] },
  ],
};
const parse = (extra: Record<string, unknown> = {}): Provider => providerSchema.parse({ ...base, ...extra });
const ctx = { asOf: '2026-11-25', staleAfterMonths: 24 };

describe('calendar months', () => {
  it('add and count whole months, clamped to the month end', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2025-11-30', 12)).toBe('2026-11-30');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(monthsBetween('2016-12-31', '2026-11-25')).toBe(118);
    expect(monthsBetween('2024-11-25', '2026-11-25')).toBe(24);
    expect(monthsBetween('2024-11-26', '2026-11-25')).toBe(23);
  });
});

describe('assured_date and reviewed.date need a source read in the month before them', () => {
  it('counts a page by the day it was read, and the organisation\'s statement by its date', () => {
    expect(sourceReadOn({ kind: 'web', accessed: '2026-11-20', date: '2025-03-01' })).toBe('2026-11-20');
    expect(sourceReadOn({ kind: 'self', date: '2026-06-10' })).toBe('2026-06-10');
    expect(sourceReadOn({ kind: 'registry', date: '2016-12-31' })).toBeUndefined();
  });

  it('accepts an assurance on the day a page was read, or within the month after', () => {
    expect(checkDates(parse({ assured_date: '2026-11-20' }), 'x.yaml', '2026-11-30')).toEqual([]);
    expect(checkDates(parse({ assured_date: '2026-12-20' }), 'x.yaml', '2026-12-31')).toEqual([]);
    expect(checkDates(parse({ assured_date: '2026-06-10' }), 'x.yaml', '2026-11-30')).toEqual([]);
  });

  it('refuses an import\'s date, a date before the reading, and one long after it, saying how to fix it', () => {
    const registryOnly = parse({ assured_date: '2026-11-25', sources: [base.sources[0]], phones: undefined, services: [{ ...base.services[0], sources: ['registru'] }] });
    const [imported] = checkDates(registryOnly, 'x.yaml', '2026-11-30');
    expect(imported).toMatchObject({ path: ['assured_date'] });
    expect(imported!.message).toBe("is 2026-11-25, but no source was read between 2026-10-25 and 2026-11-25; no source says when it was read. assured_date means a person checked the facts against a source read then: add that source with accessed: '2026-11-25' (a web page) or kind: self with its date (the organisation's own statement), or remove the date (an import or a copy from an old document is not a check)");
    expect(checkDates(parse({ assured_date: '2026-11-19' }), 'x.yaml', '2026-11-30')[0]!.message).toContain('the sources were read on 2026-11-20, after it');
    expect(checkDates(parse({ assured_date: '2027-01-05' }), 'x.yaml', '2027-02-01')[0]!.message).toContain('the newest source was read on 2026-11-20');
  });

  it('holds a complete review to the same rule, and refuses a review or reading in the future', () => {
    expect(checkDates(parse({ reviewed: { date: '2026-11-21' } }), 'x.yaml', '2026-11-30')).toEqual([]);
    expect(checkDates(parse({ reviewed: { date: '2026-05-01' } }), 'x.yaml', '2026-11-30').map((p) => p.path)).toEqual([['reviewed', 'date']]);
    expect(checkDates(parse({ reviewed: { date: '2026-12-01' } }), 'x.yaml', '2026-11-30')[0]!.message).toContain('in the future');
    expect(checkDates(parse(), 'x.yaml', '2026-11-19').map((p) => p.path)).toEqual([['sources', 1, 'accessed'], ['sources', 2, 'accessed']]);
  });

  it('refuses a page read before its own date', () => {
    const swapped = parse({ sources: [...base.sources.slice(0, 2), { ...base.sources[2], date: '2026-11-21' }, base.sources[3]] });
    expect(checkDates(swapped, 'x.yaml', '2026-11-30')[0]!.message).toBe("is 2026-11-20, before the page's own date 2026-11-21; a page cannot be read before it is written (swap date and accessed?)");
  });

  it('holds for every real entry: no assurance without a source read in the month before it', () => {
    for (const { data: p, file } of realContent.providers) expect(checkDates(p, file, REAL_TODAY), file).toEqual([]);
    // The importer's date is gone: whatever is left was set by a person who read a source.
    for (const { data: p, file } of realContent.providers) if (p.assured_date) expect(p.sources.some((s) => s.accessed === p.assured_date || (s.kind === 'self' && s.date === p.assured_date)), file).toBe(true);
  });
});

describe('each fact is as old as its own source', () => {
  const p = parse();
  it('dates information by the source\'s own date, else the day it was read', () => {
    expect(base.sources.map((s) => informationDate(s))).toEqual(['2016-12-31', '2026-11-20', '2025-03-01', '2026-06-10']);
  });

  it('marks a 2016 address old even when the page was read this month', () => {
    expect(oldFactKinds(serviceFacts(p, p.services[0]!), p.sources, ctx)).toEqual(['address', 'hours']);
    expect(serviceIsStale(p, p.services[0]!, ctx)).toBe(true);
    expect(serviceIsStale(p, p.services[1]!, ctx)).toBe(false);
    expect(providerIsStale(p, ctx)).toBe(true);
  });

  it('calls what a service is old only when every source describing it is', () => {
    const onlyRegistry = { ...p.services[0]!, sources: ['registru'], locations: [], hours: undefined };
    expect(oldFactKinds(serviceFacts(p, onlyRegistry), p.sources, ctx)).toEqual(['description']);
  });

  it('reads a source in a few words, without file names or record ids', () => {
    const [registry, site, news, self] = p.sources;
    expect(factSourceText(registry!, 'en')).toBe('from the 2016 licensing registry');
    expect(factSourceText(site!, 'en')).toBe('example.org, read 20 November 2026');
    expect(factSourceText(news!, 'ro')).toBe('ziar.example.org, 1 martie 2025, citit pe 20 noiembrie 2026');
    expect(factSourceText(self!, 'hu')).toBe('a szervezet közlése, 2026. június 10.');
  });
});

describe('the review cycle', () => {
  it('is due a month before its day, overdue after it, and needed now when never done', () => {
    expect(reviewStatus({}, '2026-11-25')).toEqual({ state: 'never', intervalMonths: 12 });
    expect(reviewStatus({ reviewed: { date: '2026-01-10' } }, '2026-11-25')).toMatchObject({ state: 'current', dueDate: '2027-01-10' });
    expect(reviewStatus({ reviewed: { date: '2025-12-20' } }, '2026-11-25')).toMatchObject({ state: 'due', dueDate: '2026-12-20' });
    expect(reviewStatus({ reviewed: { date: '2025-06-01', by: 'x' }, review_interval_months: 12 }, '2026-11-25')).toMatchObject({ state: 'overdue', dueDate: '2026-06-01', reviewedBy: 'x' });
    expect(reviewStatus({ reviewed: { date: '2026-06-01' }, review_interval_months: 6 }, '2026-11-25')).toMatchObject({ state: 'due', dueDate: '2026-12-01' });
  });

  it('defaults to a review every 12 months', () => {
    expect(parse().review_interval_months).toBe(12);
    expect(() => parse({ review_interval_months: 0 })).toThrow();
  });
});

describe('numbers in a contact route', () => {
  it('become tap-to-call links: landlines, mobiles, free lines, short numbers', () => {
    expect(contactSegments('Sunați la 0264 599 316 sau la 112.')).toEqual([
      { text: 'Sunați la ' }, { text: '0264 599 316', href: 'tel:+40264599316', kind: 'phone' }, { text: ' sau la ' },
      { text: '112', href: 'tel:112', kind: 'emergency' }, { text: '.' },
    ]);
    const links = (t: string) => contactSegments(t).filter((s) => s.href).map((s) => [s.text, s.href]);
    expect(links('(0264) 599316, +40 (0)264 599 316, +40744123456, 0264/420146, 0744.123.456, 0800-500-333'))
      .toEqual([['(0264) 599316', 'tel:+40264599316'], ['+40 (0)264 599 316', 'tel:+40264599316'], ['+40744123456', 'tel:+40744123456'], ['0264/420146', 'tel:+40264420146'], ['0744.123.456', 'tel:+40744123456'], ['0800-500-333', 'tel:+40800500333']]);
    expect(links('hívja a 0800 500 333-as számot vagy a 116 111-et, 119')).toEqual([['0800 500 333', 'tel:+40800500333'], ['116 111', 'tel:116111'], ['119', 'tel:119']]);
    expect(links('scrieți la contact@dasmclujnapoca.ro.')).toEqual([['contact@dasmclujnapoca.ro', 'mailto:contact@dasmclujnapoca.ro']]);
  });

  it('leave dates, postal codes, fiscal codes, house numbers and broken numbers as text', () => {
    for (const text of ['16.06.2023', 'cod 400133', 'CUI 22970653', 'Str. Exemplu nr. 112', 'bl. 119', '0264 599 316 2', '02645993161', '2026-11-30'])
      expect(contactSegments(text).filter((s) => s.href), text).toEqual([]);
  });

  it('keep markup as text: segments, never HTML', () => {
    const parts = contactSegments('<img src=x onerror=alert(1)> 0700 000 101 <script>');
    expect(parts.map((p) => p.text).join('')).toBe('<img src=x onerror=alert(1)> 0700 000 101 <script>');
    expect(parts.filter((p) => p.href)).toEqual([{ text: '0700 000 101', href: 'tel:+40700000101', kind: 'phone' }]);
  });

  it('name a way to reach someone only with a number other than 112, or an e-mail', () => {
    expect(namesReachableContact('În caz de pericol sunați la 112.')).toBe(false);
    expect(namesReachableContact('Sunați gratuit la 0800 500 333.')).toBe(true);
    expect(namesReachableContact('Scrieți la ajutor@example.org')).toBe(true);
    expect(namesReachableContact('Contactați asociația.')).toBe(false);
  });
});
