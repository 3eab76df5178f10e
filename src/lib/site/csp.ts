/** Content-Security-Policy pieces shared by the Astro config and the generated `_headers` file. */

/**
 * The CSP source for a Leaflet tile URL template: its origin, with a `{s}` subdomain turned into
 * a wildcard. `https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`.
 */
export function tileSource(tileUrl: string): string {
  const m = /^(https?):\/\/([^/]+)/.exec(tileUrl);
  if (!m) throw new Error(`tileUrl '${tileUrl}' must start with https:// or http://`);
  return `${m[1]}://${m[2]!.replace(/\{s\}/g, '*')}`;
}

/** A directive with its sources, typed so Astro's `security.csp.directives` accepts it. */
export type CspDirectiveText = `${'default-src' | 'img-src' | 'object-src' | 'base-uri' | 'form-action' | 'worker-src' | 'manifest-src'} ${string}`;

/** The policy's directives besides script-src and style-src, which Astro fills with hashes. */
export function cspDirectives(tileUrl: string): CspDirectiveText[] {
  return [
    "default-src 'self'",
    `img-src 'self' data: ${tileSource(tileUrl)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
}

/** Parses `a x y; b z` into a map of directive → sources. */
export function parseCsp(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/**
 * Merges the per-page policies (each page has its own script hashes) into one policy for an HTTP
 * header that covers every page, and adds what only a header can say (frame-ancestors).
 */
export function mergeCsp(policies: readonly string[], extra: readonly string[] = ["frame-ancestors 'none'"]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of [...policies, ...extra])
    for (const [name, sources] of parseCsp(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      merged.set(name, set);
    }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

const INLINE_ELEMENT = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const META_CSP_CONTENT = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;

/**
 * The page's policy with only the hashes of inline scripts and styles the page itself carries.
 * Astro writes the hashes of every inline script and style of the whole site into every page's
 * policy (24 of them, about 1 KB compressed on each page); a hash admits only an inline element
 * with that very text, so one whose element is not on the page admits nothing there. Sources other
 * than hashes stay, and no hash is added. `sha256` is the base64 SHA-256 of a text (node:crypto at
 * build time; this module also runs where there is none).
 * @example withPageHashesOnly(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-A=' 'sha256-B='"><script>a</script>`, h)
 *   // keeps 'sha256-A=' when h('a') === 'A=', drops 'sha256-B='
 */
export function withPageHashesOnly(html: string, sha256: (text: string) => string): string {
  const meta = META_CSP_CONTENT.exec(html);
  if (!meta) return html;
  const own = new Set<string>();
  for (const [, , attrs, text] of html.matchAll(INLINE_ELEMENT)) {
    if (/\bsrc\s*=/i.test(attrs!)) continue;
    own.add(`'sha256-${sha256(text!)}'`);
  }
  // The hashes are quoted with ' or, escaped, with &#39;: either way each goes with its leading space.
  const content = meta[2]!.replace(/\s+(?:'|&#39;)(sha256-[A-Za-z0-9+/=]+)(?:'|&#39;)/g, (source: string, hash: string) => (own.has(`'${hash}'`) ? source : ''));
  if (content === meta[2]) return html;
  return html.slice(0, meta.index) + meta[1] + content + meta[3] + html.slice(meta.index + meta[0].length);
}

const META_CSP_ELEMENT = /<meta\s+http-equiv="content-security-policy"\s+content="[^"]*"\s*\/?>/i;
const CHARSET = /^<meta\s+charset="[^"]*"\s*\/?>/i;

/**
 * Moves the page's CSP meta element to the top of <head>, right after the charset declaration
 * (which HTML wants within the first 1024 bytes, and which loads and runs nothing). A meta policy
 * governs only what comes after it; Astro writes it at the end of <head>, after the links and
 * JSON-LD. Returns the page unchanged when it has no policy or no <head>.
 * @example cspMetaFirst('<head><meta charset="utf-8"><title>x</title><meta http-equiv="content-security-policy" content="a"></head>')
 *   // '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="a"><title>x</title></head>'
 */
export function cspMetaFirst(html: string): string {
  const meta = META_CSP_ELEMENT.exec(html);
  const headAt = html.search(/<head>/i);
  if (!meta || headAt < 0 || meta.index < headAt) return html;
  const without = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const afterHead = headAt + '<head>'.length;
  const charset = CHARSET.exec(without.slice(afterHead));
  const at = afterHead + (charset ? charset[0].length : 0);
  return without.slice(0, at) + meta[0] + without.slice(at);
}

/**
 * The one inline script a page carries of its own (Layout.astro): it marks <html> as running
 * JavaScript before the first paint, so a phone shows the folded menu at once. Astro hashes the
 * scripts it bundles but not an `is:inline` one, so astro.config.mjs adds this text's hash to the
 * policy; without it the browser blocks the script and reports a violation on every page.
 */
export const JS_CLASS_SCRIPT = "document.documentElement.classList.add('js');";
