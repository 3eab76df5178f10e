/** Contact details are checked before they are published: phone numbers with libphonenumber-js (plus the Romanian short lines it does not know), e-mail addresses by their syntax. */
import { describe, expect, it } from 'vitest';
import { phoneNumberProblem, ROMANIAN_SHORT_NUMBER } from '../../src/schemas/phone-number';
import { emailSchema, phoneSchema } from '../../src/schemas/common';

const ok = (n: string) => expect(phoneNumberProblem(n), n).toBeUndefined();
const problem = (n: string) => phoneNumberProblem(n) ?? '';

describe('phone numbers', () => {
  it('accept Romanian landlines, mobiles, free and shared-cost numbers, written in any usual way', () => {
    for (const n of ['0264 599 316', '0264-599-316', '0264.599.316', '021 315 5455', '0364 404 368', '0371 007 790', '0722 459 600', '07 22 45 96 00', '0800 800 678', '0801 000 000', '0700 000 101']) ok(n);
  });
  it('accept the international forms and numbers abroad with their country code', () => {
    for (const n of ['+40 264 599 316', '0040 264 599 316', '+36 1 234 5678', '0036 1 234 5678']) ok(n);
  });
  it('accept the short lines people need: 112, 119 and the European 116 xxx lines', () => {
    for (const n of ['112', '119', '116 111', '116111', '116 123']) ok(n);
    expect(ROMANIAN_SHORT_NUMBER.test('116000')).toBe(true);
    expect(ROMANIAN_SHORT_NUMBER.test('1160')).toBe(false);
  });
  it('say what is wrong, with examples, for the common mistakes', () => {
    expect(problem('264 599 316')).toMatch(/^is missing its leading 0: write it as people dial it in Romania, like '0264 599 316'/);
    expect(problem('0264 59 93')).toMatch(/^has too few digits; Romanian landline and mobile numbers have 10 digits/);
    expect(problem('02645993161')).toMatch(/^has too many digits/);
    expect(problem('0999 999 999')).toMatch(/^is not a phone number in use: check the digits \(Romanian numbers start with 02, 03, 07 or 08/);
    expect(problem('0123 456 789')).toMatch(/^is not a phone number in use/);
    expect(problem('113')).toMatch(/^is a short number this directory does not know; the short numbers it accepts are 112, 119 and the European 116 xxx lines/);
    expect(problem('0264 599 316 int. 12')).toMatch(/^must contain only digits, spaces, dots, dashes and a leading \+/);
    expect(problem('+112')).not.toBe('');
  });
  it('is what the content schema applies', () => {
    const r = phoneSchema.safeParse({ number: '264 599 316', source: 's' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['number', expect.stringMatching(/^is missing its leading 0/)]]);
    expect(phoneSchema.safeParse({ number: '116 111', source: 's' }).success).toBe(true);
  });
});

describe('e-mail addresses', () => {
  const valid = (address: string) => emailSchema.safeParse({ address, source: 's' }).success;
  it('accept ordinary addresses, with dots, hyphens and sub-domains', () => {
    for (const a of ['contact@dasmclujnapoca.ro', 'ana.pop@yahoo.com', 'ana@primaria.cluj-napoca.ro', 'a+b@c.ro']) expect(valid(a), a).toBe(true);
  });
  it('refuse what mail cannot be sent to, with the fix in the message', () => {
    for (const a of ['contact at exemplu.ro', 'a@b', 'a@b..ro', 'a b@c.ro', 'mailto:a@b.ro', ' a@b.ro', 'a@b,ro', 'a@@b.ro', 'a.@b.ro', 'a@b.r']) expect(valid(a), a).toBe(false);
    expect(emailSchema.safeParse({ address: 'a@b', source: 's' }).error?.issues[0]?.message).toBe("is not a valid e-mail address; write it like 'contact@example.ro'");
  });
});
