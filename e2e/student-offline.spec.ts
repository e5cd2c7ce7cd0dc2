import { answerItem, fillAnswer } from './helpers/answer';
import { items } from './helpers/content';
import { createAssignment, signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

const all = items();

// A dropped connection logs failed fetches in the console; that is the scenario under test here.
test.use({ allowedConsoleErrors: [/Failed to load resource|ERR_INTERNET_DISCONNECTED|Failed to fetch/] });

test('answers given offline wait on the device, survive a reload while offline, and are saved once when back online', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: 'Offline class', mode: /^After handing in/ });

  const context = await browser.newContext();
  const s = await context.newPage();
  await s.goto(`/join/${code}`);
  await s.getByLabel('Your name').fill('Noor');
  await s.getByRole('button', { name: 'Join and start' }).click();
  await expect(s.getByText('answering as Noor')).toBeVisible();
  // the service worker must be in charge before the connection drops, so the page can reload offline
  await expect.poll(() => s.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);
  await s.reload();
  // nothing was sent from this page yet: no claim that anything is saved
  await expect(s.locator('[data-save]')).toHaveText('');

  await context.setOffline(true);
  for (const item of all.slice(0, 3)) {
    await fillAnswer(s, item, 'mouse');
    if (item.type !== 'written') await s.getByRole('radio', { name: 'Sure', exact: true }).check();
    await s.getByRole('button', { name: 'Save answer' }).click();
    await expect(s.getByText('Kept on this device; it will be sent')).toBeVisible();
    await s.getByRole('button', { name: 'Next question' }).click();
  }
  // the notice is stuck to the top of the viewport, and its live region says one sentence, the count beside it
  const offline = s.locator('[data-sync="offline"]');
  await expect(offline).toContainText('3 answers waiting');
  await expect(offline).toBeInViewport();
  await expect(offline.getByRole('status')).toHaveText(/^You are offline\. Keep going/);

  await s.reload();
  await expect(s.getByText(`Question 4 of ${all.length}`)).toBeVisible();
  await expect(offline).toContainText('3 answers waiting');
  await s.getByRole('heading', { name: 'The article' }).scrollIntoViewIfNeeded();
  await expect(offline).toBeInViewport();

  await context.setOffline(false);
  await expect(s.getByText('Saved', { exact: true })).toBeVisible({ timeout: 40_000 });
  await expect(offline).toHaveCount(0);
  // the server holds each answer once: a reload from the network shows the three as answered
  await s.reload();
  await expect(s.getByText(`3 of ${all.length} answered`)).toBeVisible();
  // the teacher's view holds every answer once
  await page.getByRole('link', { name: /See results/ }).click();
  await expect(page.getByRole('row', { name: /Noor/ })).toContainText(`3 of ${all.length}`);
  const csv = await page.request.get(page.url().split('?')[0] + '/answers.csv');
  expect((await csv.text()).split('\n').filter((line) => line.includes('Noor')).length).toBe(3);
  await context.close();
});

test('with feedback per question, an answer given offline gets its feedback once back online', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: 'Feedback class', mode: /^After each question/ });
  const context = await browser.newContext();
  const s = await context.newPage();
  await s.goto(`/join/${code}`);
  await s.getByLabel('Your name').fill('Ivo');
  await s.getByRole('button', { name: 'Join and start' }).click();
  await expect(s.getByText('answering as Ivo')).toBeVisible();

  await context.setOffline(true);
  const first = all[0]!;
  await fillAnswer(s, first, 'mouse');
  await s.getByRole('radio', { name: 'Sure', exact: true }).check();
  await s.getByRole('button', { name: 'Check answer' }).click();
  await expect(s.getByText('its feedback will appear when you are back online')).toBeVisible();
  await context.setOffline(false);
  await expect(s.getByRole('heading', { level: 2, name: 'Right' })).toBeVisible({ timeout: 40_000 });
  await s.getByRole('button', { name: 'Next question' }).click();
  await answerItem(s, all[1]!, 'mouse');
  await context.close();
});
