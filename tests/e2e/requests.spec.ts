/**
 * Hardening in the browser: on every page type no request leaves this site (map pages may fetch
 * tiles from SITE.tileUrl's host only), every page carries the Content-Security-Policy, and the
 * browser reports no CSP violation (so Astro's own scripts and styles are all allowed by hash).
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { PAGES } from './pages';
import { FIXTURE_DIST } from './fixture';
import { SITE } from '../../src/config';
import { tileSource } from '../../src/lib/site/csp';

const tileHost = new URL(tileSource(SITE.tileUrl).replace('*.', '')).hostname;

for (const p of PAGES) {
  test(`${p.name} (${p.path}): no third-party request and no CSP violation`, async ({ page }) => {
    test.setTimeout(60_000);
    const outside: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (p.map && (url.hostname === tileHost || url.hostname.endsWith(`.${tileHost}`))) return;
      outside.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(p.path, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(p.status ?? 200);
    await p.prepare?.(page);
    // Scroll to the end so lazy content would load too.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(outside, 'requests to other sites').toEqual([]);
    expect(violations, 'CSP violations').toEqual([]);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).toContain(`img-src 'self' data: ${tileSource(SITE.tileUrl)}`);
  });
}

test('an inline script that is not Astro\'s own is blocked by the policy', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await page.goto('/');
  // Injected the way a content script would end up if markup ever slipped through.
  const ran = await page.evaluate(() => {
    (window as unknown as { injected?: boolean }).injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    return (window as unknown as { injected?: boolean }).injected;
  });
  expect(ran).toBe(false);
  expect(violations.length).toBeGreaterThan(0);
});

test('_headers gives hosts the same policy plus frame-ancestors, which a meta element cannot set', () => {
  const headers = readFileSync(`${FIXTURE_DIST}/_headers`, 'utf8');
  expect(headers).toMatch(/Content-Security-Policy: default-src 'self';.*script-src 'self'.*frame-ancestors 'none'/);
  expect(headers).toContain('X-Content-Type-Options: nosniff');
});
