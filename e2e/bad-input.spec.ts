import { expect, test } from './fixtures';

test.describe('missing pages', () => {
test.use({ allowedConsoleErrors: [/status of 404/] });
test('unknown quiz pages are a clear 404 page', async ({ page }) => {
  for (const path of ['/quiz/no-such-quiz', '/quiz/no-such-quiz/play', '/quiz/NOT%20VALID/results']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
});
});

test('the answer API answers bad input with a clear message and a 4xx, never a 500', async ({ request }) => {
  const post = (path: string, data: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    request.post(path, { data: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)), headers });
  const good = { response: { type: 'classify', status: 'claim' }, confidence: 'sure' };
  // every refusal is in the one error shape (lib/api-error.ts): a `type:surface` code and a message, nothing else
  const cases: Array<[string, unknown, number, string, RegExp]> = [
    ['/api/practice/no-such-quiz/items/numbers-71-militants', good, 404, 'not_found:quiz', /no quiz/],
    ['/api/practice/paktika-practice/items/no-such-item', good, 404, 'not_found:item', /no question/],
    ['/api/practice/paktika-practice/items/numbers-71-militants', '{not json', 400, 'bad_request:json', /not valid JSON/],
    ['/api/practice/paktika-practice/items/numbers-71-militants', { response: 'yes' }, 400, 'bad_request:shape', /expected shape/],
    ['/api/practice/paktika-practice/items/numbers-71-militants', { response: { type: 'single', choice: 'a' } }, 400, 'bad_request:response', /expects/],
    ['/api/practice/paktika-practice/results', { answers: { 'no-such-item': good } }, 400, 'bad_request:item', /no question/],
    ['/api/practice/paktika-practice/results', { answers: 'all of them' }, 400, 'bad_request:shape', /expected shape/],
  ];
  for (const [path, body, status, code, message] of cases) {
    const res = await post(path, body);
    expect(res.status(), path).toBe(status);
    const json = await res.json();
    expect(Object.keys(json).filter((k) => k !== 'fields'), path).toEqual(['code', 'message']);
    expect(json, path).toMatchObject({ code, message: expect.stringMatching(message) });
  }
  const form = await post('/api/practice/paktika-practice/items/numbers-71-militants', 'a=b', {
    'content-type': 'application/x-www-form-urlencoded',
  });
  expect(form.status()).toBe(415);
  expect(await form.json()).toMatchObject({ code: 'unsupported_media_type:body' });
  const get = await request.get('/api/practice/paktika-practice/items/numbers-71-militants');
  expect(get.status()).toBe(405);
});

test('an Urdu reader gets the API refusals in Urdu, with the same codes (English stays the default)', async ({ request }) => {
  const path = '/api/practice/no-such-quiz/items/numbers-71-militants';
  const data = Buffer.from(JSON.stringify({ response: { type: 'classify', status: 'claim' } }));
  const ask = (headers: Record<string, string>) => request.post(path, { data, headers: { 'content-type': 'application/json', ...headers } });
  const urdu: Array<Record<string, string>> = [{ 'accept-language': 'ur-PK,ur;q=0.9,en;q=0.5' }, { cookie: 'cc_locale=ur' }];
  for (const headers of urdu) {
    const res = await ask(headers);
    expect(res.status()).toBe(404);
    expect(res.headers()['content-language']).toBe('ur');
    expect(await res.json()).toEqual({ code: 'not_found:quiz', message: 'اس شناخت کا کوئی کوئز نہیں ہے۔' });
  }
  expect(await (await ask({})).json()).toEqual({ code: 'not_found:quiz', message: 'There is no quiz with that id.' });
  // the cookie (the reader's own choice) wins over the browser's languages
  expect((await (await ask({ 'accept-language': 'ur', cookie: 'cc_locale=en' })).json()).message).toBe('There is no quiz with that id.');
  // zod field messages are translated too
  const bad = await request.post('/api/practice/paktika-practice/items/numbers-71-militants', {
    data: Buffer.from('{not json'),
    headers: { 'content-type': 'application/json', 'accept-language': 'ur' },
  });
  expect(await bad.json()).toEqual({ code: 'bad_request:json', message: 'درخواست کا مواد درست JSON نہیں ہے۔' });
  // the proxy's refusal of a server action that carries no form data
  const action = await request.post('/teacher/sign-in', {
    data: Buffer.from('[]'),
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'next-action': '7f00aa', 'accept-language': 'ur' },
  });
  expect(action.status()).toBe(400);
  expect(await action.text()).toBe('یہ فارم پڑھا نہیں جا سکا۔ صفحہ دوبارہ لوڈ کر کے پھر کوشش کریں۔');
});
