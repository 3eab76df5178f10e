/**
 * The address links in "send to a phone" messages start with: the site's public address when the
 * build was given one (SITE.url), else the address of the page the reader is on.
 */
import { SITE } from '../config';
import { absoluteUrl } from '../lib/routes';

export function shareUrl(path: string): string {
  const configured: string | undefined = SITE.url;
  return absoluteUrl(path, configured ?? window.location.origin);
}
