// Holes an outside probe found (issue 11), each closed and checked over real HTTP against the production build:
// bad input is a 4xx, never a 500, and a server action from another site is a 403.
import type { Page, Request } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { quiz } from './helpers/content';
import { ADMIN, createAssignment, signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

test.use({ allowedConsoleErrors: [/favicon\.ico|status of 404/] });

const EVIL = 'https://evil.example';

test('a join link with invalid percent-encoding is a 404 page, not a 500', async ({ page }) => {
  const res = await page.goto('/join/%ff%fe');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('an assessment quiz is never listed and never served by a practice page or API: 404', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: quiz().title })).toBeVisible();
  await expect(page.getByText('Fixture quiz on the river flood')).toHaveCount(0);
  for (const path of ['/quiz/river-flood-quiz', '/quiz/river-flood-quiz/play', '/quiz/river-flood-quiz/results']) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    expect(await res?.text(), path).not.toMatch(/worst in a century|weather office/);
  }
  const answer = { response: { type: 'classify', status: 'claim' }, confidence: 'sure' };
  const one = await request.post('/api/practice/river-flood-quiz/items/worst-century', { data: answer });
  expect(one.status()).toBe(404);
  const all = await request.post('/api/practice/river-flood-quiz/results', { data: { answers: { 'worst-century': answer } } });
  expect(all.status()).toBe(404);
});

/** The sign-in form's server action, as the browser sent it (no account needed: a wrong password will do). */
async function signInAction(page: Page): Promise<Request> {
  await page.goto('/teacher/sign-in');
  await page.getByLabel('Email').fill('nobody@school.test');
  await page.getByLabel('Password').fill('not the password');
  const sent = page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return sent;
}

test('a server action is refused with 403 from another site and with 400 without form data, never a 500', async ({ page, baseURL }) => {
  const action = await signInAction(page);
  const h = action.headers();
  const post = (headers: Record<string, string>, data: string | Buffer) =>
    page.context().request.post(action.url(), {
      headers: { 'next-action': h['next-action']!, accept: 'text/x-component', ...headers },
      data,
      maxRedirects: 0,
    });
  const form = { 'content-type': h['content-type']! };
  const body = action.postDataBuffer()!;

  // another site, an opaque origin, or no Origin but a browser saying "cross-site": 403 with a clear message
  const foreign: Record<string, string>[] = [{ origin: EVIL }, { origin: 'null' }, { 'sec-fetch-site': 'cross-site' }];
  for (const headers of foreign) {
    const res = await post({ ...form, ...headers }, body);
    expect(res.status(), JSON.stringify(headers)).toBe(403);
    expect(await res.text()).toMatch(/sent from another website/);
  }
  // a plain object, or no arguments at all, instead of form data: 400
  for (const args of ['[{"email":"x"}]', '[]']) {
    const res = await post({ origin: baseURL!, 'content-type': 'text/plain;charset=UTF-8' }, args);
    expect(res.status(), args).toBe(400);
    expect(await res.text()).toMatch(/could not be read/);
  }
  // form data whose arguments are plain objects reaches the action, which answers with a message, not a crash
  const boundary = '----probe';
  const objects = `--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{"status":"idle"},{"email":"x"}]\r\n--${boundary}--\r\n`;
  const res = await post({ origin: baseURL!, 'content-type': `multipart/form-data; boundary=${boundary}` }, objects);
  expect(res.status()).toBeLessThan(500);
  // positive control: the browser's own request, from our origin, reaches the password check
  expect((await post({ ...form, origin: baseURL! }, body)).status()).toBe(200);
});

test('nobody makes their own teacher account: no form without an invite, and the API refuses', async ({ page, request }) => {
  await page.goto('/teacher/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Teacher accounts are by invitation' })).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveCount(0);
  const email = `self-made-${Date.now()}@school.test`;
  const res = await request.post('/api/auth/sign-up/email', {
    headers: { origin: page.url().replace(/\/teacher.*$/, '') },
    data: { name: 'Self made', email, password: 'correct horse battery' },
  });
  expect(res.status()).toBe(403);
  const signIn = await request.post('/api/auth/sign-in/email', { data: { email, password: 'correct horse battery' } });
  expect(signIn.status()).toBe(401);
  // so the teacher's guide, with every key, stays behind the sign-in
  const guide = await request.get('/teacher/guide/paktika-practice', { maxRedirects: 0 });
  expect(guide.status()).toBeGreaterThanOrEqual(300);
  expect(await guide.text()).not.toMatch(/How a fact-checker reasons/);
});

test('unlimited guessing: a new X-Forwarded-For per request does not reset the per-account limit', async ({ page, request }) => {
  const { email } = await signUpTeacher(page);
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await request.post('/api/auth/sign-in/email', {
      headers: { 'x-forwarded-for': `198.18.9.${i + 1}` },
      data: { email, password: i === 5 ? 'correct horse battery' : `guess ${i}` },
    });
    statuses.push(res.status());
  }
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
});

test('an admin disables a teacher: their open session ends at once', async ({ page, browser }) => {
  const { email } = await signUpTeacher(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const context = await browser.newContext();
  const admin = await context.newPage();
  await admin.goto('/teacher/sign-in');
  await admin.getByLabel('Email').fill(ADMIN.email);
  await admin.getByLabel('Password').fill(ADMIN.password);
  await admin.getByRole('button', { name: 'Sign in' }).click();
  await expect(admin).toHaveURL(/\/teacher$/);
  await admin.goto('/teacher/admin');
  await expectNoAxeViolations(admin, '/teacher/admin');
  const row = admin.getByRole('row').filter({ hasText: email });
  await row.getByRole('button', { name: /^Disable / }).click();
  await expect(row.getByText(/is disabled and signed out everywhere/)).toBeVisible();
  await context.close();
  await page.goto('/teacher');
  await expect(page).toHaveURL(/\/teacher\/sign-in/);
});

test('join pages are never stored, so Back cannot replay a join form and its one-time key', async ({ request }) => {
  for (const path of ['/join', '/join/ABCDEF']) {
    const res = await request.get(path);
    expect(res.headers()['cache-control'], path).toMatch(/no-store/);
  }
});

test('a join form\'s one-time key: spent by its join, and worthless on another device', async ({ page, browser }) => {
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: 'Keys 8K', mode: /^After handing in/ });
  const joinWith = async (s: Page, name: string, key?: string) => {
    await s.goto(`/join/${code}`);
    const hidden = s.locator('input[name="joinKey"]');
    const issued = await hidden.inputValue();
    if (key) await hidden.evaluate((el, v) => ((el as HTMLInputElement).value = v), key);
    await s.getByLabel('Your name').fill(name);
    await s.getByRole('button', { name: 'Join and start' }).click();
    return issued;
  };
  const first = await browser.newContext();
  const a = await first.newPage();
  const key = await joinWith(a, 'Noor Shah');
  await expect(a.getByText('answering as Noor Shah')).toBeVisible();
  // another device sends Noor's form, key and name: refused, and it is nobody in the class
  const second = await browser.newContext();
  const b = await second.newPage();
  await joinWith(b, 'Noor Shah', key);
  await expect(b.getByText(/This join form was used already or opened on another device/)).toBeVisible();
  expect((await second.cookies()).some((c) => c.name.startsWith('cc_student_'))).toBe(false);
  // the same device replays its spent form (Back on a shared computer): refused as well
  await joinWith(a, 'Noor Shah', key);
  await expect(a.getByText(/This join form was used already or opened on another device/)).toBeVisible();
  // a fresh form on the other device joins as a new student, never as Noor
  await joinWith(b, 'Noor Shah');
  await expect(b.getByText('answering as Noor Shah (2)')).toBeVisible();
  await first.close();
  await second.close();
});

test('a roster class: a student picks their name and types their code; no made-up names', async ({ page, browser }) => {
  await signUpTeacher(page);
  await page.getByLabel('Class name').fill('Roster 9R');
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roster 9R' })).toBeVisible();
  await page.getByLabel(/^Names, one a line/).fill('name\nAna Diaz\nBen Okafor\n');
  await page.getByRole('button', { name: 'Import names' }).click();
  await expect(page.getByText(/^2 students added/)).toBeVisible();
  await expectNoAxeViolations(page, 'class page with a roster');
  await page.getByRole('radio', { name: /^After handing in/ }).check();
  await page.getByRole('button', { name: 'Create assignment and get the code' }).click();
  await expect(page).toHaveURL(/\/share$/);
  const code = ((await page.getByLabel(/^Join code:/).getAttribute('aria-label')) ?? '').replace('Join code:', '').replace(/\s+/g, '');
  await page.goBack();
  await page.getByRole('link', { name: /^Class sheet/ }).click();
  const personal = (await page.getByRole('row', { name: /Ana Diaz/ }).getByRole('cell').textContent())?.trim() ?? '';
  expect(personal).toMatch(/^[A-Z2-9]{6}$/);
  await expectNoAxeViolations(page, 'class sheet');

  const context = await browser.newContext();
  const s = await context.newPage();
  await s.goto(`/join/${code}`);
  await expect(s.getByLabel('Your name', { exact: true })).toHaveJSProperty('tagName', 'SELECT');
  await expectNoAxeViolations(s, 'roster join page');
  await s.getByLabel('Your name', { exact: true }).selectOption({ label: 'Ana Diaz' });
  await s.getByLabel('Your personal code').fill('WRONG2');
  await s.getByRole('button', { name: 'Join and start' }).click();
  await expect(s.getByText(/do not match/).first()).toBeVisible();
  await s.getByLabel('Your personal code').fill(personal.toLowerCase());
  await s.getByRole('button', { name: 'Join and start' }).click();
  await expect(s.getByText('answering as Ana Diaz')).toBeVisible();
  await context.close();
});

test('a shared computer: "Leave this class on this device" ends the membership and clears the answers', async ({ page, browser }) => {
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: 'Shared 7S', mode: /^After handing in/ });
  const context = await browser.newContext();
  const s = await context.newPage();
  await s.goto(`/join/${code}`);
  await s.getByLabel('Your name').fill('First Student');
  await s.getByRole('button', { name: 'Join and start' }).click();
  await expect(s.getByText('answering as First Student')).toBeVisible();
  const assignmentUrl = s.url();
  const cookie = (await context.cookies()).find((c) => c.name.startsWith('cc_student_'));
  expect(cookie).toBeDefined();
  await s.getByRole('button', { name: 'Leave this class on this device' }).click();
  await expect(s).toHaveURL(/\/join(\/[A-Z0-9]+)?$/);
  expect((await context.cookies()).some((c) => c.name.startsWith('cc_student_'))).toBe(false);
  expect(await s.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('claimcheck:attempt:')))).toEqual([]);
  // the old cookie, copied before, no longer opens the attempt either
  await context.addCookies([cookie!]);
  await s.goto(assignmentUrl);
  await expect(s).toHaveURL(new RegExp(`/join/${code}$`));
  await context.close();
});
