/**
 * Opening hours as people type them, in Romanian, Hungarian or English ("Luni-Vineri 12-14",
 * "L-V 8-16", "hétfő-péntek 8-16", "H-P 8:00-16:00", "Mon-Fri 9-17"), turned into the
 * OpenStreetMap `opening_hours` syntax the content files use ("Mo-Fr 12:00-14:00"), and back, so
 * the entry builder can show an existing value in the volunteer's words.
 *
 * A small tokenizer and grammar, not a guesser: every word must be known (a day, "closed",
 * "holidays", "daily", a filler like "orele" or "között"), every number a time, or the text is
 * left alone and the schema explains the syntax. Pure and small: the caller checks the result
 * with the real parser (src/lib/hours/syntax.ts), which is too heavy to load here.
 */

export type HoursLanguage = 'ro' | 'hu' | 'en';

/** Day indexes: 0 = Monday … 6 = Sunday, as in the syntax's order. */
const SYNTAX_DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] as const;
const WEEKDAYS = [0, 1, 2, 3, 4];
const WEEKEND = [5, 6];
const ALL_DAYS = [0, 1, 2, 3, 4, 5, 6];

type Token =
  | { t: 'days'; days: number[]; single: boolean }
  | { t: 'dash' } | { t: 'comma' } | { t: 'semi' }
  | { t: 'time'; minutes: number }
  | { t: 'closed' } | { t: 'holidays' } | { t: 'nonstop' };

type Word = Token | 'filler';

const day = (d: number): Token => ({ t: 'days', days: [d], single: true });
const days = (ds: number[]): Token => ({ t: 'days', days: ds, single: false });
const FILLER = 'filler' as const;

/** Words after removing accents and capitals. Single letters and short forms as people abbreviate. */
const ENGLISH: Record<string, Word> = {
  mo: day(0), mon: day(0), monday: day(0), tu: day(1), tue: day(1), tues: day(1), tuesday: day(1),
  we: day(2), wed: day(2), wednesday: day(2), th: day(3), thu: day(3), thur: day(3), thurs: day(3), thursday: day(3),
  fr: day(4), fri: day(4), friday: day(4), sa: day(5), sat: day(5), saturday: day(5), su: day(6), sun: day(6), sunday: day(6),
  ph: { t: 'holidays' }, off: { t: 'closed' }, closed: { t: 'closed' }, daily: days(ALL_DAYS), everyday: days(ALL_DAYS),
  weekdays: days(WEEKDAYS), weekend: days(WEEKEND), weekends: days(WEEKEND), holidays: { t: 'holidays' },
  nonstop: { t: 'nonstop' }, to: { t: 'dash' }, until: { t: 'dash' }, till: { t: 'dash' }, and: { t: 'comma' },
  // No 'h' here: it is Monday in Hungarian ("8h" is read as a time before words are looked up).
  from: FILLER, on: FILLER, open: FILLER, hours: FILLER, hrs: FILLER, public: FILLER,
};

const ROMANIAN: Record<string, Word> = {
  ...ENGLISH,
  l: day(0), lu: day(0), lun: day(0), luni: day(0),
  ma: day(1), mar: day(1), mart: day(1), marti: day(1), martea: day(1),
  mi: day(2), mie: day(2), mier: day(2), miercuri: day(2), miercurea: day(2),
  j: day(3), jo: day(3), joi: day(3), joia: day(3),
  v: day(4), vi: day(4), vin: day(4), vineri: day(4), vinerea: day(4),
  s: day(5), sb: day(5), sam: day(5), sim: day(5), sambata: day(5), simbata: day(5),
  d: day(6), du: day(6), dum: day(6), duminica: day(6),
  zilnic: days(ALL_DAYS), lucratoare: days(WEEKDAYS), weekendul: days(WEEKEND),
  inchis: { t: 'closed' }, inchisa: { t: 'closed' }, liber: { t: 'closed' },
  sarbatori: { t: 'holidays' }, sarbatorile: { t: 'holidays' }, sarbatoare: { t: 'holidays' }, sarbatorilor: { t: 'holidays' },
  pana: { t: 'dash' }, pina: { t: 'dash' }, la: { t: 'dash' }, si: { t: 'comma' },
  de: FILLER, ora: FILLER, orele: FILLER, ore: FILLER, intre: FILLER, program: FILLER, programul: FILLER, deschis: FILLER,
  in: FILLER, zile: FILLER, zilele: FILLER, legale: FILLER, toate: FILLER, cu: FILLER, publicul: FILLER, pentru: FILLER,
};

const HUNGARIAN: Record<string, Word> = {
  ...ENGLISH,
  h: day(0), he: day(0), het: day(0), hetfo: day(0),
  k: day(1), ke: day(1), kedd: day(1),
  sz: day(2), sze: day(2), szer: day(2), szerda: day(2),
  cs: day(3), csu: day(3), csut: day(3), csutortok: day(3),
  p: day(4), pe: day(4), pen: day(4), pent: day(4), pentek: day(4),
  szo: day(5), szom: day(5), szombat: day(5),
  v: day(6), va: day(6), vas: day(6), vasarnap: day(6),
  naponta: days(ALL_DAYS), mindennap: days(ALL_DAYS), nap: days(ALL_DAYS), hetkoznap: days(WEEKDAYS), hetkoznapokon: days(WEEKDAYS),
  hetvege: days(WEEKEND), hetvegen: days(WEEKEND),
  zarva: { t: 'closed' }, szunnap: { t: 'closed' },
  unnepnap: { t: 'holidays' }, unnepnapokon: { t: 'holidays' }, unnepnapon: { t: 'holidays' }, unnepeken: { t: 'holidays' }, munkaszuneti: { t: 'holidays' },
  tol: { t: 'dash' }, oratol: { t: 'dash' }, es: { t: 'comma' }, valamint: { t: 'comma' },
  ig: FILLER, ora: FILLER, oraig: FILLER, orakor: FILLER, kozott: FILLER, nyitva: FILLER, tart: FILLER, minden: FILLER,
  napokon: FILLER, ugyfelfogadas: FILLER, ugyfelfogadasi: FILLER, ido: FILLER, rendelesi: FILLER,
};

/** Hungarian day names take suffixes: hétfőtől (from Monday), péntekig (to Friday), kedden (on Tuesday). */
const HUNGARIAN_SUFFIXES: Array<[string, 'from' | 'plain']> = [['tol', 'from'], ['ig', 'plain'], ['on', 'plain'], ['en', 'plain'], ['an', 'plain'], ['n', 'plain'], ['i', 'plain']];

/** Lower case, no accents (ă â î ș ț ő ű…), one kind of dash. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/non\s*-?\s*stop/g, 'nonstop');
}

function lookup(word: string, lang: HoursLanguage): Token[] | undefined {
  const dict = lang === 'ro' ? ROMANIAN : lang === 'hu' ? HUNGARIAN : ENGLISH;
  const direct = dict[word];
  if (direct) return direct === FILLER ? [] : [direct];
  if (lang !== 'hu') return undefined;
  for (const [suffix, kind] of HUNGARIAN_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const stem = dict[word.slice(0, -suffix.length)];
    if (stem && stem !== FILLER && stem.t === 'days') return kind === 'from' ? [stem, { t: 'dash' }] : [stem];
  }
  return undefined;
}

/** The text as tokens, or undefined when a word or a number is not one the grammar knows. */
function tokenize(input: string, lang: HoursLanguage): Token[] | undefined {
  // "8-tól 16-ig", "9-kor": a Hungarian suffix after a number belongs to the number.
  const text = fold(input).replace(/(\d)\s*-\s*(tol|ig|ra|re|kor)\b/g, '$1 $2').replace(/(\d)h(?=\d{2}\b)/g, '$1:').replace(/(\d)h\b/g, '$1');
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^[\s:.()]+/.exec(rest);
    if (space) { i += space[0].length; continue; }
    const always = /^24\s*\/\s*7/.exec(rest);
    if (always) { out.push({ t: 'nonstop' }); i += always[0].length; continue; }
    const time = /^(\d{1,2})(?:[:.](\d{2}))?(?!\d)/.exec(rest);
    if (time) {
      const h = Number(time[1]);
      const m = time[2] === undefined ? 0 : Number(time[2]);
      if (h > 24 || m > 59 || (h === 24 && m > 0)) return undefined;
      out.push({ t: 'time', minutes: h * 60 + m });
      i += time[0].length;
      continue;
    }
    const ch = rest[0]!;
    if (ch === '-') { out.push({ t: 'dash' }); i++; continue; }
    if (ch === ',' || ch === '/' || ch === '+' || ch === '&') { out.push({ t: 'comma' }); i++; continue; }
    if (ch === ';' || ch === '|') { out.push({ t: 'semi' }); i++; continue; }
    const word = /^[a-z]+/.exec(rest);
    if (!word) return undefined;
    const tokens = lookup(word[0], lang);
    if (!tokens) return undefined;
    out.push(...tokens);
    i += word[0].length;
  }
  return out;
}

interface Rule { days: Set<number>; holidays: boolean; times: Array<[number, number]> | 'off' | 'always' }

/** Reads the rules from the tokens; undefined when they do not follow the grammar. */
function parseRules(tokens: Token[]): Rule[] | undefined {
  const rules: Rule[] = [];
  let i = 0;
  const at = (k = 0) => tokens[i + k];
  const isDayish = (tok: Token | undefined) => tok?.t === 'days' || tok?.t === 'holidays';

  /** Days and holidays, joined by dashes (ranges) and commas (lists). */
  const readDays = (rule: Rule): boolean => {
    let any = false;
    for (;;) {
      const tok = at();
      if (tok?.t === 'days') {
        const next = at(1);
        const after = at(2);
        if (tok.single && next?.t === 'dash' && after?.t === 'days' && after.single) {
          for (let d = tok.days[0]!; ; d = (d + 1) % 7) { rule.days.add(d); if (d === after.days[0]) break; }
          i += 3;
        } else {
          tok.days.forEach((d) => rule.days.add(d));
          i++;
        }
      } else if (tok?.t === 'holidays') {
        rule.holidays = true;
        i++;
      } else break;
      any = true;
      if ((at()?.t === 'comma' || at()?.t === 'dash') && isDayish(at(1))) i++;
    }
    return any;
  };

  /** One or more time ranges: 8-12, 13-16 (a leading "de la"/"from" dash is dropped). */
  const readTimes = (rule: Rule): boolean => {
    const times: Array<[number, number]> = [];
    for (;;) {
      if (at()?.t === 'dash' && at(1)?.t === 'time') i++;
      const a = at();
      const dash = at(1);
      const b = at(2);
      if (a?.t !== 'time') break;
      // "între 8 și 16", "8 és 16 között": a list word between two lone times is a range.
      if (!(dash?.t === 'dash' || dash?.t === 'comma') || b?.t !== 'time' || a.minutes === b.minutes) return false;
      times.push([a.minutes, b.minutes]);
      i += 3;
      if (at()?.t === 'comma' && at(1)?.t === 'time') { i++; continue; }
      if (at()?.t === 'comma' && at(1)?.t === 'dash' && at(2)?.t === 'time') { i++; continue; }
      break;
    }
    if (!times.length) return false;
    rule.times = times;
    return true;
  };

  while (i < tokens.length) {
    while (at()?.t === 'semi' || at()?.t === 'comma') i++;
    if (i >= tokens.length) break;
    const rule: Rule = { days: new Set(), holidays: false, times: 'off' };
    if (at()?.t === 'closed') {
      // "închis sâmbătă și duminică", "zárva vasárnap"
      i++;
      if (!readDays(rule)) return undefined;
    } else {
      const hadDays = readDays(rule);
      // "Luni-Vineri, 8-16", "sâmbătă, închis"
      const afterComma = at(1)?.t;
      if (hadDays && at()?.t === 'comma' && (afterComma === 'time' || afterComma === 'dash' || afterComma === 'closed' || afterComma === 'nonstop')) i++;
      const tok = at();
      if (tok?.t === 'closed') { i++; rule.times = 'off'; }
      else if (tok?.t === 'nonstop') { i++; rule.times = 'always'; }
      else if (!readTimes(rule)) return undefined;
      // "8-16 luni-vineri": the days after the times.
      if (!hadDays && rule.times !== 'off' && isDayish(at())) readDays(rule);
      if (!hadDays && rule.times === 'off') return undefined;
    }
    const next = at();
    if (next && next.t !== 'semi' && next.t !== 'comma' && !isDayish(next) && next.t !== 'closed') return undefined;
    rules.push(rule);
  }
  return rules.length ? rules : undefined;
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Monday, Tuesday, Wednesday, Friday → 'Mo-We,Fr'; two days in a row stay a list ('Sa,Su'). */
function daySelector(set: Set<number>): string {
  const sorted = [...set].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let k = 0; k < sorted.length;) {
    let end = k;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    if (end - k >= 2) parts.push(`${SYNTAX_DAYS[sorted[k]!]}-${SYNTAX_DAYS[sorted[end]!]}`);
    else for (let x = k; x <= end; x++) parts.push(SYNTAX_DAYS[sorted[x]!]!);
    k = end + 1;
  }
  return parts.join(',');
}

function ruleText(rule: Rule): string {
  const selector = [rule.holidays ? 'PH' : '', daySelector(rule.days)].filter(Boolean).join(',');
  if (rule.times === 'always') return selector ? `${selector} 00:00-24:00` : '24/7';
  const times = rule.times === 'off' ? 'off' : rule.times.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(',');
  return selector ? `${selector} ${times}` : times;
}

function convert(input: string, lang: HoursLanguage): string | undefined {
  const tokens = tokenize(input, lang);
  if (!tokens?.length) return undefined;
  const rules = parseRules(tokens);
  if (!rules) return undefined;
  // Holiday rules last: in the syntax a later rule wins, and "PH off" must win over "Mo-Fr".
  const ordered = [...rules.filter((r) => !r.holidays), ...rules.filter((r) => r.holidays)];
  return ordered.map(ruleText).join('; ');
}

/**
 * Opening hours typed in Romanian, Hungarian or English, in the `opening_hours` syntax; undefined
 * when the text is not one the grammar reads (the caller then shows the syntax's own advice).
 * One-letter days differ by language (V is Friday in Romanian, Sunday in Hungarian): a text that
 * reads in only one language is read in it; otherwise in `prefer` (the page's language).
 * @example hoursFromText('Luni-Vineri 12-14') // 'Mo-Fr 12:00-14:00'
 * @example hoursFromText('H-P 8:00-16:00, Szo 9-12') // 'Mo-Fr 08:00-16:00; Sa 09:00-12:00'
 */
export function hoursFromText(input: string, prefer: HoursLanguage = 'ro'): string | undefined {
  const order: HoursLanguage[] = prefer === 'hu' ? ['hu', 'ro', 'en'] : prefer === 'en' ? ['en', 'ro', 'hu'] : ['ro', 'hu', 'en'];
  for (const lang of order) {
    const out = convert(input, lang);
    if (out !== undefined) return out;
  }
  return undefined;
}

const DAY_NAMES: Record<'ro' | 'hu', readonly string[]> = {
  ro: ['luni', 'marți', 'miercuri', 'joi', 'vineri', 'sâmbătă', 'duminică'],
  hu: ['hétfő', 'kedd', 'szerda', 'csütörtök', 'péntek', 'szombat', 'vasárnap'],
};
const WORDS = {
  ro: { closed: 'închis', holidays: 'sărbători legale', always: 'non-stop' },
  hu: { closed: 'zárva', holidays: 'ünnepnapokon', always: 'non-stop' },
} as const;

/**
 * A value in the syntax, written back with the language's day names, for the builder's hours field
 * ("Mo-Fr 08:00-16:00; PH off" → "luni-vineri 08:00-16:00; sărbători legale închis"). Only values
 * that convert back exactly are rewritten; anything else (and English) is returned as it is.
 */
export function hoursToText(value: string, lang: HoursLanguage): string {
  if (lang === 'en') return value;
  const names = DAY_NAMES[lang];
  const words = WORDS[lang];
  if (value.trim() === '24/7') return words.always;
  const rules = value.split(';').map((r) => r.trim()).filter(Boolean);
  const out: string[] = [];
  for (const rule of rules) {
    const m = /^((?:PH|Mo|Tu|We|Th|Fr|Sa|Su)(?:[-,](?:PH|Mo|Tu|We|Th|Fr|Sa|Su))*)?\s*(off|(?:\d{2}:\d{2}-\d{2}:\d{2})(?:,\d{2}:\d{2}-\d{2}:\d{2})*)$/.exec(rule);
    if (!m) return value;
    const selector = (m[1] ?? '').replace(/PH/g, words.holidays).replace(/Mo|Tu|We|Th|Fr|Sa|Su/g, (d) => names[SYNTAX_DAYS.indexOf(d as (typeof SYNTAX_DAYS)[number])]!);
    const times = m[2] === 'off' ? words.closed : m[2]!;
    const text = selector ? `${selector} ${times}` : times;
    out.push(text.charAt(0).toUpperCase() + text.slice(1));
  }
  const text = out.join('; ');
  return hoursFromText(text, lang) === value ? text : value;
}
