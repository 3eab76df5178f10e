/**
 * The address links in "send to a phone" messages start with: the site's public address when the
 * build was given one (SITE.url), else the address of the page the reader is on.
 */
import { SITE } from '../config';
import { linkUrl } from '../lib/routes';

/** `link` is a link as pages write it, base path included (a service view's href). */
export function shareUrl(link: string): string {
  const configured: string | undefined = SITE.url;
  return linkUrl(link, configured ?? window.location.origin);
}
