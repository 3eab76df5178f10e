/**
 * Deterministic UUIDs for the open-data exports. HSDS requires UUID ids; ours are slugs, so every
 * exported id is a name-based UUID (RFC 9562 version 5: SHA-1 of a namespace and a name). The same
 * slug gives the same UUID in every build, so people who import the data can follow a record over time.
 *
 * SHA-1 is written out here (not node:crypto) so that src/lib stays runnable in the browser too;
 * tests/unit/export.test.ts checks it against node:crypto.
 */

/** The project's namespace: uuid5(URL namespace, 'https://github.com/servicii-sociale-cluj/directory'). Fixed forever. */
export const EXPORT_NAMESPACE = 'f1b7b4e3-151f-5bd7-b793-53c18eb8b26e';

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** SHA-1 digest of bytes (FIPS 180-4). Not for security: only for name-based UUIDs. */
export function sha1(bytes: Uint8Array): Uint8Array {
  const bitLength = bytes.length * 8;
  const padded = new Uint8Array(((bytes.length + 9 + 63) >> 6) << 6);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let offset = 0; offset < padded.length; offset += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(offset + i * 4);
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h[0]!, b = h[1]!, c = h[2]!, d = h[3]!, e = h[4]!;
    for (let i = 0; i < 80; i++) {
      // Plain branches, no tuple per round: a national export hashes hundreds of thousands of ids.
      let f: number, k: number;
      if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
      else { f = b ^ c ^ d; k = 0xca62c1d6; }
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[i]!) >>> 0;
      e = d;
      d = c;
      c = ((b << 30) | (b >>> 2)) >>> 0;
      b = a;
      a = temp;
    }
    h[0] = (h[0]! + a) >>> 0;
    h[1] = (h[1]! + b) >>> 0;
    h[2] = (h[2]! + c) >>> 0;
    h[3] = (h[3]! + d) >>> 0;
    h[4] = (h[4]! + e) >>> 0;
  }
  const out = new Uint8Array(20);
  const outView = new DataView(out.buffer);
  h.forEach((v, i) => outView.setUint32(i * 4, v));
  return out;
}

const parsedNamespaces = new Map<string, Uint8Array>();

function parseUuid(uuid: string): Uint8Array {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`not a UUID: ${uuid}`);
  return Uint8Array.from(hex.match(/../g)!.map((b) => parseInt(b, 16)));
}

/**
 * Name-based UUID version 5.
 * @example uuidV5('organization/dasm-cluj-napoca') // always the same UUID
 */
export function uuidV5(name: string, namespace: string = EXPORT_NAMESPACE): string {
  let ns = parsedNamespaces.get(namespace);
  if (!ns) parsedNamespaces.set(namespace, (ns = parseUuid(namespace)));
  const nameBytes = utf8(name);
  const input = new Uint8Array(ns.length + nameBytes.length);
  input.set(ns);
  input.set(nameBytes, ns.length);
  const hash = sha1(input).slice(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  let hex = '';
  for (const b of hash) hex += HEX[b]!;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
