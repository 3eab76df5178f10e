/**
 * What the fixture site publishes claims no address it does not have: no placeholder domain in any
 * built file (pages, exports, search data, sitemap, robots.txt, service worker, headers). The
 * fictional organisations' own e-mails and pages on example.org are fixture content and allowed.
 * tests/e2e/smoke/published-output.spec.ts checks the real site, where even those are refused.
 */
import { expect, test } from '@playwright/test';
import { placeholderHits } from './built-site';
import { FIXTURE_DIST } from './fixture';

test('no placeholder domain in any file of the built fixture site', () => {
  expect(placeholderHits(FIXTURE_DIST, { fixtureContent: true })).toEqual([]);
});
