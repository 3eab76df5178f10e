/** File sizes for people: `40805` → `40 kB` (ro: `40 kB`), through Intl so each language formats its own way. */
export function formatSize(bytes: number, locale: string): string {
  const [value, unit] = bytes < 1000 ? [bytes, 'byte'] : bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: value < 10 && unit !== 'byte' ? 1 : 0 }).format(value);
}

/** The size in bytes of text once written as UTF-8 (what a download weighs). */
export function utf8Size(text: string): number {
  // Node's native count where there is one (the build); counted, not encoded, elsewhere:
  // national exports are hundreds of megabytes.
  const nodeBuffer = (globalThis as { Buffer?: { byteLength(s: string, encoding: 'utf8'): number } }).Buffer;
  return nodeBuffer ? nodeBuffer.byteLength(text, 'utf8') : countUtf8Bytes(text);
}

/** utf8Size without Node: what TextEncoder would give, counted without encoding. */
export function countUtf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) { bytes += 4; i++; }
    else bytes += 3;
  }
  return bytes;
}
