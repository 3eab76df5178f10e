/**
 * The validation message catalogue (src/i18n/messages/<lang>.json): every message the schemas and
 * checks can produce is a key there, in Romanian, Hungarian and English, so `npm run validate` and
 * the entry builder can say it in the volunteer's language. A message written as a plain English
 * string in a schema or a check fails here, wherever it was added.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../src/i18n/messages/en.json';
import { MESSAGE_CATALOGUES } from '../../src/lib/ingest/message-catalogues';
import { decodeMessage, msg, placeholders, renderMessage, type MessageKey } from '../../src/lib/ingest/messages';
import { problemFormatter, type ContentProblem } from '../../src/lib/ingest/friendly-errors';
import { validateProviderText } from '../../src/lib/ingest/validate-provider';
import { parseContentFile } from '../../src/lib/ingest/parse';
import { vocabularyFileSchema } from '../../src/schemas/vocabulary';
import { taxonomyFileSchema } from '../../src/schemas/taxonomy';
import { checkVocabulary } from '../../src/lib/ingest/vocabulary';
import { checkDuplicateIds, checkTaxonomies } from '../../src/lib/ingest/checks';
import { LANGS } from '../../src/locales';
import { realContent, TODAY } from './helpers';

const KEYS = Object.keys(en) as MessageKey[];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Code without its comments, so an example in a doc comment is not taken for a message. */
const code = (path: string) => readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/**
 * Files in src/lib/ingest that make no message about a content file, so none a volunteer reads in
 * their language: the link checker's notes on what a web server answered (reports/links.json) and
 * the registry importer's decisions file (scripts/registry-aliases.json) are maintainers' tools, in English.
 */
const NOT_MESSAGE_SOURCES = new Set(['src/lib/ingest/link-check.ts', 'src/lib/ingest/registry-aliases.ts']);

/** Every file that can make a schema or check message: the schemas, ingest, and anything that uses zod or makes content problems. */
const MESSAGE_SOURCES = files('src').filter((f) => !f.endsWith('messages.ts') && !NOT_MESSAGE_SOURCES.has(f)
  && (/^src\/(?:schemas|lib\/ingest)\//.test(f) || /from 'zod'|friendly-errors|ContentProblem/.test(readFileSync(f, 'utf8'))));

describe('the message catalogue', () => {
  it('has every key in every language, none empty', () => {
    for (const lang of LANGS) {
      const catalogue = MESSAGE_CATALOGUES[lang];
      expect(Object.keys(catalogue).sort(), lang).toEqual([...KEYS].sort());
      for (const key of KEYS) expect(catalogue[key].trim().length > 0 || en[key] === '', `${lang} ${key}`).toBe(true);
    }
  });

  it('uses in translations only the parameters the English message has', () => {
    // zod's English detail already names the limit; the translations say it with its own parameter.
    const extra: Partial<Record<MessageKey, string[]>> = { 'field.too-small-number': ['minimum'], 'field.too-big-number': ['maximum'] };
    for (const lang of LANGS) {
      for (const key of KEYS) {
        const allowed = new Set([...placeholders(en[key]), ...(extra[key] ?? [])]);
        for (const name of placeholders(MESSAGE_CATALOGUES[lang][key])) expect(allowed.has(name), `${lang} ${key}: {${name}}`).toBe(true);
      }
    }
  });

  it('speaks plainly in Romanian and Hungarian: no file paths, no field names in code form', () => {
    for (const lang of ['ro', 'hu'] as const) {
      for (const key of KEYS) {
        const text = MESSAGE_CATALOGUES[lang][key];
        expect(text, `${lang} ${key}`).not.toMatch(/content\/|taxonomy\/|src\/|`/);
        // snake_case words are field names (age_min, legal_id, service_types).
        expect(text, `${lang} ${key}`).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      }
    }
  });

  it('is translated: a Romanian or Hungarian message differs from the English one', () => {
    const sameEverywhere = new Set<MessageKey>(['untranslated', 'expected.other', 'vocabulary.same-word']);
    for (const lang of ['ro', 'hu'] as const) {
      const same = KEYS.filter((k) => !sameEverywhere.has(k) && MESSAGE_CATALOGUES[lang][k] === en[k]);
      expect(same, lang).toEqual([]);
    }
  });
});

describe('schemas and checks use the catalogue', () => {
  it('finds the files that make messages', () => {
    expect(MESSAGE_SOURCES).toEqual(expect.arrayContaining(['src/schemas/provider.ts', 'src/schemas/phone-number.ts', 'src/lib/ingest/checks.ts', 'src/lib/ingest/date-checks.ts', 'src/build/content-files.ts']));
    // An exception names a file that exists, so a renamed file is checked again, not silently let through.
    for (const f of NOT_MESSAGE_SOURCES) expect(statSync(f).isFile(), f).toBe(true);
  });

  it('write no message as a plain string (use msg(key, params) or problem(file, path, key, params))', () => {
    const literal = [
      /\b(?:error|message)\s*:\s*['"`]/,
      /\.(?:min|max|length|regex|email|url|refine|superRefine|int|positive|nonnegative|gte|lte|gt|lt)\([^()]*(?:\([^()]*\)[^()]*)*,\s*['"`]/,
      /\baddIssue\(\s*['"`]/,
      // A helper that returns the sentence itself ("is missing its leading 0: …") instead of a message.
      /\breturn\s*['"`](?:is|must|has|names|contains|goes)\b/,
    ];
    const found = MESSAGE_SOURCES.flatMap((f) => code(f).split('\n').map((line, i) => ({ where: `${f}:${i + 1}`, line }))
      .filter(({ line }) => literal.some((re) => re.test(line))).map(({ where, line }) => `${where}: ${line.trim()}`));
    expect(found).toEqual([]);
  });

  it('name only keys that exist', () => {
    const used = MESSAGE_SOURCES.flatMap((f) => [...code(f).matchAll(/\b(?:msg|message|problem)\((?:[^()'"`]*,\s*)*'([\w.-]+)'/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(50);
    for (const key of used) expect(KEYS, key).toContain(key);
  });

  it('round-trips a message through zod text', () => {
    expect(decodeMessage(msg('slug.format', { example: 'sediu' }))).toEqual({ key: 'slug.format', params: { example: 'sediu' } });
    expect(decodeMessage('Too small: expected string')).toBeUndefined();
    expect(decodeMessage('msg:{"key":"no.such.key"}')).toBeUndefined();
  });
});

/** Broken files covering each kind of mistake, as volunteers and editors make them. */
const minimal = readFileSync('tests/fixtures/valid/minimal-ngo.yaml', 'utf8');
const BROKEN_PROVIDERS: string[] = [
  ...readdirSync('tests/fixtures/invalid').map((f) => readFileSync(join('tests/fixtures/invalid', f), 'utf8')),
  minimal.replace('kind: ngo', 'kind: charity\nfoo: 1').replace("assured_date: '2026-01-15'", "assured_date: 'yesterday'"),
  minimal.replace('name: ', 'name: 5\nalternate_name: ').replace('kind: ngo', 'kind: 3'),
  minimal.replace('[counselling]', '[]').replace('[children-and-families]', 'x'),
  minimal.replace("assured_date: '2026-01-15'", 'assured_date: 2026-01-15\nlegal_id: abc'),
  minimal.replace("assured_date: '2026-01-15'", "assured_date: '2026-02-30'").replace('id: minimal-ngo', 'id: Minimal_NGO'),
  `${minimal}locations:\n  - id: a\n    confidential: true\n    address: { street: x, locality: y, county: z }\n  - id: b\n    latitude: 99\n    address: { street: "", postal_code: '12', locality: y, county: z }\n    locality: q\n    precision: roughly\n    accessibility: { wheelchair: maybe, source: site }\n  - id: b\n    address: { street: s, locality: y, county: z }\n    latitude: 23.6\n    longitude: 46.7\n    precision: exact\n    area: nowhere\n    source: site\n`,
  minimal.replace('services:', 'services:\n  - id: s\n    name: {ro: ""}\n    status: closed\n    service_types: [x]\n    beneficiary_categories: [elderly]\n    age_min: 10\n    age_max: 5\n    cost: { kind: cheap, source: site }\n    access: { modes: [door], source: site }\n    capacity: { value: 1.5, unit: rooms, source: nope }\n    languages: [english]\n    areas_served: [moon]\n    locations: [nowhere]\n    sources: []\n    hours: { opening_hours: "Luni-Vineri 12-14", source: site }\n  - id: s\n    name: T\n    service_types: 5\n    beneficiary_categories: [elderly]\n    hours: { opening_hours: "", source: site }\n    sources: [site]\n  - id: t\n    name: {ro: x, de: y}\n    service_types: [counselling]\n    beneficiary_categories: [elderly]\n    age_min: -3\n    hours: { opening_hours: "whenever", source: site }\n    phones: [{ number: "12", source: site }, { number: "phone", source: site }, { number: 264599316, source: site }]\n    emails: [{ address: "x@", source: site }]\n    sources: [site]'),
  minimal.replace('sources:', 'website: { url: "javascript:alert(1)", source: site }\nsources:\n  - { id: site, kind: seed, title: A }\n  - { id: site, kind: web, title: B, date: \'2099-01-01\' }\n  - { id: c, kind: book, title: C, file: a/b }'),
  minimal.replace("assured_date: '2026-01-15'", "assured_date: '2099-01-01'\nlegal_id: '22970653'"),
  'name: [unclosed\n', '', '- a\n', 'a: &x 1\nb: *x\n',
];

function allProblems(): ContentProblem[] {
  const opts = { file: 'content/providers/minimal-ngo.yaml', taxonomies: realContent.taxonomies, today: TODAY };
  const problems = BROKEN_PROVIDERS.flatMap((text) => validateProviderText(text, opts).problems);
  problems.push(...validateProviderText('---\nid: x\n', { ...opts, file: 'content/providers/x.md' }).problems);
  problems.push(...validateProviderText('id: x\n', { ...opts, file: 'content/providers/x.md' }).problems);
  problems.push(...validateProviderText(`---\n${minimal.replace('kind: ngo', 'kind: ngo\ndescription: Text.')}---\n\nAlt text.\n`, { ...opts, file: 'content/providers/minimal-ngo.md' }).problems);
  const vocabulary = readFileSync('content/taxonomy/search-vocabulary.yaml', 'utf8');
  const brokenVocabulary = [
    'groups: []\n',
    'groups:\n  - idea: x\n    weight: 3\n    note: ""\n    words: { ro: [] }\n  - idea: Old\n    weight: 0\n    beneficiary_categories: []\n    service_types: [Food_Aid, 5]\n',
    'groups:\n  - idea: Old people\n    beneficiary_categories: [elderly, elderly, eldery]\n    service_types: [food]\n    words:\n      ro: ["", "a, b", "x{y}", "...", "unu doi trei patru cinci șase", "bătrâni", "Bătrâni", "біженці", "' + 'x'.repeat(61) + '"]\n      de: [alt]\n',
    `${vocabulary}\n  - idea: Again\n    beneficiary_categories: [elderly]\n    words: { ro: [bătrâni] }\n`,
  ];
  for (const text of brokenVocabulary) {
    const parsed = parseContentFile(text, 'v.yaml', vocabularyFileSchema);
    problems.push(...parsed.problems);
    if (parsed.data) problems.push(...checkVocabulary(parsed.data, realContent.taxonomies, 'v.yaml'));
  }
  problems.push(...parseContentFile('terms:\n  - { id: a, label: { ro: A, en: A, hu: A }, nomenclature: [x] }\n', 't.yaml', taxonomyFileSchema).problems);
  const term = (id: string, parent?: string) => ({ id, label: { ro: id, en: id, hu: id }, ...(parent ? { parent } : {}) });
  problems.push(...checkTaxonomies({ beneficiaryCategories: [term('a'), term('a')], serviceTypes: [term('b', 'zz')], areas: [] }, { beneficiaryCategories: 'c.yaml', serviceTypes: 's.yaml', areas: 'a.yaml' }));
  problems.push(...checkDuplicateIds([{ id: 'x', file: 'x.yaml' }, { id: 'x', file: 'x.md' }]));
  return problems;
}

describe('every message a broken file produces', () => {
  const problems = allProblems();
  const keys = new Set(problems.map((p) => p.key));

  it('covers much of the catalogue', () => {
    expect(problems.length).toBeGreaterThan(80);
    expect(keys.size).toBeGreaterThan(60);
  });

  it('comes from the catalogue, not from untranslated text', () => {
    expect(problems.filter((p) => p.key === 'untranslated').map(problemFormatter())).toEqual([]);
  });

  it('reads in Romanian and Hungarian with every parameter filled and no English from zod', () => {
    // The YAML parser describes its own errors in English; the builder writes its YAML itself, so volunteers never meet them.
    const parserText = new Set<MessageKey>(['file.yaml-invalid', 'file.unreadable']);
    for (const lang of ['ro', 'hu'] as const) {
      for (const p of problems) {
        const text = renderMessage({ key: p.key, params: p.params }, MESSAGE_CATALOGUES[lang]);
        expect(text, `${lang} ${p.key}`).not.toMatch(/\{\w+\}/);
        if (parserText.has(p.key)) continue;
        expect(text, `${lang} ${p.key}`).not.toMatch(/Too small|Too big|Invalid input|expected string|is not a|is missing|must be/);
      }
    }
  });

  it('keeps its English wording as `message`', () => {
    for (const p of problems) expect(p.message).toBe(renderMessage({ key: p.key, params: p.params }));
  });
});
