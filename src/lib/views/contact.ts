/** Links people tap: phone calls, e-mail, directions. */

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

/** A directions link that works on any phone without loading a map on our page. */
export function directionsHref(place: { latitude?: number; longitude?: number; query?: string }): string | undefined {
  if (place.latitude !== undefined && place.longitude !== undefined)
    return `https://www.openstreetmap.org/directions?to=${place.latitude.toFixed(5)}%2C${place.longitude.toFixed(5)}`;
  if (place.query) return `https://www.openstreetmap.org/search?query=${encodeURIComponent(place.query)}`;
  return undefined;
}
