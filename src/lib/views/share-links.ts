/**
 * The SMS and WhatsApp links of "send to a phone" (./share.ts words the message). Apart from the
 * wording so that a provider page's script, which only adds the page's address to a message the
 * build wrote, loads these few lines and not the presenters behind the wording.
 */

/** A message's text with its link as the last line (pages without a known public address add it in the browser). */
export function withLink(text: string, url: string): string {
  return `${text}\n${url}`;
}

const SMS = 'sms:?&body=';

/** An SMS with the text filled in (`sms:?&body=` is the form both Android and iOS read), to no number: the reader chooses it. */
export function smsHref(text: string): string {
  return `${SMS}${encodeURIComponent(text)}`;
}

/**
 * The text an `smsHref` link carries, so that the page holds each message once (in its links).
 * @example smsText(smsHref('Cantina\nTelefon: 0264 000 000')) === 'Cantina\nTelefon: 0264 000 000'
 */
export function smsText(href: string): string | undefined {
  return href.startsWith(SMS) ? decodeURIComponent(href.slice(SMS.length)) : undefined;
}

/** A WhatsApp message with the text filled in, to a contact the reader chooses in WhatsApp. */
export function whatsappHref(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}
