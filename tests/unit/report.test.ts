/** Reporting a problem without editing a file: the issue forms, the links that fill them in, the e-mail route. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { contributingUrl, ISSUE_FORMS, issueFormUrl, mailtoUrl, withoutGithubAnchor } from '../../src/lib/ingest/repository';
import { reportLinks } from '../../src/lib/views/report';
import { makeT } from '../../src/lib/i18n/catalogues';
import { LANGS } from '../../src/locales';
import { SITE } from '../../src/config';

const repo = { url: 'https://github.com/o/r', branch: 'main' };
const FORM_DIR = '.github/ISSUE_TEMPLATE';

interface FormItem { type: string; id?: string; attributes: { label?: string; value?: string; options?: unknown[] }; validations?: { required?: boolean } }
const form = (file: string) => parse(readFileSync(`${FORM_DIR}/${file}`, 'utf8')) as { name: string; description: string; title: string; labels: string[]; body: FormItem[] };

describe('the issue forms', () => {
  it('exist for a problem, a new organisation and an organisation correcting its entry', () => {
    expect(readdirSync(FORM_DIR).sort()).toEqual(Object.values(ISSUE_FORMS).map((f) => f.file).sort());
  });

  for (const [key, { file, fields }] of Object.entries(ISSUE_FORMS)) {
    describe(file, () => {
      const f = form(file);
      it('is a GitHub issue form in Romanian and English', () => {
        expect(f.name).toMatch(/ \/ /);
        expect(f.description).toMatch(/ \/ /);
        expect(f.body.length).toBeGreaterThan(2);
        for (const item of f.body.filter((i) => i.type !== 'markdown')) {
          expect(item.id, `${file}: every field has an id`).toMatch(/^[a-z_]+$/);
          expect(item.attributes.label, `${file}: ${item.id}`).toMatch(/ \/ /);
        }
        const ids = f.body.filter((i) => i.id).map((i) => i.id);
        expect(new Set(ids).size).toBe(ids.length);
      });
      it(`has the fields that links fill in (${fields.join(', ')})`, () => {
        for (const id of fields) expect(f.body.find((i) => i.id === id)?.type, `${key}.${id}`).toBe('input');
      });
      it('warns that everything is public and asks for no confidential address', () => {
        const intro = f.body.filter((i) => i.type === 'markdown').map((i) => i.attributes.value).join('\n');
        expect(intro).toMatch(/public/i);
        expect(intro).toMatch(/confiden/i);
        expect(intro).toContain('5 zile lucrătoare');
        expect(intro).toContain('5 working days');
      });
    });
  }
});

describe('links into the forms', () => {
  it('fill in the entry, the page and the title, encoded', () => {
    const url = new URL(issueFormUrl(repo, 'entryProblem', { entry: 'dasm-cluj-napoca', page: 'https://x.ro/en/providers/dasm-cluj-napoca/' }, '[Problem] DASM & co'));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/o/r/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'entry-problem.yml', title: '[Problem] DASM & co', entry: 'dasm-cluj-napoca', page: 'https://x.ro/en/providers/dasm-cluj-napoca/',
    });
    expect(url.search).not.toContain('+');
  });
  it('leave out empty fields', () => {
    expect(issueFormUrl(repo, 'addOrganisation', {})).toBe('https://github.com/o/r/issues/new?template=add-organisation.yml');
  });
});

describe('the e-mail route', () => {
  it('is a mailto link with subject and body percent-encoded, line breaks as CRLF', () => {
    const url = mailtoUrl('date@asociatia.ro', 'Problemă la „A & B”', 'Intrarea: a\nPagina: /p/?x=1&y=2');
    expect(url).toBe('mailto:date@asociatia.ro?subject=Problem%C4%83%20la%20%E2%80%9EA%20%26%20B%E2%80%9D&body=Intrarea%3A%20a%0D%0APagina%3A%20%2Fp%2F%3Fx%3D1%26y%3D2');
  });

  const input = (contactEmail: string | undefined) => ({
    repo, contactEmail, entry: { id: 'x', name: 'X' }, pageUrl: '/providers/x/', contributingAnchor: 'without-a-github-account',
    text: { title: '[Problem] X', mailSubject: 'Problem with X', mailBody: 'Entry: X (x)' },
  });
  it('is offered only when the maintainers have set an address', () => {
    const withMail = reportLinks(input('date@asociatia.ro'));
    expect(withMail.mail).toBe('mailto:date@asociatia.ro?subject=Problem%20with%20X&body=Entry%3A%20X%20(x)');
    expect(reportLinks(input(undefined)).mail).toBeUndefined();
    expect(reportLinks(input(undefined)).otherWays).toBe('https://github.com/o/r/blob/main/CONTRIBUTING.md#without-a-github-account');
    expect(withMail.correctionForm).toContain('template=correct-my-entry.yml&title=');
  });
  it('has no address until one is set in src/config.ts (no placeholder)', () => {
    expect(SITE.contactEmail).toBeUndefined();
  });
  it('fills the e-mail body in every language with the entry and page', () => {
    for (const lang of LANGS) {
      const body = makeT(lang)('report.mailBody', { name: 'Asociația X', id: 'asociatia-x', url: '/providers/asociatia-x/' });
      expect(body, lang).toContain('Asociația X (asociatia-x)');
      expect(body, lang).toContain('/providers/asociatia-x/');
      expect(body, lang).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('CONTRIBUTING.md', () => {
  const text = readFileSync('CONTRIBUTING.md', 'utf8');
  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, letters with accents kept. */
  const anchors = [...text.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-'));
  it('has the section each language links to about working without GitHub', () => {
    for (const lang of LANGS) expect(anchors, lang).toContain(withoutGithubAnchor(lang));
    expect(contributingUrl(repo, 'x')).toBe('https://github.com/o/r/blob/main/CONTRIBUTING.md#x');
  });
  it('says who reviews, how soon, and how to get a change made without GitHub, in Romanian and English', () => {
    expect(text).toContain('5 zile lucrătoare');
    expect(text).toContain('5 working days');
    expect(text).toMatch(/asistent social, voluntar sau întreținător/);
    expect(text).toMatch(/caseworker, volunteer or maintainer/);
    expect(text).toContain('`contactEmail` în `src/config.ts`');
    expect(text).toContain('`contactEmail` in `src/config.ts`');
  });
});
