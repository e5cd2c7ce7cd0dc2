// Cookies, cross-site requests and the sign-up limit, checked over real HTTP against the production build.
import crypto from 'node:crypto';
import type { Browser, Page, Request } from '@playwright/test';
import { createAssignment, inviteLink, signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

// Chromium now and then asks for /favicon.ico (there is none: the icon is /icon.svg) and logs the 404; that is not
// this spec's business.
test.use({ allowedConsoleErrors: [/favicon\.ico/] });

const EVIL = 'https://evil.example';
// a network address of this run's own (the e2e server trusts one proxy hop: TRUST_PROXY=1), so limits never spill over
const freshAddress = () => `198.18.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;

async function studentJoins(browser: Browser, code: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/join/${code}`);
  await page.getByLabel('Your name').fill(name);
  const action = page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined);
  await page.getByRole('button', { name: 'Join and start' }).click();
  const request = await action;
  const sent = await request.allHeaders(); // with the cookies, read while the page is open
  await expect(page.getByText(`answering as ${name}`)).toBeVisible();
  return { context, page, action: request, cookie: sent.cookie };
}

function attemptIdOf(html: string): string {
  const id = /\/api\/attempts\/([0-9a-f-]{36})\/items/.exec(html)?.[1];
  if (!id) throw new Error('no attempt id in the assignment page');
  return id;
}

test('the session and device cookies are HttpOnly and SameSite=Lax, and not Secure over http', async ({ page, browser }) => {
  const signUp = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/teacher/sign-up'));
  await signUpTeacher(page);
  const setCookie = (await (await signUp).headerValue('set-cookie')) ?? '';
  expect(setCookie).toMatch(/better-auth\.session_token=[^;]+;.*HttpOnly/i);
  expect(setCookie).toMatch(/better-auth\.session_token=[^;]+;.*SameSite=Lax/i);
  expect(setCookie).not.toMatch(/;\s*Secure/i);
  const session = (await page.context().cookies()).find((c) => c.name === 'better-auth.session_token');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });

  const { code } = await createAssignment(page, { className: 'Cookies 8A', mode: /^After each question/ });
  const student = await studentJoins(browser, code, 'Cookie Tester');
  const joined = await student.action.response();
  const deviceCookie = (await joined?.headerValues('set-cookie'))?.find((c) => c.startsWith('cc_student_')) ?? '';
  expect(deviceCookie).toMatch(/^cc_student_[0-9a-f]{32}=[^;]+;.*HttpOnly.*/i);
  expect(deviceCookie).toMatch(/SameSite=Lax/i);
  const device = (await student.context.cookies()).find((c) => c.name.startsWith('cc_student_'));
  expect(device).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false, path: '/' });
  // script in the page cannot read either cookie
  expect(await student.page.evaluate(() => document.cookie)).not.toMatch(/cc_student_/);
  expect(await page.evaluate(() => document.cookie)).not.toMatch(/session_token/);
  await student.context.close();
});

test('the answer and hand-in APIs refuse a request from another site with 403 and a clear message', async ({ page, browser, baseURL }) => {
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: 'CSRF 9C', mode: /^After handing in/ });
  const { context, page: s } = await studentJoins(browser, code, 'Rae');
  const attemptId = attemptIdOf(await (await context.request.get(s.url())).text());
  const save = `/api/attempts/${attemptId}/items/numbers-71-militants`;
  const answer = { response: { type: 'classify', status: 'claim' }, confidence: 'sure', clientSeq: 1 };

  const forged = await context.request.post(save, { headers: { origin: EVIL }, data: answer });
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toEqual({
    code: 'forbidden:cross_origin',
    message: 'This request came from another website, so it was refused. Open Claimcheck itself and try again.',
  });
  const noOrigin = await context.request.post(save, { headers: { 'sec-fetch-site': 'cross-site' }, data: answer });
  expect(noOrigin.status()).toBe(403);
  const handIn = await context.request.post(`/api/attempts/${attemptId}/submit`, { headers: { origin: EVIL }, data: {} });
  expect(handIn.status()).toBe(403);
  const practice = await context.request.post('/api/practice/paktika-practice/items/numbers-71-militants', { headers: { origin: EVIL }, data: answer });
  expect(practice.status()).toBe(403);

  // the forged hand-in did nothing: from our own origin, saving still works (it would be refused after a hand-in)
  const own = await context.request.post(save, { headers: { origin: baseURL! }, data: answer });
  expect(own.status()).toBe(200);
  expect(await own.text()).toBe('{"saved":true}');
  const ownHandIn = await context.request.post(`/api/attempts/${attemptId}/submit`, { headers: { origin: baseURL! }, data: {} });
  expect(await ownHandIn.json()).toMatchObject({ submitted: true });
  await context.close();
});

// The join exactly as the student's browser sent it (its cookies too: the form's one-time key is bound to that
// browser's join-device cookie), with only the Origin changed.
async function replay(browser: Browser, { action, cookie }: { action: Request; cookie?: string }, origin: string) {
  const context = await browser.newContext();
  const h = action.headers();
  const res = await context.request.post(action.url(), {
    headers: {
      origin,
      ...(cookie ? { cookie } : {}),
      'content-type': h['content-type']!,
      'next-action': h['next-action']!,
      accept: h.accept ?? 'text/x-component',
      ...(h['next-router-state-tree'] ? { 'next-router-state-tree': h['next-router-state-tree'] } : {}),
    },
    data: action.postDataBuffer()!,
    maxRedirects: 0,
  });
  const cookies = await context.cookies();
  await context.close();
  return { status: res.status(), joined: cookies.some((c) => c.name.startsWith('cc_student_')) };
}

test('a server action posted from another site is refused by Next (Origin against Host), ours goes through', async ({ page, browser, baseURL }) => {
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: 'Actions 7D', mode: /^After each question/ });
  const joined = await studentJoins(browser, code, 'Original');
  await joined.context.close();
  const forged = await replay(browser, joined, EVIL);
  expect(forged.joined).toBe(false);
  expect(forged.status).toBeGreaterThanOrEqual(400);
  // positive control: the same request from our own origin joins
  expect((await replay(browser, joined, baseURL!)).joined).toBe(true);
});

test('better-auth refuses sign-in and sign-out from another site', async ({ page, request, baseURL }) => {
  const ip = freshAddress();
  const signIn = (headers: Record<string, string>) =>
    request.post('/api/auth/sign-in/email', {
      headers: { 'x-forwarded-for': ip, ...headers },
      data: { email: 'nobody@school.test', password: 'not the password' },
    });
  expect((await signIn({ origin: EVIL })).status()).toBe(403);
  expect((await signIn({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' })).status()).toBe(403);
  expect((await signIn({ origin: baseURL! })).status()).toBe(401); // ours reaches the password check

  await signUpTeacher(page);
  const api = page.context().request;
  expect((await api.post('/api/auth/sign-out', { headers: { origin: EVIL }, data: {} })).status()).toBe(403);
  expect(await (await api.get('/api/auth/get-session')).json()).toMatchObject({ user: { name: 'Ms Rahimi' } });
});

async function signUpAttempt(page: Page, n: number) {
  await page.goto(await inviteLink(page, `limit ${n}`));
  await page.getByLabel('Your name').fill(`Teacher ${n}`);
  await page.getByLabel('Email').fill(`limit-${Date.now()}-${n}@school.test`);
  await page.getByLabel('Password', { exact: true }).fill('correct horse battery');
  await page.getByRole('button', { name: 'Create account' }).click();
}

test('one network address can create 30 teacher accounts an hour, then is told to wait', async ({ browser }) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
  const page = await context.newPage();
  for (let n = 1; n <= 30; n++) {
    await signUpAttempt(page, n);
    await expect(page).toHaveURL(/\/teacher$/);
    await context.clearCookies();
  }
  await signUpAttempt(page, 31);
  await expect(page.getByText(/^Too many accounts were created from this network\. Wait \d+ minutes? and try again\.$/)).toBeVisible();
  await expect(page).toHaveURL(/\/teacher\/sign-up\?invite=/);
  await context.close();
});

test('after 5 wrong passwords for one email, sign-in asks to wait, even with the right password', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': freshAddress() } });
  const page = await context.newPage();
  const { email } = await signUpTeacher(page);
  await context.clearCookies();
  const signIn = async (password: string) => {
    await page.goto('/teacher/sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };
  for (let n = 0; n < 5; n++) {
    await signIn(`wrong password ${n}`);
    await expect(page.getByText('That email and password do not match an account. Check both and try again.')).toBeVisible();
  }
  await signIn('correct horse battery');
  await expect(page.getByText(/^Too many sign-in attempts\. Wait \d+ minutes? and try again\.$/)).toBeVisible();
  await expect(page).toHaveURL(/\/teacher\/sign-in$/);
  await context.close();
});
