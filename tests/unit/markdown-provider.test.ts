/** Provider files in Markdown (content/providers/<id>.md): front matter fields, the body as the Romanian description. */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { markdownParseOptions, providerMarkdown, splitMarkdown } from '../../src/lib/ingest/markdown-file';
import { validateProviderText } from '../../src/lib/ingest/validate-provider';
import { formatProblem } from '../../src/lib/ingest/friendly-errors';
import { editFileUrl, providerFilePath } from '../../src/lib/ingest/repository';
import { providerSource } from '../../src/lib/ingest/provider-source';
import { publicProvider } from '../../src/lib/confidentiality/public-provider';
import { loadContent } from '../../src/build/content-files';
import { fixtureSite, realContent, TODAY } from './helpers';

const FIXTURE = 'tests/fixtures/site/providers/asociatia-paragrafe-fixture.md';
const text = readFileSync(FIXTURE, 'utf8');
const opts = { file: 'content/providers/asociatia-paragrafe-fixture.md', taxonomies: fixtureSite.taxonomies, today: TODAY };
const lines = (t: string) => t.split('\n');

describe('splitMarkdown', () => {
  it('finds the fields between the --- lines and the body below them', () => {
    const { parts } = splitMarkdown('---\nid: x\nname: X\n---\n\nFirst paragraph.\n\nSecond.\n\n', 'x.md');
    expect(parts).toEqual({ frontMatter: 'id: x\nname: X\n', frontMatterOffset: 1, body: 'First paragraph.\n\nSecond.', bodyLine: 6 });
  });

  it('accepts Windows line ends and a closing "..."', () => {
    expect(splitMarkdown('---\r\nid: x\r\n...\r\nText\r\n', 'x.md').parts?.body).toBe('Text');
  });

  it('says what is wrong when the fields are not opened or not closed', () => {
    expect(splitMarkdown('id: x\n', 'x.md').problems.map(formatProblem)).toEqual([
      "x.md:1 must start with its fields between two lines of three dashes: '---', the fields (id: …, name: …), '---', then the description",
    ]);
    expect(splitMarkdown('---\nid: x\n', 'x.md').problems[0]?.key).toBe('markdown.unclosed-front-matter');
  });
});

describe('a Markdown provider file', () => {
  it('validates, with the body as the Romanian description and the translation from the fields', () => {
    const { provider, problems } = validateProviderText(text, opts);
    expect(problems).toEqual([]);
    const description = provider?.description as { ro: string; en: string };
    expect(description.ro).toMatch(/^Asociație fictivă[\s\S]*\n\n- un grup de sprijin/);
    expect(description.en).toMatch(/^A fictional association/);
  });

  it('gives line numbers of the file itself, inside the fields and in the body', () => {
    const broken = text.replace("kind: ngo", 'kind: charity').replace("'0700 000 501'", "'07OO'");
    const problems = validateProviderText(broken, opts).problems;
    const kind = problems.find((p) => p.path.join('.') === 'kind')!;
    expect(lines(broken)[kind.line! - 1]).toBe('kind: charity');
    const phone = problems.find((p) => p.path.join('.') === 'phones.0.number')!;
    expect(lines(broken)[phone.line! - 1]).toContain("'07OO'");
    const future = validateProviderText(text.replace("assured_date: '2026-11-10'", "assured_date: '2099-01-01'"), opts).problems[0]!;
    expect(future.key).toBe('check.assured-future');
    expect(lines(text)[future.line! - 1]).toMatch(/^assured_date:/);
  });

  it('points a problem of the description at the body', () => {
    const long = text.replace('Ce oferim:', 'x'.repeat(300 * 1024));
    expect(validateProviderText(long, opts).problems[0]?.key).toBe('file.too-big');
    const both = text.replace('description:\n  en: |', 'description:\n  ro: Tot aici.\n  en: |');
    const problems = validateProviderText(both, opts).problems;
    expect(problems.map((p) => p.key)).toEqual(['markdown.description-twice']);
    expect(lines(both)[problems[0]!.line! - 1]).toBe('  ro: Tot aici.');
    // A problem found in the Romanian description (the body) is placed at the body's first line.
    const { parts } = splitMarkdown(text, 'x.md');
    const options = markdownParseOptions(parts!, 'x.md');
    options.complete!({});
    expect(options.locate!(['description'])).toEqual({ line: parts!.bodyLine, column: 1 });
    expect(lines(text)[parts!.bodyLine - 1]).toMatch(/^Asociație fictivă/);
    expect(options.locate!(['description', 'en'])).toBeUndefined();
  });

  it('checks its id against its file name without the .md', () => {
    expect(validateProviderText(text, { ...opts, file: 'content/providers/other.md' }).problems.map(formatProblem)).toEqual([
      "content/providers/other.md:6:5 id: is 'asociatia-paragrafe-fixture' but the file is named 'other'; the id must equal the file name (rename one of them)",
    ]);
  });

  it('is written back from the fields the same way: body for Romanian, translations in the fields', () => {
    const { provider } = validateProviderText(text, opts);
    const source = providerSource(publicProvider(provider!), 'asociatia-paragrafe-fixture.md');
    const written = providerMarkdown(source.provider, (fields) => stringify(fields, { lineWidth: 0 }));
    expect(written).toMatch(/^---\nid: asociatia-paragrafe-fixture\n/);
    expect(written).toMatch(/\n---\n\nAsociație fictivă/);
    expect(written).toContain('description:\n  en: |');
    expect(validateProviderText(written, opts).provider).toEqual(provider);
  });
});

describe('a content folder with Markdown providers', () => {
  function folder(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'md-providers-'));
    cpSync('tests/fixtures/site/taxonomy', join(dir, 'taxonomy'), { recursive: true });
    mkdirSync(join(dir, 'providers'));
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, 'providers', name), body);
    return dir;
  }

  it('loads .md files beside .yaml files and remembers each file name', () => {
    const content = loadContent(folder({ 'asociatia-paragrafe-fixture.md': text, 'minimal-ngo.yaml': readFileSync('tests/fixtures/valid/minimal-ngo.yaml', 'utf8') }), TODAY);
    expect(content.problems).toEqual([]);
    expect(content.providers.map((p) => p.fileName).sort()).toEqual(['asociatia-paragrafe-fixture.md', 'minimal-ngo.yaml']);
  });

  it('refuses a provider in both forms, naming both files', () => {
    const yaml = `id: asociatia-paragrafe-fixture\n${readFileSync('tests/fixtures/valid/minimal-ngo.yaml', 'utf8').split('\n').filter((l) => !l.startsWith('id:')).join('\n')}`;
    const content = loadContent(folder({ 'asociatia-paragrafe-fixture.md': text, 'asociatia-paragrafe-fixture.yaml': yaml }), TODAY);
    const messages = content.problems.map(formatProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/providers\/asociatia-paragrafe-fixture\.yaml and \S*providers\/asociatia-paragrafe-fixture\.md both describe 'asociatia-paragrafe-fixture'; keep one of the two files/);
  });

  it('names other files as neither form', () => {
    const content = loadContent(folder({ 'notes.txt': 'x' }), TODAY);
    expect(content.problems.map((p) => p.key)).toEqual(['content.not-provider-file']);
  });
});

describe('edit links and the builder\'s data know the real file name', () => {
  it('links to the .md file of a Markdown provider', () => {
    expect(providerFilePath('x')).toBe('content/providers/x.yaml');
    expect(editFileUrl({ url: 'https://github.com/o/r', branch: 'main' }, providerFilePath('x', 'x.md'))).toBe('https://github.com/o/r/edit/main/content/providers/x.md');
  });

  it('serves a provider as its file holds it, without the schema\'s defaults and without confidential addresses', () => {
    for (const p of [...fixtureSite.providers, ...realContent.providers]) {
      const source = providerSource(publicProvider(p.data), p.fileName);
      expect(source.file).toBe(`content/providers/${p.fileName}`);
      expect(source.format).toBe(p.fileName.endsWith('.md') ? 'markdown' : 'yaml');
      const json = JSON.stringify(source);
      expect(json).not.toContain('"confidential":false');
      expect(json).not.toContain('"status":"active"');
      for (const l of p.data.locations ?? []) if (l.confidential) expect(source.provider.locations).toContainEqual(expect.not.objectContaining({ address: expect.anything() }));
    }
  });
});
