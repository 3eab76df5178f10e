/** Opening hours typed in Romanian, Hungarian or English, turned into the opening_hours syntax and back. */
import { describe, expect, it } from 'vitest';
import { hoursFromText, hoursToText } from '../../src/lib/hours/typed-hours';
import { checkOpeningHours, isValidOpeningHours, suggestOpeningHours } from '../../src/lib/hours/syntax';
import { renderMessage } from '../../src/lib/ingest/messages';

/** Spellings seen on Romanian NGO and city-hall pages, leaflets and registry extracts. */
const ROMANIAN: Array<[string, string]> = [
  ['Luni-Vineri 12-14', 'Mo-Fr 12:00-14:00'],
  ['L-V 8-16', 'Mo-Fr 08:00-16:00'],
  ['Luni - Vineri: 08:00 - 16:00', 'Mo-Fr 08:00-16:00'],
  ['luni–vineri, orele 8.00–16.00', 'Mo-Fr 08:00-16:00'],
  ['LUNI-VINERI 8:30-16:30', 'Mo-Fr 08:30-16:30'],
  ['Lu-Vi 08-16', 'Mo-Fr 08:00-16:00'],
  ['Lun.-Vin. 9-17', 'Mo-Fr 09:00-17:00'],
  ['L-J 8-16, V 8-14', 'Mo-Th 08:00-16:00; Fr 08:00-14:00'],
  ['Luni-Joi 8:00-16:30; Vineri 8:00-14:00', 'Mo-Th 08:00-16:30; Fr 08:00-14:00'],
  ['L-V 8-12, 13-16', 'Mo-Fr 08:00-12:00,13:00-16:00'],
  ['L-V 8-12 și 13-16', 'Mo-Fr 08:00-12:00,13:00-16:00'],
  ['Marți și Joi 10-12', 'Tu,Th 10:00-12:00'],
  ['Marti, Joi 10-12', 'Tu,Th 10:00-12:00'],
  ['Luni, Miercuri, Vineri 9-13', 'Mo,We,Fr 09:00-13:00'],
  ['L, Mi, V 9-13', 'Mo,We,Fr 09:00-13:00'],
  ['Sâmbătă 9-13', 'Sa 09:00-13:00'],
  ['Sambata 9-13', 'Sa 09:00-13:00'],
  ['Sîmbătă-Duminică închis', 'Sa,Su off'],
  ['L-V 8-16, S 9-13, D închis', 'Mo-Fr 08:00-16:00; Sa 09:00-13:00; Su off'],
  ['L-V 8-16; sărbători legale închis', 'Mo-Fr 08:00-16:00; PH off'],
  ['Luni-Vineri 8-16, în zilele de sărbătoare închis', 'Mo-Fr 08:00-16:00; PH off'],
  ['de luni până vineri, între orele 8 și 16', 'Mo-Fr 08:00-16:00'],
  ['de luni pana vineri de la 8 la 16', 'Mo-Fr 08:00-16:00'],
  ['Program: L-V 8-16', 'Mo-Fr 08:00-16:00'],
  ['zilnic 8-20', 'Mo-Su 08:00-20:00'],
  ['Zilnic, 08:00-20:00', 'Mo-Su 08:00-20:00'],
  ['non-stop', '24/7'],
  ['NON STOP', '24/7'],
  ['24/7', '24/7'],
  ['Luni-Vineri non-stop', 'Mo-Fr 00:00-24:00'],
  ['L-V 8h-16h', 'Mo-Fr 08:00-16:00'],
  ['L-V 8h30-16h30', 'Mo-Fr 08:30-16:30'],
  ['Vineri-Luni 10-18', 'Mo,Fr-Su 10:00-18:00'],
  ['luni 8-16, marți 10-18', 'Mo 08:00-16:00; Tu 10:00-18:00'],
  ['8-16 L-V', 'Mo-Fr 08:00-16:00'],
];

const HUNGARIAN: Array<[string, string]> = [
  ['hétfő-péntek 8-16', 'Mo-Fr 08:00-16:00'],
  ['H-P 8:00-16:00', 'Mo-Fr 08:00-16:00'],
  ['Hétfő–Péntek: 8.00–16.00', 'Mo-Fr 08:00-16:00'],
  ['hétfőtől péntekig 8-16', 'Mo-Fr 08:00-16:00'],
  ['Hétfőtől péntekig 8-tól 16-ig', 'Mo-Fr 08:00-16:00'],
  ['hétfőtől péntekig 8 órától 16 óráig', 'Mo-Fr 08:00-16:00'],
  ['H-Cs 8-16, P 8-13:30', 'Mo-Th 08:00-16:00; Fr 08:00-13:30'],
  ['kedd, csütörtök 10-12', 'Tu,Th 10:00-12:00'],
  ['kedden és csütörtökön 10-12', 'Tu,Th 10:00-12:00'],
  ['Sze 9-12', 'We 09:00-12:00'],
  ['szombat 9-13, vasárnap zárva', 'Sa 09:00-13:00; Su off'],
  ['Szo-V zárva', 'Sa,Su off'],
  ['H-P 8-16; ünnepnapokon zárva', 'Mo-Fr 08:00-16:00; PH off'],
  ['naponta 8-20', 'Mo-Su 08:00-20:00'],
  ['hétköznap 8-16', 'Mo-Fr 08:00-16:00'],
  ['H-P 8-12 és 13-16', 'Mo-Fr 08:00-12:00,13:00-16:00'],
  ['pénteken 8-12', 'Fr 08:00-12:00'],
];

const ENGLISH: Array<[string, string]> = [
  ['Mo-Fr 8-16', 'Mo-Fr 08:00-16:00'],
  ['Mo-Fr 8-16; PH off', 'Mo-Fr 08:00-16:00; PH off'],
  ['Mon-Fri 9:00-17:00', 'Mo-Fr 09:00-17:00'],
  ['Monday to Friday 9-17, closed on holidays', 'Mo-Fr 09:00-17:00; PH off'],
];

describe('hoursFromText', () => {
  for (const [typed, syntax] of [...ROMANIAN, ...HUNGARIAN, ...ENGLISH]) {
    it(`reads "${typed}" as ${syntax}`, () => {
      expect(hoursFromText(typed)).toBe(syntax);
      expect(isValidOpeningHours(syntax), 'the result passes the real parser').toBe(true);
    });
  }

  it('reads a one-letter day by the language it can only be in, else by the page language', () => {
    // V is Friday in Romanian (L-V) and Sunday in Hungarian (H-V).
    expect(hoursFromText('L-V 8-16', 'hu')).toBe('Mo-Fr 08:00-16:00');
    expect(hoursFromText('H-V 8-16', 'ro')).toBe('Mo-Su 08:00-16:00');
    expect(hoursFromText('V 8-12', 'ro')).toBe('Fr 08:00-12:00');
    expect(hoursFromText('V 8-12', 'hu')).toBe('Su 08:00-12:00');
    // "H" alone is Monday in Hungarian, never a filler that would make the hours daily.
    expect(hoursFromText('H 8-16', 'ro')).toBe('Mo 08:00-16:00');
  });

  it('leaves alone what it cannot read for sure', () => {
    for (const text of ['', 'după-amiaza', 'L-V 8-16 (pauză 12-13)', 'Luni 25-26', 'L-V 8:75-9', 'sunați înainte', '0264 599 316', 'L-V 8-8', 'M-V 8-16', 'închis']) {
      expect(hoursFromText(text), text).toBeUndefined();
    }
  });
});

describe('hoursToText', () => {
  it('writes a value back with the language\'s day names, so the volunteer reads their own words', () => {
    expect(hoursToText('Mo-Fr 08:00-16:00; PH off', 'ro')).toBe('Luni-vineri 08:00-16:00; Sărbători legale închis');
    expect(hoursToText('Mo-Th 08:00-18:00; Fr 08:00-14:00; PH off', 'hu')).toBe('Hétfő-csütörtök 08:00-18:00; Péntek 08:00-14:00; Ünnepnapokon zárva');
    expect(hoursToText('24/7', 'ro')).toBe('non-stop');
    expect(hoursToText('Tu,Th 10:00-12:00', 'ro')).toBe('Marți,joi 10:00-12:00');
  });

  it('round-trips: what it writes reads back as the same value', () => {
    for (const [, syntax] of [...ROMANIAN, ...HUNGARIAN]) {
      for (const lang of ['ro', 'hu'] as const) expect(hoursFromText(hoursToText(syntax, lang), lang), `${lang} ${syntax}`).toBe(syntax);
    }
  });

  it('returns values it cannot write in words as they are (and English always)', () => {
    expect(hoursToText('Mo-Fr 08:00-16:00 "by appointment"', 'ro')).toBe('Mo-Fr 08:00-16:00 "by appointment"');
    expect(hoursToText('Jan-Jun Mo-Fr 08:00-16:00', 'hu')).toBe('Jan-Jun Mo-Fr 08:00-16:00');
    expect(hoursToText('Mo-Fr 08:00-16:00', 'en')).toBe('Mo-Fr 08:00-16:00');
  });
});

describe('the schema\'s advice on hours', () => {
  it('suggests the converted value, never one it would itself refuse', () => {
    const advice = checkOpeningHours('Luni-Vineri 12-14');
    expect(advice && renderMessage(advice)).toBe("'Luni-Vineri 12-14' is not valid opening hours; write 'Mo-Fr 12:00-14:00'");
    expect(checkOpeningHours('Mo-Fr 12:00-14:00')).toBeNull();
    for (const [typed] of [...ROMANIAN, ...HUNGARIAN]) {
      const fixed = suggestOpeningHours(typed);
      if (fixed !== undefined) expect(checkOpeningHours(fixed), typed).toBeNull();
    }
  });

  it('falls back to the general advice when nothing converts', () => {
    const advice = checkOpeningHours('după-amiaza');
    expect(advice?.key).toBe('hours.invalid');
  });
});
