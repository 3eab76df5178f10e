// Service worker for offline use. The build (src/build/integrations.ts) writes dist/sw.js as
// `const MANIFEST = {...}` followed by this file; MANIFEST is { buildId, base, shell, warm } from
// src/lib/site/offline.ts. Only this site's own origin is ever fetched or cached, and only below the
// base path the site is published under (`/`, or `/directory/` on a GitHub Pages project site).
/* global MANIFEST */
const PREFIX = 'servicii-sociale-';
const CACHE = `${PREFIX}${MANIFEST.buildId}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(MANIFEST.shell);
    // Best effort: a page that fails to download now is cached when it is visited.
    await Promise.allSettled(MANIFEST.warm.map((url) => cache.add(url)));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    await self.clients.claim();
  })());
});

/** Tells the page it is showing a saved copy (the network failed even if navigator.onLine is true). */
async function tellOffline(clientId) {
  if (!clientId) return;
  // The new page may not exist yet when the response is sent; give it a moment.
  for (let i = 0; i < 20; i += 1) {
    const client = await self.clients.get(clientId);
    if (client) { client.postMessage({ type: 'served-from-cache' }); return; }
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function networkFirst(event) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(event.request);
    if (response.ok) await cache.put(event.request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(event.request, { ignoreSearch: event.request.mode === 'navigate' });
    if (!cached) throw error;
    if (event.request.mode === 'navigate') event.waitUntil(tellOffline(event.resultingClientId));
    return cached;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(MANIFEST.base)) return;
  if (url.pathname === `${MANIFEST.base}sw.js`) return;
  // Hashed file names never change content: the cached copy is always right.
  if (url.pathname.startsWith(`${MANIFEST.base}_astro/`)) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(event));
});
