/**
 * Characters that make text lie about itself or break the files built from it, found in any text
 * field of a content file: control characters (NUL and the like), bidirectional overrides and
 * isolates (they make text display in another order than it is stored: the "Trojan Source" trick),
 * unpaired surrogates, and text made only of invisible characters. Shared by every text field of
 * the schemas (src/schemas/common.ts `text`), so a field cannot forget it.
 */

/** Names for the characters a contributor is most likely to meet, in the messages. */
const NAMES: Record<number, string> = {
  0x00: 'NUL, the null character',
  0x1b: 'ESC, the escape character',
  0x7f: 'DEL, the delete character',
  0x00a0: 'no-break space',
  0x00ad: 'soft hyphen',
  0x034f: 'combining grapheme joiner',
  0x115f: 'Hangul choseong filler',
  0x1160: 'Hangul jungseong filler',
  0x180e: 'Mongolian vowel separator',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0x2800: 'Braille pattern blank',
  0x3000: 'ideographic space',
  0x3164: 'Hangul filler',
  0xfeff: 'zero width no-break space (byte order mark)',
  0xffa0: 'halfwidth Hangul filler',
};

/** `U+202E (right-to-left override)`. */
export function describeCharacter(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[codePoint] ?? (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f) ? 'a control character' : undefined);
  return name ? `${hex} (${name})` : hex;
}

/** Control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this pattern
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** Bidirectional embeddings, overrides and isolates. The plain marks (U+200E, U+200F) are harmless and allowed. */
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;
/** An unpaired surrogate: not a character at all, and invalid in UTF-8 and JSON text. */
const LONE_SURROGATE = /\p{Cs}/u;
/**
 * What shows nothing on screen: white space, format characters (zero-width space and joiners, the
 * byte order mark, soft hyphen...), and the blank-looking letters and symbols used to fake text.
 */
// eslint-disable-next-line no-misleading-character-class -- the combining joiner and variation selectors are meant to match alone
const INVISIBLE_ALL = /[\s\p{Z}\p{Cf}\u034F\u115F\u1160\u2800\u3164\uFFA0\uFE00-\uFE0F]/gu;

/**
 * The first character a content text may not contain, with its 1-based position, or undefined.
 * Positions count characters as people see them (code points), not UTF-16 units.
 * @example forbiddenCharacter('ab\u202Ec') // { codePoint: 0x202e, position: 3, kind: 'bidi' }
 */
export function forbiddenCharacter(text: string): { codePoint: number; position: number; kind: 'control' | 'bidi' | 'surrogate' } | undefined {
  // Quick exit for the common case: nothing suspicious anywhere.
  if (!CONTROL.test(text) && !BIDI.test(text) && !LONE_SURROGATE.test(text)) return undefined;
  let position = 0;
  for (const ch of text) {
    position++;
    const kind = CONTROL.test(ch) ? 'control' : BIDI.test(ch) ? 'bidi' : LONE_SURROGATE.test(ch) ? 'surrogate' : undefined;
    if (kind) return { codePoint: ch.codePointAt(0)!, position, kind };
  }
  return undefined;
}

const WHY: Record<'control' | 'bidi' | 'surrogate', string> = {
  control: 'control characters are not text and break the files built from it',
  bidi: 'it makes text display in a different order than it is written, so readers and reviewers would see something else than what is stored',
  surrogate: 'it is half of a character and not valid text',
};

/**
 * The message for a text field that contains a forbidden character, or undefined when it is clean.
 * @example unsafeTextMessage('Centru\u202Eabc') // 'contains U+202E (right-to-left override) at character 7; remove it: it makes text ...'
 */
export function unsafeTextMessage(text: string): string | undefined {
  const found = forbiddenCharacter(text);
  if (!found) return undefined;
  return `contains ${describeCharacter(found.codePoint)} at character ${found.position}; remove it: ${WHY[found.kind]}`;
}

/** True when the text has characters but none of them shows on screen. */
export function isInvisibleOnly(text: string): boolean {
  return text.length > 0 && text.replace(INVISIBLE_ALL, '') === '';
}

/**
 * The message for text made only of invisible characters, naming the first one, or undefined.
 * @example invisibleTextMessage('\u200B') // 'contains only invisible characters, the first U+200B (zero width space) at character 1; ...'
 */
export function invisibleTextMessage(text: string): string | undefined {
  if (!isInvisibleOnly(text)) return undefined;
  const first = [...text].find((ch) => !/\s/.test(ch)) ?? text[0]!;
  const position = [...text].indexOf(first) + 1;
  return `contains only invisible characters, the first ${describeCharacter(first.codePointAt(0)!)} at character ${position}; write the text or remove the field`;
}

/**
 * Web addresses that name a user before the host (`https://site.ro@evil.example/`): a reader sees
 * `site.ro` and the browser opens `evil.example`. True when the address has a user or password part.
 */
export function hasUserPart(url: string): boolean {
  try {
    const u = new URL(url.trim());
    return u.username !== '' || u.password !== '';
  } catch {
    return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url.trim());
  }
}

/** The message for a web address with a user part, pointing at the host it would really open. */
export function userPartMessage(url: string): string {
  let host = '';
  try { host = new URL(url.trim()).hostname; } catch { /* the generic message below is enough */ }
  return `has a user name before '@'${host ? `, so it opens ${host}, not the site written before the '@'` : ''}; write the address of the site itself, without anything before '@', like 'https://dasmclujnapoca.ro'`;
}
