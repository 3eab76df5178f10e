/**
 * Phone numbers and e-mail addresses inside free text (a confidential place's contact route), found
 * so that they become links people tap. The text comes back as segments, never as HTML: pages and
 * islands render each segment as text or as a link, so markup in content cannot run.
 */
import { mailtoHref, telHref } from './contact';

/** A piece of text, and where tapping it goes when it is a number or an address. */
export interface TextSegment {
  text: string;
  href?: string;
  /** What the link is: a phone number (`emergency` for 112 alone) or an e-mail address. */
  kind?: 'phone' | 'emergency' | 'email';
}

// Separators people write inside numbers: a space, dot, dash or slash, one at a time.
const SEP = String.raw`[ .\-/]?`;
const PATTERN = new RegExp(
  [
    // +40 264 599 316, +40 (0)264 599 316, 0040 264 599 316: the country code and nine digits.
    String.raw`(?<intl>(?:\+|00)40[ .\-]?(?:\(0\)[ .\-]?)?\d(?:${SEP}\d){8})`,
    // (0264) 599 316, (021) 123 4567: an area code in brackets; the digits are counted below.
    String.raw`(?<bracketed>\(0\d{2,3}\)[ .\-]?\d(?:${SEP}\d){4,6})`,
    // 0264 599 316, 0264-599-316, 0800 500 333, 0744 123 456: ten digits starting with 0.
    String.raw`(?<national>0\d(?:${SEP}\d){8})`,
    // 112, 119, the European 116 xxx lines and the 118 xxx information lines.
    String.raw`(?<short>11[2689](?:(?<=11[68])[ ]?\d{3})?)`,
    String.raw`(?<email>[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})`,
  ].map((p) => String.raw`(?<![\w+@.\-/])${p}(?![\w@]|[ .\-/]?\d)`).join('|'),
  'g',
);

// "nr. 112", "bl. 119": a house or block number, not a phone line.
const ADDRESS_BEFORE = /\b(?:nr|no|bl|ap|sc|et|str|cod)\.?\s*$/i;

function digits(s: string): string {
  return s.replace(/\D/g, '');
}

/**
 * Splits text into plain pieces and tap-to-call / tap-to-write links.
 * @example contactSegments('Sunați la 0264 599 316 sau la 112.')
 *   // [{ text: 'Sunați la ' }, { text: '0264 599 316', href: 'tel:+40264599316', kind: 'phone' }, { text: ' sau la ' },
 *   //  { text: '112', href: 'tel:112', kind: 'emergency' }, { text: '.' }]
 */
export function contactSegments(text: string): TextSegment[] {
  const out: TextSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    const found = m[0];
    const at = m.index;
    const g = m.groups ?? {};
    let link: TextSegment | undefined;
    if (g.email) link = { text: found, href: mailtoHref(found), kind: 'email' };
    else if (g.short) {
      if (!ADDRESS_BEFORE.test(text.slice(Math.max(0, at - 8), at))) link = { text: found, href: telHref(found), kind: found === '112' ? 'emergency' : 'phone' };
    } else if (g.bracketed) {
      if (digits(found).length === 10) link = { text: found, href: telHref(found), kind: 'phone' };
    } else if (g.intl) link = { text: found, href: telHref(found.replace(/\(0\)/, '')), kind: 'phone' };
    else if (g.national) link = { text: found, href: telHref(found), kind: 'phone' };
    if (!link) continue;
    if (at > last) out.push({ text: text.slice(last, at) });
    out.push(link);
    last = at + found.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/**
 * True when the text names a way to reach someone: a phone number other than 112 alone, or an
 * e-mail address. (112 reaches the emergency services, not the service the text is about.)
 */
export function namesReachableContact(text: string): boolean {
  return contactSegments(text).some((s) => s.kind === 'phone' || s.kind === 'email');
}
