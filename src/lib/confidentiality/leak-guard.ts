/**
 * The matcher behind the build's confidentiality guard (src/build/leak-guard.ts): finds, in the
 * text of an output file, a withheld street (with its locality nearby) or a withheld coordinate
 * pair, in any of the forms the outputs use. Pure: the build gives it the targets and the text.
 *
 * Streets are matched on folded text (no diacritics, lower case, punctuation as spaces), so
 * 'Str. Viitorului nr. 3, Deva', '"street":"Viitorului 3","locality":"Deva"' and the CSV row
 * 'Viitorului 3,,Deva' all match; 'Viitorului 31' does not. A street counts only with its locality
 * within WINDOW characters, so 'Avram Iancu 2' in another town is not a leak.
 *
 * Coordinates are matched at 4 decimals (about 10 m) as JSON numbers, GeoJSON [lng, lat], packed
 * map points [id, name, lat, lng, ...], data attributes and map links (toFixed(5), '%2C'): a number
 * within rounding of a withheld latitude with one near the withheld longitude close by, or the
 * other way round.
 *
 * What the guard reports never contains the street or the coordinates themselves: build logs of a
 * public repository are public too. It names the file, the record and what kind of fact leaked.
 */
import { foldName } from '../catalogue/service-name-rules';
import type { StreetParts } from './registry-rules';

/** How far (in characters of the folded text) a locality or the other coordinate may be from a hit. */
export const WINDOW = 240;
/** How much text around an anchor is folded and searched: the street itself and a window either side. */
const SPAN = WINDOW + 160;
/** A coordinate cut (not rounded) to 4 decimals is off by up to 0.0001 (about 11 m); a little more for binary floating point. */
const COORD_TOLERANCE = 0.000101;

export interface StreetTarget {
  parts: StreetParts;
  locality: string;
  /** Who it belongs to, for the report: 'registry record 911' or 'content dasm-cluj-napoca/x'. */
  label: string;
}

export interface PointTarget {
  lat: number;
  lng: number;
  label: string;
}

export interface LeakTargets {
  streets: readonly StreetTarget[];
  points: readonly PointTarget[];
}

export interface Leak {
  kind: 'street' | 'coordinates' | 'confidential location';
  /** The target's label; never the street or the coordinates. */
  label: string;
  /** Where in the scanned text (character offset), for a person with access to look. */
  at: number;
}

export interface LeakMatcher {
  /** Every leak in one text (an output file's content). */
  scan(text: string): Leak[];
  /** How many targets the matcher holds. */
  size: { streets: number; points: number };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Folded for matching: lower-case ASCII letters and digits, every other run of characters one space. */
export function foldText(text: string): string {
  // foldName trims; keep a leading space so offsets near the start still see word boundaries.
  return ` ${foldName(text)} `;
}

/** The folded-text pattern of one street: its name words, then (when it has one) its number. */
function streetPattern(t: StreetTarget): string | undefined {
  const { name, number } = t.parts;
  const loc = foldName(t.locality);
  if (!loc) return undefined;
  if (name && number) return `\\b${escape(name)} (?:nr |numarul )?${number}(?![0-9])`;
  // A street without a number is the street as written, not one of its numbered houses.
  if (name) return `\\b${escape(name)}\\b(?! (?:nr )?[0-9])`;
  // A house number alone ('Sat X 742') counts only right before its locality: numbers alone are everywhere.
  if (number) return `\\b${number} (?:[a-z0-9]+ ){0,3}${escape(loc)}\\b`;
  return undefined;
}

/** Numbers with at least 4 decimals, as written in JSON, attributes, CSV or a map link. */
const DECIMAL = /(?<![0-9.])-?[0-9]{1,3}\.[0-9]{4,}(?![0-9])/g;

/** The 4-decimal prefixes a value may be written with (truncated, or rounded up). */
function prefixes(v: number): string[] {
  const t = (x: number) => (Math.trunc(x * 1e4) / 1e4).toFixed(4);
  return [...new Set([t(v - COORD_TOLERANCE), t(v), t(v + COORD_TOLERANCE)])];
}

const MONTH_WORDS = new Set(['ianuarie', 'februarie', 'martie', 'aprilie', 'iunie', 'iulie', 'august', 'septembrie', 'octombrie', 'noiembrie', 'decembrie']);

// Letters no Romanian or Hungarian accent changes: an anchor starting with one lets the regular
// expression skip quickly to the places worth a look (twice as fast on the real site's output).
const PLAIN_START = /[bdfghjklmnpqrvwxyz0-9]/;

/**
 * The piece of a street that is looked for first, before anything is folded: from its longest word
 * (a year before a month: '1918' of '1 Decembrie 1918'; the locality when the street has no name),
 * the longest tail that starts with a letter no accent changes ('piscop' of 'Episcop').
 */
export function streetAnchor(t: Pick<StreetTarget, 'parts' | 'locality'>): string {
  const words = (s: string) => foldName(s).split(' ').filter((w) => w.length >= 3 && !MONTH_WORDS.has(w));
  const tail = (w: string) => { for (let i = 0; i < w.length - 3; i++) if (PLAIN_START.test(w[i]!)) return w.slice(i); return w; };
  const best = (xs: string[]) => xs.map((w) => ({ w, t: tail(w) })).sort((a, b) => b.t.length - a.t.length || b.w.length - a.w.length || a.w.localeCompare(b.w))[0]?.t;
  const name = words(t.parts.name);
  return name.find((w) => /^\d{4}$/.test(w)) ?? best(name.filter((w) => !/^\d+$/.test(w))) ?? best(words(t.locality)) ?? t.parts.number;
}

// How a folded letter may be written in lower-case output text: with its Romanian or Hungarian
// accents, precomposed or followed by a combining mark (ţ and ț, ş and ș, NFD or NFC).
const SPELLINGS: Record<string, string> = { a: 'aăâáàä', e: 'eéèë', i: 'iîíì', o: 'oóöőô', u: 'uúüűù', s: 'sșş', t: 'tțţ', c: 'cç' };
const letter = (c: string) => (SPELLINGS[c] ? `[${SPELLINGS[c]}][\u0300-\u036f]?` : escape(c));

/**
 * A regular expression source matching any of the folded `words` in lower-case text, whatever
 * accents it is written with; shared prefixes factored out ('tre(?:i|nului)' with accents allowed),
 * which runs many times faster than an alternation or one search per word.
 */
export function trieSource(words: readonly string[]): string {
  const groups = new Map<string, string[]>();
  let ends = false;
  for (const w of words) {
    if (!w) { ends = true; continue; }
    groups.set(w[0]!, [...(groups.get(w[0]!) ?? []), w.slice(1)]);
  }
  const alts = [...groups].map(([c, rest]) => letter(c) + (rest.length === 1 ? [...rest[0]!].map(letter).join('') : `(?:${trieSource(rest)})`));
  if (ends) alts.push('');
  return alts.join('|');
}

/** Builds one matcher for all targets; a file is read once per target anchor, and folded only around a hit. */
export function compileLeakMatcher(targets: LeakTargets): LeakMatcher {
  const streets = targets.streets.flatMap((t) => {
    const p = streetPattern(t);
    if (!p) return [];
    const { name, number } = t.parts;
    return [{
      t,
      re: new RegExp(p, 'g'),
      loc: new RegExp(`\\b${escape(foldName(t.locality))}\\b`),
      anchor: streetAnchor(t),
      // The number follows the anchor within the rest of the name (or, for a number alone, precedes its locality).
      number: number ? { re: new RegExp(`(?<![0-9])${number}(?![0-9])`), before: !name } : undefined,
      reach: name.length + 30,
    }];
  });
  // One pass over each file finds every anchor: a regular expression shaped as a trie, which is
  // many times faster than an alternation or one indexOf per street.
  const byAnchor = new Map<string, typeof streets>();
  for (const st of streets) byAnchor.set(st.anchor, [...(byAnchor.get(st.anchor) ?? []), st]);
  const anchorRe = byAnchor.size ? new RegExp(trieSource([...byAnchor.keys()]), 'g') : undefined;
  const anchorOf = (hit: string) => foldName(hit);
  const points = targets.points;
  const byPrefix = new Map<string, Array<{ target: PointTarget; axis: 'lat' | 'lng' }>>();
  for (const target of points) {
    for (const axis of ['lat', 'lng'] as const) for (const p of prefixes(target[axis])) byPrefix.set(p, [...(byPrefix.get(p) ?? []), { target, axis }]);
  }
  const pointRe = byPrefix.size ? new RegExp(`(?<![0-9.])(?:${[...byPrefix.keys()].map(escape).join('|')})[0-9]*(?![0-9])`, 'g') : undefined;

  const near = (value: number, want: number) => Math.abs(value - want) <= COORD_TOLERANCE;
  const numbersAround = (text: string, at: number) => {
    const part = text.slice(Math.max(0, at - WINDOW), at + WINDOW);
    return [...part.matchAll(DECIMAL)].map((m) => Number(m[0]));
  };

  return {
    size: { streets: streets.length, points: points.length },
    scan(text) {
      const leaks: Leak[] = [];
      const seen = new Set<string>();
      const add = (leak: Leak) => { const k = `${leak.kind}|${leak.label}`; if (!seen.has(k)) { seen.add(k); leaks.push(leak); } };
      if (anchorRe) {
        const lower = text.toLowerCase();
        const coveredTo = new Map<object, number>();
        anchorRe.lastIndex = 0;
        for (let a = anchorRe.exec(lower); a; a = anchorRe.exec(lower)) {
          const i = a.index;
          let slice: string | undefined;
          const start = Math.max(0, i - SPAN);
          for (const st of byAnchor.get(anchorOf(a[0])) ?? []) {
            // A street found, or whose street and locality the last stretch already held, is not read again.
            if (seen.has(`street|${st.t.label}`) || i + WINDOW + 100 <= (coveredTo.get(st) ?? -1)) continue;
            // Its house number must be right there ('1 Decembrie 1918' is in every town; number 68 is not).
            if (st.number && !st.number.re.test(st.number.before ? lower.slice(Math.max(0, i - 60), i) : lower.slice(i, i + st.reach))) continue;
            coveredTo.set(st, i + SPAN);
            // Fold only the stretch around the anchor, once for all its streets: folding whole files is what makes a scan slow.
            slice ??= foldText(text.slice(start, i + SPAN));
            st.re.lastIndex = 0;
            for (let m = st.re.exec(slice); m; m = st.re.exec(slice)) {
              if (st.loc.test(slice.slice(Math.max(0, m.index - WINDOW), m.index + m[0].length + WINDOW))) { add({ kind: 'street', label: st.t.label, at: start + m.index }); break; }
            }
          }
        }
      }
      if (pointRe) {
        pointRe.lastIndex = 0;
        for (let m = pointRe.exec(text); m; m = pointRe.exec(text)) {
          const value = Number(m[0]);
          const candidates = [...byPrefix.entries()].filter(([p]) => m![0].startsWith(p)).flatMap(([, c]) => c).filter(({ target, axis }) => near(value, target[axis]));
          if (!candidates.length) continue;
          const others = numbersAround(text, m.index);
          for (const { target, axis } of candidates) {
            const partner = axis === 'lat' ? target.lng : target.lat;
            if (others.some((n) => near(n, partner))) add({ kind: 'coordinates', label: target.label, at: m.index });
          }
        }
      }
      return leaks;
    },
  };
}

/** A confidential location of the content, as the outputs name it. */
export interface ConfidentialPlace {
  provider: string;
  location: string;
}

const GEO_KEYS = ['latitude', 'longitude', 'lat', 'lng', 'address', 'street', 'address_1', 'geometry', 'coordinates', 'postal_code'];

/**
 * Structural check of one parsed JSON output (providers.json, HSDS, GeoJSON, map points, shortlist
 * data): no object marked confidential carries a place, no map point or GeoJSON feature is a
 * confidential location. Labels name the provider and location ids (which are public).
 */
export function jsonLeaks(value: unknown, places: readonly ConfidentialPlace[]): Leak[] {
  const secret = new Set(places.map((p) => `${p.provider}/${p.location}`));
  const leaks: Leak[] = [];
  const isSecretId = (id: string) => {
    if (secret.has(id)) return true;
    const parts = id.split('/');
    return parts.length > 2 && secret.has(`${parts[0]}/${parts[parts.length - 1]}`);
  };
  const walk = (v: unknown, owner: string | undefined): void => {
    if (Array.isArray(v)) {
      // A packed map point: [id, name, lat, lng, ...].
      if (typeof v[0] === 'string' && isSecretId(v[0]) && v.some((x) => typeof x === 'number')) leaks.push({ kind: 'confidential location', label: `map point ${v[0]}`, at: -1 });
      for (const x of v) walk(x, owner);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    const id = typeof o.id === 'string' ? o.id : undefined;
    const hasPlace = GEO_KEYS.some((k) => o[k] !== undefined && o[k] !== null && o[k] !== '');
    if (hasPlace && o.confidential === true) leaks.push({ kind: 'confidential location', label: `${owner ? `${owner}/` : ''}${id ?? '(no id)'} is marked confidential but carries an address or coordinates`, at: -1 });
    else if (hasPlace && id && isSecretId(id)) leaks.push({ kind: 'confidential location', label: `${id} carries an address or coordinates`, at: -1 });
    // Provider objects give their id to the locations inside them.
    const nextOwner = id && Array.isArray(o.locations) ? id : owner;
    for (const x of Object.values(o)) walk(x, nextOwner);
  };
  walk(value, undefined);
  return leaks;
}
