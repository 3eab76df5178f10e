/** The real site as built (dist/): no reserved example domain in any file, content or placeholder. */
import { expect, test } from '@playwright/test';
import { placeholderHits } from '../built-site';

test('no example domain in any file of the built site', () => {
  expect(placeholderHits(process.env.SITE_OUT_DIR ?? 'dist')).toEqual([]);
});
