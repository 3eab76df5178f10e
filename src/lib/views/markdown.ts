/**
 * A small, safe Markdown renderer for descriptions written by outside contributors.
 * It escapes everything first and then recognises only paragraphs, "- " lists, **bold**, *italic*
 * and [links](…) whose address is http(s), mailto or tel. Raw HTML is shown as text, never run.
 */

import { hasUserPart } from '../ingest/text-safety';

const SAFE_SCHEME = /^(https?:\/\/|mailto:|tel:)/i;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * True for link targets we are willing to render as links: http(s), mailto and tel, and never an
 * address with a user part (`https://site.ro@evil.example/` shows one site and opens another).
 */
export function isSafeHref(href: string): boolean {
  return SAFE_SCHEME.test(href.trim()) && !hasUserPart(href);
}

function inline(text: string): string {
  // Text is escaped before any markup is recognised, so no input can open a tag.
  let out = escapeHtml(text);
  out = out.replace(/\[([^\]\n]{1,300})\]\(([^)\s]{1,2000})\)/g, (_m, label: string, href: string) => {
    const raw = href.replace(/&amp;/g, '&');
    if (!isSafeHref(raw)) return label;
    const external = /^https?:/i.test(raw) ? ' rel="noopener noreferrer nofollow"' : '';
    return `<a href="${escapeHtml(raw)}"${external}>${label}</a>`;
  });
  out = out.replace(/\*\*([^*\n]{1,500})\*\*/g, '<strong>$1</strong>');
  out = out.replace(/(^|[^*])\*([^*\n]{1,500})\*/g, '$1<em>$2</em>');
  return out;
}

/** Renders a description to HTML that is safe to insert. */
export function renderMarkdown(source: string): string {
  const blocks = source.replace(/\r\n?/g, '\n').trim().split(/\n{2,}/);
  return blocks
    .map((block) => {
      const lines = block.split('\n');
      if (lines.every((l) => /^\s*[-*]\s+/.test(l))) {
        return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*]\s+/, ''))}</li>`).join('')}</ul>`;
      }
      return `<p>${lines.map(inline).join('<br>')}</p>`;
    })
    .join('');
}

/** The same description as plain text (for `<meta name="description">`): link labels, no markup signs. */
export function markdownToText(source: string, maxLength = 300): string {
  const text = source
    .replace(/\[([^\]\n]{1,300})\]\(([^)\s]{1,2000})\)/g, '$1')
    .replace(/\*\*([^*\n]{1,500})\*\*/g, '$1')
    .replace(/(^|[^*])\*([^*\n]{1,500})\*/g, '$1$2')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}
