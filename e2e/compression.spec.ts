// What a phone downloads is compressed: pages, RSC payloads and JSON replies by server.js (brotli), build assets
// brotli at quality 11 with no validator (their names are their content's hash). The practice results' JSON once went
// uncompressed because Next gives a route handler's Content-Type as an array.
import { expect, test } from './fixtures';

const br = { 'accept-encoding': 'gzip, deflate, br' };

test('pages, JSON replies and build assets come brotli-compressed', async ({ request, baseURL }) => {
  const page = await request.get('/quiz/paktika-practice/play', { headers: { ...br, accept: 'text/html' } });
  expect(page.status()).toBe(200);
  expect(page.headers()['content-encoding']).toBe('br');

  const results = await request.post('/api/practice/paktika-practice/results', {
    headers: { ...br, origin: baseURL! },
    data: { answers: {} },
  });
  expect(results.status()).toBe(200);
  expect(results.headers()['content-encoding']).toBe('br');
  expect(results.headers()['vary']).toMatch(/Accept-Encoding/);
  expect(await results.json()).toHaveProperty('summary');

  const chunk = /\/_next\/static\/chunks\/[\w.-]+\.js/.exec(await page.text())?.[0];
  expect(chunk, 'a script of the page').toBeTruthy();
  // the first request may find it still being compressed (Next answers it then); the layer warms every asset at start
  const asset = await request.get(chunk!, { headers: br });
  expect(asset.status()).toBe(200);
  expect(asset.headers()['content-encoding']).toBe('br');
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['etag']).toBeUndefined();
});
