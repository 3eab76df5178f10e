/**
 * Is a phone number one that can be dialled? Decided by libphonenumber-js (Google's libphonenumber
 * metadata, kept up to date by its maintainers) rather than by rules of our own, plus the short
 * numbers it does not cover: libphonenumber-js has no short-number metadata, so the few Romanian
 * short lines a directory of social services needs are listed here.
 */
import { isValidPhoneNumber, validatePhoneNumberLength } from 'libphonenumber-js/max';
import { message, type Message } from '../lib/ingest/messages';

/**
 * Short numbers accepted as they are dialled: 112 (emergencies), 119 (the national line for
 * reporting child abuse) and the European harmonised 116 xxx lines (116 111 for children, 116 123
 * for emotional support...).
 */
export const ROMANIAN_SHORT_NUMBER = /^(?:112|119|116\d{3})$/;

const CHARS = /^\+?[0-9][0-9 ./-]*[0-9]$/;

/**
 * What is wrong with a phone number as written in a content file, as a message of the catalogue
 * (src/i18n/messages/) for the person who edits it; undefined when it is fine. National numbers are read as Romanian; a number abroad
 * carries its country code (`+36 1 234 5678`).
 * @example phoneNumberProblem('0264 599 316') // undefined
 * @example phoneNumberProblem('264 599 316') // { key: 'phone.no-leading-zero' }: "is missing its leading 0: ..."
 */
export function phoneNumberProblem(text: string): Message | undefined {
  const number = text.trim();
  if (!CHARS.test(number)) {
    return message('phone.characters');
  }
  const digits = number.replace(/\D/g, '');
  if (ROMANIAN_SHORT_NUMBER.test(digits) && !number.startsWith('+')) return undefined;
  if (/^1\d{2,5}$/.test(digits)) {
    return message('phone.short-unknown');
  }
  if (!number.startsWith('0') && !number.startsWith('+')) {
    return message('phone.no-leading-zero');
  }
  if (isValidPhoneNumber(number, 'RO')) return undefined;
  // A few valid Romanian numbers are shorter (0264 955), so length alone cannot tell; once the
  // number is known to be wrong, a count other than 10 is the likeliest mistake.
  const national = number.startsWith('0') && !number.startsWith('00');
  const length = national ? (digits.length < 10 ? 'TOO_SHORT' : digits.length > 10 ? 'TOO_LONG' : undefined) : validatePhoneNumberLength(number, 'RO');
  if (length === 'TOO_SHORT') return message('phone.too-few-digits');
  if (length === 'TOO_LONG') return message('phone.too-many-digits');
  return message('phone.not-in-use');
}
