/**
 * "Send to a phone": a service (or a referral sheet) as a short plain-text message in the page's
 * language (name, where, phone, hours, link), and the SMS and WhatsApp links that carry it. No
 * script, no tracking: the links open the reader's own messaging app with the text filled in.
 *
 * The text is made from the public views only (LocationView, ReferralPlace: what passed the
 * confidentiality gate and the location presenter). A confidential place is written as "confidential
 * address" with the numbers of its contact route; an address on it is never read, even if a caller
 * passed one by mistake.
 */
import type { TranslateFor } from '../i18n/translator';
import type { ReferralService } from '../shortlist/service-view';
import { contactSegments, type TextSegment } from './contact-text';
import type { PhoneView } from './contact';
import type { ServiceView } from './service';
import { withLink } from './share-links';

export { smsHref, whatsappHref, withLink } from './share-links';

/** What a message says about one service: plain fields from the service, location and contact presenters. */
export interface ShareService {
  name: string;
  providerName: string;
  /** Where the service is, as the location presenter words it. */
  places: ReadonlyArray<{ confidential: boolean; address?: string; contactRoute?: string; contactRouteParts?: readonly TextSegment[] }>;
  /** Numbers to call, the service's own first. */
  phones: ReadonlyArray<{ number: string }>;
  /** Opening hours on one line ("Mo-Fr 08:00-16:00 — by appointment"). */
  hours?: string;
}

/** The strings a message uses, in the page's language. */
export const SHARE_STRING_KEYS = ['share.', 'provider.confidential'] as const;
export type ShareT = TranslateFor<typeof SHARE_STRING_KEYS>;

/** How long each part may be, so that one service stays near one SMS (about 300 characters with its link). */
const MAX = { name: 65, provider: 55, place: 80, hours: 45 } as const;

function clip(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}

/** The first place, worded: the street address, or for a confidential place the numbers to call and never an address. */
function placeLine(s: ShareService, t: ShareT): string | undefined {
  const place = s.places.find((p) => p.confidential || p.address);
  if (!place) return undefined;
  let line: string;
  if (place.confidential) {
    const parts = place.contactRouteParts ?? (place.contactRoute ? contactSegments(place.contactRoute) : []);
    const numbers = parts.filter((p) => p.kind === 'phone').map((p) => p.text);
    line = numbers.length ? t('share.confidentialCall', { numbers: numbers.slice(0, 2).join(', ') }) : t('provider.confidential');
  } else {
    line = t('share.address', { address: clip(place.address!, MAX.place) });
  }
  const more = s.places.filter((p) => p !== place && (p.confidential || p.address)).length;
  return more > 0 ? `${line} ${t('share.morePlaces', { count: more })}` : line;
}

/** The lines about one service, without its link. */
function serviceLines(s: ShareService, t: ShareT): string[] {
  const lines = [`${clip(s.name, MAX.name)} — ${clip(s.providerName, MAX.provider)}`];
  const where = placeLine(s, t);
  if (where) lines.push(where);
  const phone = s.phones[0]?.number;
  if (phone) lines.push(t('share.phone', { number: phone }));
  if (s.hours) lines.push(t('share.hours', { hours: clip(s.hours, MAX.hours) }));
  return lines;
}

/**
 * One service as a message: its name and provider, where, a phone, hours and the link to its page.
 * @example serviceShareText(canteen, t, 'https://example.org/providers/dasm/#service-cantina')
 *   // 'Cantina socială — DASM\nAdresa: Str. X 1, Cluj-Napoca\nTelefon: 0264 000 000\nhttps://example.org/providers/dasm/#service-cantina'
 */
export function serviceShareText(s: ShareService, t: ShareT, url?: string): string {
  const text = serviceLines(s, t).join('\n');
  return url ? withLink(text, url) : text;
}

/** A referral sheet as a message: a title, each service in the sheet's order (a blank line apart), and the sheet's link. */
export function sheetShareText(services: readonly ShareService[], t: ShareT, url?: string): string {
  const text = [t('share.sheetTitle', { count: services.length }), ...services.map((s) => serviceLines(s, t).join('\n'))].join('\n\n');
  return url ? withLink(text, url) : text;
}

/** A service as the referral views hold it (the shortlist's files): what the shortlist and the sheet share. */
export function shareFromReferral(r: ReferralService): ShareService {
  const hours = [r.hours, r.hoursNote].filter(Boolean).join(' — ');
  return { name: r.name, providerName: r.providerName, places: r.places, phones: r.phones, ...(hours ? { hours } : {}) };
}

/** A service as its provider page shows it; the organisation's numbers when the service has none of its own. */
export function shareFromServiceView(v: ServiceView, providerName: string, providerPhones: readonly PhoneView[]): ShareService {
  const hours = v.hours && [v.hours.openingHours, v.hours.note].filter(Boolean).join(' — ');
  return { name: v.name, providerName, places: v.locations, phones: v.phones.length ? v.phones : providerPhones, ...(hours ? { hours } : {}) };
}

