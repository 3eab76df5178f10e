/** Links people tap (phone calls, e-mail, directions) and the contact lists made of them. */
import type { Email, Phone } from '../../schemas/common';
import type { Lang } from '../../locales';
import { localize } from '../i18n/localize';
import type { FactSource, FactSources } from './freshness';

/** `0264 599 316` → `tel:+40264599316`; short numbers (112, 116 111) stay as dialled. */
export function telHref(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if (digits.startsWith('0') && digits.length === 10) return `tel:+40${digits.slice(1)}`;
  return `tel:${digits}`;
}

export function mailtoHref(address: string): string {
  return `mailto:${encodeURIComponent(address).replace(/%40/g, '@')}`;
}

/**
 * A directions link that works on any phone without loading a map on our page. It leads to the
 * street address where there is one: coordinates win only when they are exact, since an approximate
 * point (a street's middle, a neighbourhood) would guide people to the wrong door.
 * @example directionsHref({ latitude: 46.78, longitude: 23.61, precision: 'approximate', query: 'Strada X nr. 10, Cluj-Napoca' })
 *   // 'https://www.openstreetmap.org/directions?to=Strada%20X%20nr.%2010%2C%20Cluj-Napoca'
 */
export function directionsHref(place: { latitude?: number; longitude?: number; precision?: 'exact' | 'street' | 'approximate'; query?: string }): string | undefined {
  const located = place.latitude !== undefined && place.longitude !== undefined;
  const point = () => `https://www.openstreetmap.org/directions?to=${place.latitude!.toFixed(5)}%2C${place.longitude!.toFixed(5)}`;
  if (located && place.precision === 'exact') return point();
  if (place.query) return `https://www.openstreetmap.org/directions?to=${encodeURIComponent(place.query)}`;
  if (located) return point();
  return undefined;
}

export interface PhoneView {
  number: string;
  href: string;
  /** What the number is for ("Head office, Bucharest", "Free national line"): shown wherever the number is. */
  label?: string;
  free?: true;
  /** The source that publishes the number, as read beside it (when the caller asked for sources). */
  source?: FactSource;
}

export interface EmailView {
  address: string;
  href: string;
  source?: FactSource;
}

/** Phone numbers as links, with what each is for in the reader's language and, given `facts`, their source. */
export function phoneViews(phones: readonly Phone[] | undefined, lang: Lang, facts?: FactSources): PhoneView[] {
  return (phones ?? []).map((ph) => {
    const view: PhoneView = { number: ph.number, href: telHref(ph.number) };
    const label = localize(ph.label, lang);
    if (label) view.label = label;
    if (ph.free) view.free = true;
    const source = facts?.(ph.source);
    if (source) view.source = source;
    return view;
  });
}

export function emailViews(emails: readonly Email[] | undefined, facts?: FactSources): EmailView[] {
  return (emails ?? []).map((e) => {
    const source = facts?.(e.source);
    return { address: e.address, href: mailtoHref(e.address), ...(source ? { source } : {}) };
  });
}

/**
 * How to reach a service: its own numbers and addresses first, then the organisation's, each once.
 * What the shortlist and the referral sheet show (the provider page shows the two lists apart).
 */
export function serviceContacts(
  provider: { phones?: Phone[]; emails?: Email[] },
  service: { phones?: Phone[]; emails?: Email[] },
  lang: Lang,
  facts?: FactSources,
): { phones: PhoneView[]; emails: EmailView[] } {
  const phones = [...(service.phones ?? []), ...(provider.phones ?? [])].filter((ph, i, all) => all.findIndex((x) => x.number === ph.number) === i);
  const emails = [...(service.emails ?? []), ...(provider.emails ?? [])].filter((e, i, all) => all.findIndex((x) => x.address === e.address) === i);
  return { phones: phoneViews(phones, lang, facts), emails: emailViews(emails, facts) };
}
