/**
 * How a place reads. A confidential place gives only what helps people reach it safely (its name,
 * locality and contact route), even if a caller forgot the confidentiality gate: its address,
 * coordinates and directions are never read here.
 */
import type { Lang } from '../../locales';
import type { PublicLocation } from '../confidentiality/public-provider';
import { localize } from '../i18n/localize';
import { makeT } from '../i18n/catalogues';
import { locationAnchor } from '../routes';
import { accessibilityText, addressLine, addressQuery, contentText } from './facts';
import { directionsHref } from './contact';
import { contactSegments, type TextSegment } from './contact-text';
import type { FactSource, FactSources } from './freshness';

export interface LocationView {
  id: string;
  /** The place's section on its provider page. */
  anchor: string;
  name?: string;
  /** What a link to the place says: its name, else its street, else its locality. */
  label?: string;
  confidential: boolean;
  /** Public places: street, postal code and locality, county. */
  address?: string;
  /** Confidential places: the locality only, so the service can be found by area. */
  locality?: string;
  /** Confidential places: how a person reaches the service without its address. */
  contactRoute?: string;
  /** The contact route with its phone numbers and e-mail addresses as links (render each segment as text or a link). */
  contactRouteParts?: TextSegment[];
  /** Set when the contact route is the Romanian text shown for want of a translation (pages mark it with lang and a note). */
  contactRouteLang?: Lang;
  /** How precise the map position is, in words. */
  precision?: string;
  accessibility?: string;
  /** A directions link for the phone's own map (the street address, unless the coordinates are exact). */
  directions?: string;
  /** The sources of the address and of the accessibility note (when the caller asked for sources). */
  source?: FactSource;
  accessibilitySource?: FactSource;
}

export function locationView(l: PublicLocation, lang: Lang, facts?: FactSources): LocationView {
  const name = localize(l.name, lang);
  if (l.confidential) {
    const view: LocationView = { id: l.id, anchor: locationAnchor(l.id), name, label: name ?? l.locality, confidential: true };
    if (l.locality) view.locality = l.locality;
    const route = contentText(l.contact_route, lang);
    if (route.text) {
      view.contactRoute = route.text;
      view.contactRouteParts = contactSegments(route.text);
      if (route.lang) view.contactRouteLang = route.lang;
    }
    return view;
  }
  const t = makeT(lang);
  const view: LocationView = { id: l.id, anchor: locationAnchor(l.id), name, label: name ?? l.address?.street, confidential: false };
  if (l.address) view.address = addressLine(l.address);
  if (l.precision) view.precision = t(`provider.precision.${l.precision}`);
  const accessibility = accessibilityText(l.accessibility, lang, t);
  if (accessibility) view.accessibility = accessibility;
  const directions = directionsHref({ latitude: l.latitude, longitude: l.longitude, precision: l.precision, query: addressQuery(l.address) });
  if (directions) view.directions = directions;
  const source = facts?.(l.source);
  if (source) view.source = source;
  const accessibilitySource = facts?.(l.accessibility?.source);
  if (accessibilitySource) view.accessibilitySource = accessibilitySource;
  return view;
}
