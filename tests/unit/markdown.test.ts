/**
 * The Markdown renderer for contributor text: nothing a contributor writes can become a tag, an
 * attribute or a link other than http(s), mailto and tel. Checked by parsing the output back.
 */
import { describe, expect, it } from 'vitest';
import { escapeHtml, isSafeHref, markdownToText, renderMarkdown } from '../../src/lib/views/markdown';

/** Every tag name in the output; only these may appear. */
const ALLOWED_TAGS = new Set(['p', 'br', 'ul', 'li', 'strong', 'em', 'a']);
function tags(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
}
/** Every attribute in the output, as name="value". */
function attributes(html: string): string[] {
  return [...html.matchAll(/<[a-z]+((?:\s+[^\s>]+)*)\s*\/?>/gi)].flatMap((m) => (m[1] ?? '').trim().split(/\s+(?=[a-z-]+=)/i).filter(Boolean));
}
function assertInert(html: string) {
  for (const tag of tags(html)) expect(ALLOWED_TAGS.has(tag), `tag <${tag}> in ${html.slice(0, 200)}`).toBe(true);
  for (const attr of attributes(html)) expect(attr, html.slice(0, 200)).toMatch(/^(href="(https?:\/\/|mailto:|tel:)[^"]*"|rel="noopener noreferrer nofollow")$/i);
  // Text may mention "javascript:" (escaped, it is only words); no attribute may carry it.
  expect(html).not.toMatch(/=\s*["']?\s*(javascript|vbscript|data):/i);
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click]( javascript:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[click](vbscript:msgbox(1))',
  '[click](//evil.example/x)',
  '[x](https://ok.example/" onmouseover="alert(1))',
  '[x](https://ok.example/"onmouseover="alert(1))',
  "[x](https://ok.example/'onmouseover='alert(1))",
  '[<img src=x onerror=alert(1)>](https://ok.example/)',
  '[**x**](javascript:alert(1))',
  '**<b onclick=alert(1)>x</b>**',
  '*<i>x</i>*',
  '<iframe src="https://evil.example"></iframe>',
  '<style>body{display:none}</style>',
  '<!-- comment --><div>x</div>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)',
  '- <script>alert(1)</script>\n- [a](javascript:1)',
  '[a](https://ok.example/?q=<script>)',
  '[a](mailto:x@example.org?body=<script>alert(1)</script>)',
  '[a](tel:+40"onclick="alert(1))',
];

describe('renderMarkdown with hostile input', () => {
  for (const input of HOSTILE) {
    it(`renders inert: ${JSON.stringify(input).slice(0, 70)}`, () => {
      assertInert(renderMarkdown(input));
    });
  }

  it('shows raw HTML as text rather than dropping it, so the reader sees what was written', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
    expect(renderMarkdown('a & b')).toBe('<p>a &amp; b</p>');
  });

  it('turns an unsafe link into its label only', () => {
    // The address ends at the first ')', so the second one stays as text.
    expect(renderMarkdown('[click](javascript:alert(1))')).toBe('<p>click)</p>');
    expect(renderMarkdown('[site](//evil.example/x)')).toBe('<p>site</p>');
  });

  it('keeps quotes inside a link address from ending the attribute', () => {
    const html = renderMarkdown('[x](https://ok.example/"onmouseover="alert(1))');
    expect(html).not.toMatch(/"\s*onmouseover/);
  });

  it('handles a 100 000-character string in linear time and without tags', () => {
    const long = `${'*a'.repeat(25_000)}${'[x]('.repeat(12_500)}`;
    const start = performance.now();
    const html = renderMarkdown(long);
    expect(performance.now() - start).toBeLessThan(2000);
    assertInert(html);
  });

  it('survives fuzzed mixes of markup characters', () => {
    const alphabet = ['<', '>', '"', "'", '[', ']', '(', ')', '*', '-', '\n', ' ', 'javascript:', 'https://a.example/', 'on', '=', '&', '#', 'script', 'img'];
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % alphabet.length;
    for (let i = 0; i < 2000; i += 1) {
      const input = Array.from({ length: 40 }, () => alphabet[next()]).join('');
      assertInert(renderMarkdown(input));
    }
  });
});

describe('renderMarkdown with ordinary text', () => {
  it('renders paragraphs, line breaks, lists, bold, italic and safe links', () => {
    expect(renderMarkdown('Unu\ndoi\n\nTrei')).toBe('<p>Unu<br>doi</p><p>Trei</p>');
    expect(renderMarkdown('- a\n- **b**\n- *c*')).toBe('<ul><li>a</li><li><strong>b</strong></li><li><em>c</em></li></ul>');
    expect(renderMarkdown('[DASM](https://dasmclujnapoca.ro/?a=1&b=2)')).toBe('<p><a href="https://dasmclujnapoca.ro/?a=1&amp;b=2" rel="noopener noreferrer nofollow">DASM</a></p>');
    expect(renderMarkdown('[scrieți](mailto:contact@example.org)')).toBe('<p><a href="mailto:contact@example.org">scrieți</a></p>');
    expect(renderMarkdown('[sunați](tel:+40264599316)')).toBe('<p><a href="tel:+40264599316">sunați</a></p>');
  });

  it('accepts only http(s), mailto and tel addresses', () => {
    for (const ok of ['https://a.ro', 'http://a.ro', 'mailto:a@b.ro', 'tel:112', 'HTTPS://A.RO']) expect(isSafeHref(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', '//a.ro', '/relative', 'ftp://a.ro', 'file:///etc/passwd', '', 'https://site.ro@evil.example/', 'http://u:p@a.ro/']) expect(isSafeHref(bad), bad).toBe(false);
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
  });
});

describe('markdownToText', () => {
  it('keeps link labels and drops markup signs, for meta descriptions', () => {
    expect(markdownToText('O fundație **exemplu** cu [site](https://example.org).\n\n- *a*\n- b')).toBe('O fundație exemplu cu site. a b');
    expect(markdownToText('x'.repeat(400))).toHaveLength(300);
  });
});
