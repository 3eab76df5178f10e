/**
 * Is a phone number one that can be dialled? Decided by libphonenumber-js (Google's libphonenumber
 * metadata, kept up to date by its maintainers) rather than by rules of our own, plus the short
 * numbers it does not cover: libphonenumber-js has no short-number metadata, so the few Romanian
 * short lines a directory of social services needs are listed here.
 */
import { isValidPhoneNumber, validatePhoneNumberLength } from 'libphonenumber-js/max';

/**
 * Short numbers accepted as they are dialled: 112 (emergencies), 119 (the national line for
 * reporting child abuse) and the European harmonised 116 xxx lines (116 111 for children, 116 123
 * for emotional support...).
 */
export const ROMANIAN_SHORT_NUMBER = /^(?:112|119|116\d{3})$/;

const CHARS = /^\+?[0-9][0-9 ./-]*[0-9]$/;
const EXAMPLES = "like '0264 599 316', '0722 123 456' or '0800 800 678'";

/**
 * What is wrong with a phone number as written in a content file, in words for the person who
 * edits it; undefined when it is fine. National numbers are read as Romanian; a number abroad
 * carries its country code (`+36 1 234 5678`).
 * @example phoneNumberProblem('0264 599 316') // undefined
 * @example phoneNumberProblem('264 599 316') // "is missing its leading 0: ..."
 */
export function phoneNumberProblem(text: string): string | undefined {
  const number = text.trim();
  if (!CHARS.test(number)) {
    return "must contain only digits, spaces, dots, dashes and a leading +, like '0264 599 316' or '+40 264 599 316'";
  }
  const digits = number.replace(/\D/g, '');
  if (ROMANIAN_SHORT_NUMBER.test(digits) && !number.startsWith('+')) return undefined;
  if (/^1\d{2,5}$/.test(digits)) {
    return `is a short number this directory does not know; the short numbers it accepts are 112, 119 and the European 116 xxx lines. Otherwise write the full number, ${EXAMPLES}`;
  }
  if (!number.startsWith('0') && !number.startsWith('+')) {
    return `is missing its leading 0: write it as people dial it in Romania, ${EXAMPLES}`;
  }
  if (isValidPhoneNumber(number, 'RO')) return undefined;
  // A few valid Romanian numbers are shorter (0264 955), so length alone cannot tell; once the
  // number is known to be wrong, a count other than 10 is the likeliest mistake.
  const national = number.startsWith('0') && !number.startsWith('00');
  const length = national ? (digits.length < 10 ? 'TOO_SHORT' : digits.length > 10 ? 'TOO_LONG' : undefined) : validatePhoneNumberLength(number, 'RO');
  if (length === 'TOO_SHORT') return `has too few digits; Romanian landline and mobile numbers have 10 digits, ${EXAMPLES}`;
  if (length === 'TOO_LONG') return `has too many digits; Romanian landline and mobile numbers have 10 digits, ${EXAMPLES}`;
  return `is not a phone number in use: check the digits (Romanian numbers start with 02, 03, 07 or 08, ${EXAMPLES}); write a number abroad with its country code, like '+36 1 234 5678'`;
}
