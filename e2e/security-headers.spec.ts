// Security headers on every page and API reply, a per-request CSP nonce on every script, and a browser that runs the
// whole app under that policy while refusing a script the server did not send.
import type { APIResponse } from '@playwright/test';
import { answerItem } from './helpers/answer';
import { items } from './helpers/content';
import { expect, test } from './fixtures';

const PAGES = ['/', '/join', '/quiz/paktika-practice', '/quiz/paktika-practice/play', '/quiz/paktika-practice/results', '/teacher/sign-in', '/teacher/sign-up'];

function cspOf(res: APIResponse): Map<string, string[]> {
  const csp = res.headers()['content-security-policy'] ?? '';
  return new Map(csp.split(';').filter((d) => d.trim()).map((d) => {
    const [name = '', ...values] = d.trim().split(/\s+/);
    return [name, values] as const;
  }));
}

function expectSecurityHeaders(res: APIResponse, label: string) {
  const h = res.headers();
  expect(h['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
  expect(h['x-content-type-options'], label).toBe('nosniff');
  expect(h['permissions-policy'], label).toMatch(/camera=\(\)/);
  const csp = cspOf(res);
  const scripts = csp.get('script-src') ?? [];
  expect(scripts, label).toContain("'strict-dynamic'");
  expect(scripts.some((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s)), label).toBe(true);
  expect(scripts, label).not.toContain("'unsafe-inline'");
  expect(scripts, label).not.toContain("'unsafe-eval'");
  expect(csp.get('frame-ancestors'), label).toEqual(["'none'"]);
  expect(csp.get('base-uri'), label).toEqual(["'self'"]);
  expect(csp.get('form-action'), label).toEqual(["'self'"]);
  expect(csp.get('object-src'), label).toEqual(["'none'"]);
}

test('every page and API reply carries the CSP, Referrer-Policy, nosniff and Permissions-Policy', async ({ request }) => {
  for (const path of PAGES) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    expectSecurityHeaders(res, path);
  }
  const missing = await request.get('/no-such-page');
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing, '404 page');

  const apis: Array<[string, Promise<APIResponse>, number]> = [
    ['practice answer', request.post('/api/practice/paktika-practice/items/numbers-71-militants', { data: { response: { type: 'classify', status: 'claim' } } }), 200],
    ['practice answer, wrong method', request.get('/api/practice/paktika-practice/items/numbers-71-militants'), 405],
    ['answer save, no attempt', request.post('/api/attempts/00000000-0000-4000-8000-000000000000/items/numbers-71-militants', { data: {} }), 404],
    ['hand-in, no attempt', request.post('/api/attempts/00000000-0000-4000-8000-000000000000/submit', { data: {} }), 404],
    ['better-auth session', request.get('/api/auth/get-session'), 200],
  ];
  // JSON replies skip the proxy: the base headers and a fixed policy that allows nothing at all
  for (const [label, pending, status] of apis) {
    const res = await pending;
    expect(res.status(), label).toBe(status);
    const h = res.headers();
    expect(h['referrer-policy'], label).toBe('strict-origin-when-cross-origin');
    expect(h['x-content-type-options'], label).toBe('nosniff');
    expect(h['x-frame-options'], label).toBe('DENY');
    const csp = cspOf(res);
    expect(csp.get('default-src'), label).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors'), label).toEqual(["'none'"]);
  }

  // build assets skip the proxy (no HTML to protect) and get only nosniff, whether Next (gzip) or server.js (brotli)
  // answers; a public file is served by Next and gets the base headers
  const html = await (await request.get('/')).text();
  const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeTruthy();
  for (const encoding of ['gzip', 'br']) {
    const asset = await request.get(chunk!, { headers: { 'accept-encoding': encoding } });
    expect(asset.status(), encoding).toBe(200);
    expect(asset.headers()['x-content-type-options'], encoding).toBe('nosniff');
    expect(asset.headers()['x-frame-options'], encoding).toBeUndefined();
  }
  const publicFile = (await request.get('/sw.js')).headers();
  expect(publicFile['x-frame-options']).toBe('DENY');
  expect(publicFile['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('every script tag of a page carries this response’s nonce, and the nonce is new on each request', async ({ request }) => {
  const seen = new Set<string>();
  for (const path of PAGES) {
    const res = await request.get(path);
    const nonce = /'nonce-([^']+)'/.exec(res.headers()['content-security-policy'] ?? '')?.[1];
    expect(nonce, path).toBeTruthy();
    expect(seen.has(nonce!), `${path}: nonce reused`).toBe(false);
    seen.add(nonce!);
    const tags = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, path).toBeGreaterThan(2);
    for (const tag of tags) expect(tag, `${path}: a script without this response's nonce`).toContain(`nonce="${nonce}"`);
  }
});

test('the app runs in the browser with no CSP violation: practice quiz, joining, teacher sign-in', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      // zod probes whether eval works (Function("") in a try/catch) and does without it: blocked, as it should be
      if (e.blockedURI === 'eval' && /\/_next\/static\//.test(e.sourceFile)) return;
      w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`);
    });
  });
  const violations = () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

  await page.goto('/quiz/paktika-practice/play');
  await answerItem(page, items()[0]!, 'mouse'); // hydrated, fetched, rendered feedback: the scripts ran
  expect(await violations()).toEqual([]);
  await page.goto('/join');
  await page.getByLabel('Join code').fill('ZZZZZZ');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'That code does not open a quiz' })).toBeVisible();
  expect(await violations()).toEqual([]);
  await page.goto('/teacher/sign-in');
  await page.getByLabel('Email').fill('nobody@school.test');
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page.getByText('That email and password do not match an account.')).toBeVisible();
  expect(await violations()).toEqual([]);
});

test.describe('an injected script', () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test('that the server did not send is refused by the browser', async ({ page }) => {
    // stands in for an HTML injection: the real response, headers and all, with an inline script added
    await page.route('**/quiz/paktika-practice/play', async (route) => {
      const original = await route.fetch();
      const body = (await original.text()).replace('</body>', '<script>window.injectedRan = true</script></body>');
      await route.fulfill({ response: original, body });
    });
    const violation = page.waitForEvent('console', (m) => /Content Security Policy/.test(m.text()));
    await page.goto('/quiz/paktika-practice/play');
    await violation;
    expect(await page.evaluate(() => (window as unknown as { injectedRan?: boolean }).injectedRan)).toBeUndefined();
    // the page's own scripts, which carry the nonce, still run: answering needs them
    await answerItem(page, items()[0]!, 'mouse');
  });
});
