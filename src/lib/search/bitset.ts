/** Fixed-size bitsets over row numbers: filtering and facet counts are word-wide ANDs and popcounts. */

export type Bits = Uint32Array;

export const words = (n: number) => (n + 31) >>> 5;

export function empty(n: number): Bits {
  return new Uint32Array(words(n));
}

export function full(n: number): Bits {
  const b = new Uint32Array(words(n)).fill(0xffffffff);
  const extra = b.length * 32 - n;
  if (extra > 0 && b.length > 0) b[b.length - 1] = 0xffffffff >>> extra;
  return b;
}

export function set(b: Bits, i: number): void {
  b[i >>> 5]! |= 1 << (i & 31);
}

export function has(b: Bits, i: number): boolean {
  return (b[i >>> 5]! & (1 << (i & 31))) !== 0;
}

/** a &= b, in place; returns a. */
export function andInto(a: Bits, b: Bits): Bits {
  for (let i = 0; i < a.length; i++) a[i]! &= b[i]!;
  return a;
}

/** a |= b, in place; returns a. */
export function orInto(a: Bits, b: Bits): Bits {
  for (let i = 0; i < a.length; i++) a[i]! |= b[i]!;
  return a;
}

function pop32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function count(b: Bits): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) if (b[i]) n += pop32(b[i]!);
  return n;
}

/** popcount(a & b) without allocating. */
export function countAnd(a: Bits, b: Bits): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]! & b[i]!;
    if (x) n += pop32(x);
  }
  return n;
}

/** Row numbers in ascending order. */
export function toArray(b: Bits): number[] {
  const out: number[] = [];
  for (let w = 0; w < b.length; w++) {
    let x = b[w]!;
    while (x) {
      const low = x & -x;
      out.push((w << 5) + (31 - Math.clz32(low)));
      x ^= low;
    }
  }
  return out;
}

export function isEmpty(b: Bits): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]) return false;
  return true;
}
