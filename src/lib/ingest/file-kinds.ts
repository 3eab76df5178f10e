/**
 * What a file in content/providers may be, and how its bytes become text. Pure: the Node loader
 * (src/build/content-files.ts) lists the folder and reads the bytes; the decisions live here so
 * tests can state them without a disk.
 */

/** How a name in content/providers is read. */
export type ProviderFileKind =
  | { kind: 'yaml'; id: string }
  /**
   * Markdown provider files (front matter + body) are being added (p-contrib). Recognised here so
   * that no check refuses them; the loader reads them once their reader exists.
   */
  | { kind: 'markdown'; id: string }
  | { kind: 'refused'; message: string };

/**
 * Decides what a directory entry of content/providers is. Hidden files, folders, links and other
 * extensions are refused with the fix, never skipped in silence: a skipped file is a provider that
 * vanishes from the site without anyone being told.
 * @example providerFileKind('dasm.yaml', 'file') // { kind: 'yaml', id: 'dasm' }
 * @example providerFileKind('dasm.yml', 'file')  // { kind: 'refused', message: "is named .yml; rename it to dasm.yaml ..." }
 */
export function providerFileKind(name: string, type: 'file' | 'directory' | 'other'): ProviderFileKind {
  if (name.startsWith('.')) {
    const stem = name.replace(/^\.+/, '').replace(/\.(ya?ml|md)$/, '');
    const suggestion = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(stem) ? `rename it to ${stem}.yaml` : 'rename it to <id>.yaml';
    return { kind: 'refused', message: `is a hidden file (its name starts with a dot), so it would never be published; ${suggestion} if it is a provider, or delete it` };
  }
  if (type === 'directory')
    return { kind: 'refused', message: 'is a folder; provider files go directly in content/providers/, one file per provider named <id>.yaml (move its files up and delete the folder)' };
  if (type === 'other')
    return { kind: 'refused', message: 'is not a regular file (a device, socket or pipe); provider files are plain text files named <id>.yaml' };
  const yaml = /^(.*)\.yaml$/.exec(name);
  if (yaml) return { kind: 'yaml', id: yaml[1]! };
  const yml = /^(.*)\.yml$/.exec(name);
  // One extension only: the site's "edit this entry" links and the templates name <id>.yaml.
  if (yml) return { kind: 'refused', message: `is named .yml; rename it to ${yml[1]}.yaml (every provider file ends in .yaml, and the site's edit links point there)` };
  const md = /^(.*)\.md$/.exec(name);
  if (md) return { kind: 'markdown', id: md[1]! };
  return { kind: 'refused', message: 'is not a .yaml file; provider files are named <id>.yaml, like dasm-cluj-napoca.yaml' };
}

/**
 * Decodes a file's bytes as UTF-8, refusing anything else: a file saved as Windows-1250 or Latin-2
 * would otherwise have its ă, ș, ț silently replaced by '�' on every page.
 * @example decodeUtf8(new Uint8Array([0x61, 0xe9, 0x0a])) // { problem: { line: 1, column: 2, message: "is not valid UTF-8 text: byte 0xE9 ..." } }
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: { line: number; column: number; message: string } } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
    // Column in characters of the valid text before the bad byte on its line.
    const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
    const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      problem: {
        line,
        column,
        message: `is not valid UTF-8 text: byte 0x${byte} at line ${line}, column ${column} is not part of a UTF-8 character (the file was probably saved as Windows-1250 or Latin-2); save it again as UTF-8 (in most editors: Save with encoding → UTF-8)`,
      },
    };
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= bytes.length) return i; // cut off at the end of the file
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
