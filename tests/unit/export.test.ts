import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { exportFiles, type DataFile } from '../../src/lib/export';
import { csvField, guardFormula, toCsv } from '../../src/lib/export/csv';
import { sha1, uuidV5 } from '../../src/lib/export/uuid';
import { weeklyRules } from '../../src/lib/export/schedule';
import { SITE_EXPORT_COLUMNS } from '../../src/lib/export/columns';
import { countUtf8Bytes, utf8Size } from '../../src/lib/export/format-size';
import { freshInput, META, SECRET } from './export-fixtures';

/**
 * Reads CSV back (RFC 4180, as written by `toCsv`), to check what the export wrote; the leading
 * apostrophe of guarded cells is kept, as a spreadsheet would show it. The site never reads CSV.
 */
function parseCsv(withBom: string): string[][] {
  expect(withBom.charCodeAt(0), 'a CSV file starts with the UTF-8 byte order mark').toBe(0xfeff);
  const text = withBom.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const file = (files: DataFile[], path: string) => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path}`);
  return f.body();
};

describe('deterministic UUIDs', () => {
  it('SHA-1 matches node:crypto', () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'y'.repeat(64), 'ăîșțâ'.repeat(40)]) {
      expect(Buffer.from(sha1(new TextEncoder().encode(text))).toString('hex')).toBe(createHash('sha1').update(text).digest('hex'));
    }
  });
  it('uuidV5 gives the RFC example for www.example.com in the DNS namespace', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
  it('is version 5, variant RFC, and differs by name', () => {
    const a = uuidV5('organization/a');
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuidV5('organization/a')).toBe(a);
    expect(uuidV5('organization/b')).not.toBe(a);
  });
});

describe('file sizes', () => {
  it('utf8Size counts what UTF-8 encoding would give, without encoding', () => {
    for (const text of ['', 'abc', 'ăîșțâ', 'Ő ű', '€', '😀 x', 'lone \ud800 surrogate', 'end \udc00']) {
      expect(utf8Size(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
      expect(countUtf8Bytes(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks after RFC 4180', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(46.77)).toBe('46.77');
    expect(toCsv(['a', 'b'], [{ a: 1 }])).toBe('\uFEFFa,b\r\n1,\r\n');
    expect(csvField('a;b')).toBe('"a;b"');
  });
  it('neutralises spreadsheet formulas with a leading apostrophe', () => {
    for (const hostile of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(guardFormula(hostile)).toBe(`'${hostile}`);
    expect(guardFormula('Cluj-Napoca')).toBe('Cluj-Napoca');
    expect(csvField('=1+1,2')).toBe(`"'=1+1,2"`);
    // Numbers are data, not text typed into a cell: a negative number stays a number.
    expect(csvField(-23.5)).toBe('-23.5');
  });
  it('round-trips hostile text through parseCsv', () => {
    const values = ['plain', 'a,b', 'q"uote', 'line\r\nbreak', '', 'ăîșț'];
    const text = toCsv(['v'], values.map((v) => ({ v })));
    expect(parseCsv(text).slice(1).map((r) => r[0])).toEqual(values);
  });
});

describe('opening hours to HSDS schedules', () => {
  it('maps a weekly timetable', () => {
    expect(weeklyRules('Mo-Fr 08:00-16:00; PH off')).toEqual([{ byday: 'MO,TU,WE,TH,FR', opens_at: '08:00:00', closes_at: '16:00:00' }]);
    expect(weeklyRules('Mo,We 09:00-12:00,13:00-15:00; Sa 10:00-12:00')).toEqual([
      { byday: 'MO,WE', opens_at: '09:00:00', closes_at: '12:00:00' },
      { byday: 'MO,WE', opens_at: '13:00:00', closes_at: '15:00:00' },
      { byday: 'SA', opens_at: '10:00:00', closes_at: '12:00:00' },
    ]);
    expect(weeklyRules('24/7')).toEqual([{ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00:00', closes_at: '23:59:59' }]);
  });
  it('declines what weekly rules cannot say (the description keeps it)', () => {
    expect(weeklyRules('Mo-Fr 08:00-16:00; Jan off')).toBeUndefined();
    expect(weeklyRules('Mo[1] 10:00-12:00')).toBeUndefined();
    expect(weeklyRules('sunrise-sunset')).toBeUndefined();
  });
});

describe('exports', () => {
  const input = freshInput();
  const files = exportFiles(input, META);
  const serviceCount = input.providers.reduce((n, p) => n + p.services.length, 0);

  it('covers more than one provider and has a confidential location to protect', () => {
    expect(input.providers.length).toBeGreaterThanOrEqual(2);
    expect(serviceCount).toBeGreaterThan(5);
    expect(input.loaded.some((p) => p.locations?.some((l) => l.confidential && 'address' in l))).toBe(true);
  });

  it('never publishes a confidential address or coordinate in any file', () => {
    for (const f of files) {
      for (const secret of [SECRET.street, SECRET.postal_code, String(SECRET.latitude), String(SECRET.longitude), 'Secretă']) {
        expect(f.body(), `${f.path} leaks ${secret}`).not.toContain(secret);
      }
    }
  });

  it('keeps the contact route of a confidential place', () => {
    expect(file(files, 'data/providers.json')).toContain('Sunați la numărul fundației.');
    expect(file(files, 'data/hsds/services.json')).toContain('Sunați la numărul fundației.');
  });

  it('providers.json parses and counts every provider and service', () => {
    const data = JSON.parse(file(files, 'data/providers.json'));
    expect(data.providers).toHaveLength(input.providers.length);
    expect(data.service_count).toBe(serviceCount);
    expect(data.providers.reduce((n: number, p: { services: unknown[] }) => n + p.services.length, 0)).toBe(serviceCount);
    expect(data.licence.name).toBe('CC BY 4.0');
    // The data date is the newest information date of any source, not anyone's assured_date.
    const newest = input.providers.flatMap((p) => p.sources.map((src) => src.date ?? src.accessed)).filter(Boolean).sort().at(-1);
    expect(data.data_date).toBe(newest);
    for (const p of data.providers as Array<{ assured_date?: string; newest_source_date?: string; id: string }>) {
      const loaded = input.providers.find((x) => x.id === p.id)!;
      expect(p.assured_date, p.id).toBe(loaded.assured_date);
      expect(p.newest_source_date, p.id).toBe(loaded.sources.map((src) => src.date ?? src.accessed).filter(Boolean).sort().at(-1));
    }
  });

  it('carries assured_date only where a person assured the entry, and every row\'s newest source date', () => {
    const rows = parseCsv(file(files, 'data/services.csv'));
    const col = (name: string) => rows[0]!.indexOf(name);
    const assured = new Map(input.providers.map((p) => [p.id, p.assured_date ?? '']));
    expect([...assured.values()].some((d) => d === ''), 'some real entries are not assured').toBe(true);
    for (const r of rows.slice(1)) {
      expect(r[col('assured_date')]).toBe(assured.get(r[col('provider_id')]!));
      expect(r[col('newest_source_date')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const hsds = JSON.parse(file(files, 'data/hsds/services.json')) as { contents: Array<{ assured_date?: string; url: string }> };
    for (const s of hsds.contents) {
      const id = /providers\/([^/]+)\//.exec(s.url)![1]!;
      expect(s.assured_date, id).toBe(assured.get(id) || undefined);
    }
  });

  it('services.csv has one row per service at a location and every service', () => {
    const rows = parseCsv(file(files, 'data/services.csv'));
    expect(rows[0]).toEqual([...SITE_EXPORT_COLUMNS]);
    const body = rows.slice(1);
    for (const r of body) expect(r).toHaveLength(SITE_EXPORT_COLUMNS.length);
    const col = (name: string) => SITE_EXPORT_COLUMNS.indexOf(name as (typeof SITE_EXPORT_COLUMNS)[number]);
    const distinct = new Set(body.map((r) => `${r[col('provider_id')]}/${r[col('service_id')]}`));
    expect(distinct.size).toBe(serviceCount);
    const expectedRows = input.providers.reduce((n, p) => n + p.services.reduce((m, s) => m + Math.max(1, s.locations?.length ?? 0), 0), 0);
    expect(body).toHaveLength(expectedRows);
    // The confidential row says so and carries only the locality.
    const shelter = body.find((r) => r[col('location_id')] === 'adapost')!;
    expect(shelter[col('confidential')]).toBe('true');
    expect(shelter[col('locality')]).toBe('Cluj-Napoca');
    expect(shelter[col('street')]).toBe('');
    expect(shelter[col('latitude')]).toBe('');
  });

  it('services.geojson holds exactly the services at public located places', () => {
    const geo = JSON.parse(file(files, 'data/services.geojson'));
    expect(geo.type).toBe('FeatureCollection');
    let expected = 0;
    for (const p of input.providers) for (const s of p.services) for (const id of s.locations ?? []) {
      const l = p.locations?.find((x) => x.id === id);
      if (l && !l.confidential && l.latitude !== undefined) expected++;
    }
    expect(expected).toBeGreaterThan(0);
    expect(geo.features).toHaveLength(expected);
    for (const f of geo.features) {
      expect(f.geometry.type).toBe('Point');
      const [lon, lat] = f.geometry.coordinates;
      expect(lat).toBeGreaterThan(43);
      expect(lat).toBeLessThan(49);
      expect(lon).toBeGreaterThan(20);
      expect(lon).toBeLessThan(30);
    }
  });

  it('HSDS files count every service and every service at a location', () => {
    const services = JSON.parse(file(files, 'data/hsds/services.json'));
    expect(services.total_items).toBe(serviceCount);
    expect(services.contents).toHaveLength(serviceCount);
    const tabular = JSON.parse(file(files, 'data/hsds/tabular.json'));
    expect(tabular['services.csv']).toHaveLength(serviceCount);
    expect(tabular['organizations.csv']).toHaveLength(input.providers.length);
    const sal = input.providers.reduce((n, p) => n + p.services.reduce((m, s) => m + (s.locations?.length ?? 0), 0), 0);
    expect(JSON.parse(file(files, 'data/hsds/service_at_locations.json')).total_items).toBe(sal);
    expect(tabular['service_at_locations.csv']).toHaveLength(sal);
  });

  // Reads and validates all the real content again: seconds on a busy machine, not a timing check.
  it('ids are the same on freshly loaded content and do not depend on order', () => {
    const again = freshInput();
    again.providers = [...again.providers].reverse();
    const second = exportFiles(again, META);
    expect(second.map((f) => f.body())).toEqual(files.map((f) => f.body()));
  }, 30_000);
});
