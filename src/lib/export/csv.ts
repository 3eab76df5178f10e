/**
 * CSV writing after RFC 4180: comma separated, CRLF line ends, a field quoted when it holds a
 * comma, a semicolon (the separator spreadsheets use under Romanian and Hungarian settings), a quote
 * or a line break, quotes doubled. Every file starts with a UTF-8 byte order mark: without it Excel
 * reads the file as the computer's legacy code page and shows "Asocia»õia" for "Asociația".
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula, so
 * a hostile entry could plant one ("CSV injection"). Such a cell is written with a leading
 * apostrophe, as OWASP advises: `=HYPERLINK(...)` becomes `'=HYPERLINK(...)`, and a phone number
 * `+40 264 ...` becomes `'+40 264 ...`. The downloads page says so.
 */

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralises spreadsheet formulas: `=1+1` → `'=1+1`. Numbers are left alone (they are data, not text). */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The UTF-8 byte order mark, first in every CSV file (Excel needs it to read UTF-8). */
export const UTF8_BOM = '\uFEFF';

/** One field, quoted when it must be. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? guardFormula(value) : String(value);
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the byte order mark, a header row, then one row per record, CRLF after every row. */
export function toCsv<K extends string>(columns: readonly K[], rows: ReadonlyArray<Partial<Record<K, CsvValue>>>): string {
  const lines = [columns.map(csvField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c])).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}
