/**
 * Serves a built site folder on 127.0.0.1, like a static host: directory index files, the
 * site's 404.html for unknown paths, correct content types, 400 for an address it cannot decode
 * (a malformed request must never end the process). Used by the e2e tests and `npm start`.
 * Text files go out gzipped when the browser accepts it, as every real host sends them, so that
 * load times measured over a throttled network (scripts/bench/slow-phone.ts) count real bytes.
 * With a base path, the folder is served under it as GitHub Pages serves a project site
 * (`/directory/...`), and everything outside it is not found.
 * Usage: node scripts/serve-static.ts [dir=dist] [port=4321] [base=/]
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? 4321);
const base = `/${(process.argv[4] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8', '.webmanifest': 'application/manifest+json', '.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream',
};

/** The decoded path, or undefined when it is not valid percent-encoded UTF-8 or holds a NUL. */
function decodePath(path: string): string | undefined {
  try {
    const decoded = decodeURIComponent(path);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

function resolveFile(decoded: string): string | undefined {
  const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  if (existsSync(index)) return index;
  return undefined;
}

// Compressible types; Pagefind's index files and images are already compressed.
const TEXT = /^(text\/|application\/(json|geo\+json|xml|manifest\+json)|image\/svg)/;
// gzip level 6, zlib's default and what common hosts and CDNs use; kept per file and change time.
const gzipped = new Map<string, { mtime: number; body: Buffer }>();

function sendFile(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string>, file: string): void {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (!TEXT.test(type) || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    res.writeHead(status, { ...headers, 'Content-Type': type, Vary: 'Accept-Encoding' });
    createReadStream(file).pipe(res);
    return;
  }
  const mtime = statSync(file).mtimeMs;
  let cached = gzipped.get(file);
  if (cached?.mtime !== mtime) gzipped.set(file, (cached = { mtime, body: gzipSync(readFileSync(file), { level: 6 }) }));
  res.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': String(cached.body.length), Vary: 'Accept-Encoding' });
  res.end(cached.body);
}

createServer((req, res) => {
  const requested = req.url ?? '/';
  const url = `/${requested.slice(base.length)}`;
  const path = url.split('?')[0] ?? '/';
  const decoded = decodePath(path);
  if (decoded === undefined) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
    res.end('Bad request: the address is not valid percent-encoded UTF-8');
    return;
  }
  // Directory URLs without a trailing slash redirect, as static hosts do (the base path itself too).
  if (`${requested.split('?')[0]}/` === base || (requested.startsWith(base) && !path.endsWith('/') && !extname(path) && existsSync(join(root, decoded, 'index.html')))) {
    res.writeHead(301, { Location: `${requested.split('?')[0]}/` });
    res.end();
    return;
  }
  // Outside the base path is not this site: the real host would not serve it either.
  const file = requested.startsWith(base) ? resolveFile(decoded) : undefined;
  const headers: Record<string, string> = { 'Cache-Control': 'no-cache' };
  if (!file) {
    const notFound = join(root, '404.html');
    if (existsSync(notFound)) sendFile(req, res, 404, headers, notFound);
    else { res.writeHead(404, { ...headers, 'Content-Type': TYPES['.html']! }); res.end('Not found'); }
    return;
  }
  sendFile(req, res, 200, headers, file);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}/`));
