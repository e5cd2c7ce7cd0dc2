import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { answerItem } from './helpers/answer';
import { items } from './helpers/content';
import { createAssignment, signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

const all = items();

async function axe(page: Page, label: string) {
  await expect(page).toHaveTitle(/\S/); // streamed pages get their <title> after the shell
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
}

async function studentJoins(browser: Browser, code: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/join');
  await axe(page, 'join');
  await page.getByLabel('Join code').fill(code.toLowerCase());
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Your name').fill(name);
  await axe(page, 'join with code');
  await page.getByRole('button', { name: 'Join and start' }).click();
  await expect(page.getByText(`answering as ${name}`)).toBeVisible();
  return { context, page };
}

test('a teacher assigns the quiz with feedback after each question; a student joins by code, resumes after a reload and hands in', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signUpTeacher(page);
  await axe(page, 'teacher dashboard');
  const { code } = await createAssignment(page, { className: '9B Media literacy', mode: /^After each question/ });
  await axe(page, 'share page');
  await expect(page.getByRole('img', { name: /QR code for .*\/join\// })).toBeVisible();

  const student = await studentJoins(browser, code, '  Sam   Lee ');
  const s = student.page;
  await expect(s.getByText('answering as Sam Lee')).toBeVisible();
  await answerItem(s, all[0]!, 'mouse');
  await s.getByRole('button', { name: 'Next question' }).click();
  await answerItem(s, all[1]!, 'mouse');
  await s.getByRole('button', { name: 'Next question' }).click();
  await s.reload();
  await expect(s.getByText(`Question 3 of ${all.length}`)).toBeVisible();
  await expect(s.getByText(`2 of ${all.length} answered`)).toBeVisible();
  await axe(s, 'assignment question');

  // the same name in the same class is told apart
  const twin = await studentJoins(browser, code, 'Sam Lee');
  await expect(twin.page.getByText('answering as Sam Lee (2)')).toBeVisible();

  for (let n = 2; n < all.length - 1; n++) await s.getByRole('button', { name: 'Skip for now' }).click();
  await s.getByRole('button', { name: 'Hand in' }).click();
  await expect(s.getByRole('alertdialog')).toContainText(`You have answered 2 of ${all.length} questions`);
  await s.getByRole('button', { name: 'Yes, hand in' }).click();
  await expect(s.getByRole('heading', { level: 1, name: /Your results/ })).toBeVisible();
  await expect(s.getByText(`You scored 2 out of ${all.length} points.`)).toBeVisible();
  await axe(s, 'assignment results');
  await student.context.close();
  await twin.context.close();
});

test('with feedback after handing in, a save carries no sign of right or wrong, and nobody else can use the attempt', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: '10A', mode: /^After handing in/ });
  const { context, page: s } = await studentJoins(browser, code, 'Ana');

  const first = all[0]!;
  const reply = s.waitForResponse((r) => r.url().includes('/api/attempts/') && r.request().method() === 'POST');
  await s.getByRole('radio').first().check();
  await s.getByRole('radio', { name: 'Sure', exact: true }).check();
  await s.getByRole('button', { name: 'Save answer' }).click();
  const res = await reply;
  expect(await res.json()).toEqual({ saved: true });
  await expect(s.getByText('Saved. You will see feedback and your score after you hand in.')).toBeVisible();
  await expect(s.getByRole('heading', { name: 'How a fact-checker reasons' })).toHaveCount(0);
  const attemptUrl = res.url();

  // another device (no cookie for this class, or another student's cookie) cannot save into this attempt
  const other = await studentJoins(browser, code, 'Ben');
  const intruder = await other.context.request.post(attemptUrl, {
    data: { response: { type: first.type === 'single' ? 'single' : 'classify', status: 'claim' }, clientSeq: 99 },
  });
  expect(intruder.status()).toBe(404);
  const stranger = await browser.newContext();
  expect((await stranger.request.post(attemptUrl, { data: {} })).status()).toBe(404);
  await stranger.close();
  await other.context.close();
  await context.close();
});

test.describe('unknown codes', () => {
  test.use({ allowedConsoleErrors: [] });
  test('a code that opens nothing says so', async ({ page }) => {
    await page.goto('/join/ZZZZZZ');
    await expect(page.getByRole('heading', { level: 1, name: 'That code does not open a quiz' })).toBeVisible();
    await page.goto('/join?code=no!');
    await expect(page.getByText('is not a join code')).toBeVisible();
  });
});

test('dates read in the reader’s own locale: month-day in en-US, day-month in de-DE', async ({ page, browser }) => {
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: '8C Dates', mode: /^After each question/ });
  const dueIn = async (locale: string) => {
    const context = await browser.newContext({ locale, timezoneId: 'Asia/Karachi' });
    const p = await context.newPage();
    await p.goto(`/join/${code}`);
    const due = p.locator('time').first();
    await expect(due).not.toHaveText(/UTC$/); // the browser has taken over from the server's fixed UTC form
    const text = (await due.textContent()) ?? '';
    await context.close();
    return text;
  };
  expect(await dueIn('en-US')).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}/);
  expect(await dueIn('de-DE')).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/); // "08.12.2026, 22:00"
});
