// An upgrade evicts the old build's cache: the quiz page registers the real service worker (public/sw.js) under this
// build's id, and once it takes over, the cache an earlier build's worker filled is gone, as is the unversioned
// cache of before. The earlier build is the same worker script registered under another build id, in Chromium.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const buildId = fs.readFileSync(path.join(__dirname, '..', process.env.NEXT_DIST_DIR ?? '.next', 'BUILD_ID'), 'utf8').trim();

test('a new build’s service worker deletes the caches of the build before it', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/');
  const cacheNames = () => page.evaluate(() => caches.keys());
  const activeScript = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL ?? '');

  // the build before: its worker, and the cache it filled with a build asset (the unversioned cache of before, too)
  await page.evaluate(async () => {
    await (await caches.open('claimcheck-v1')).put('/legacy-asset.js', new Response('// old'));
    await navigator.serviceWorker.register('/sw.js?build=previous-build');
  });
  await expect.poll(activeScript).toContain('build=previous-build');
  const asset = await page.evaluate(() => document.querySelector<HTMLScriptElement>('script[src^="/_next/static/"]')?.src ?? '');
  expect(asset).not.toBe('');
  await page.evaluate(async (url) => (await navigator.serviceWorker.ready).active?.postMessage({ type: 'cache-page', urls: [url] }), asset);
  await expect.poll(cacheNames).toEqual(['claimcheck-previous-build']);
  expect(await page.evaluate(async (url) => Boolean(await (await caches.open('claimcheck-previous-build')).match(url)), asset)).toBe(true);

  // this build: the quiz page registers the worker under the build's own id, and it takes over
  expect(buildId).toMatch(/^[0-9a-f]{20}$/);
  await page.goto('/quiz/paktika-practice/play');
  await expect.poll(activeScript).toContain(`build=${buildId}`);
  await expect.poll(cacheNames).toEqual([`claimcheck-${buildId}`]);
});
