// Hostile names and titles render as text wherever they appear; over-long input is refused with a clear message;
// a closed assignment's code opens nothing.
import type { Browser, Page } from '@playwright/test';
import { createAssignment, signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

// Chromium now and then asks for /favicon.ico (there is none: the icon is /icon.svg) and logs the 404; that is not
// this spec's business.
test.use({ allowedConsoleErrors: [/favicon\.ico/] });

const CLASS_TITLE = `<img src=x onerror=alert('class')> 7B "Q" & <script>alert(2)</script>`;
// typed → shown (control and format characters such as the right-to-left override are dropped)
const NAMES: Array<[string, string]> = [
  ['<script>alert(1)</script>', '<script>alert(1)</script>'],
  ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
  ['\u202Eevil', 'evil'],
  ['Zoë 🦊🌍', 'Zoë 🦊🌍'],
];

/** Fails the test if anything on the page opens a dialog (alert, confirm, prompt). */
function watchDialogs(page: Page, seen: string[]) {
  page.on('dialog', (d) => {
    seen.push(`${page.url()}: ${d.message()}`);
    void d.dismiss();
  });
}

async function expectNoInjectedMarkup(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // (the page's own data scripts hold the names as JSON strings; a script made of one is what must not exist)
  expect(await page.locator('script').evaluateAll((els) => els.filter((e) => /^\s*alert\(/.test(e.textContent ?? '')).length)).toBe(0);
}

async function join(browser: Browser, code: string, typed: string, dialogs: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  watchDialogs(page, dialogs);
  await page.goto(`/join/${code}`);
  await page.getByLabel('Your name').fill(typed);
  await page.getByRole('button', { name: 'Join and start' }).click();
  await expect(page).toHaveURL(/\/a\/[0-9a-f-]{36}$/);
  return { context, page };
}

test('hostile names and class titles show as plain text to students and the teacher; no script runs', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const dialogs: string[] = [];
  watchDialogs(page, dialogs);
  await signUpTeacher(page);
  const { code, shareUrl } = await createAssignment(page, { className: CLASS_TITLE, mode: /^After each question/ });
  const assignmentId = /assignments\/([0-9a-f-]{36})\/share/.exec(shareUrl)?.[1];

  // share page: the title is text
  await expect(page.getByText(CLASS_TITLE).first()).toBeVisible();
  await expectNoInjectedMarkup(page);

  for (const [typed, shown] of NAMES) {
    const { context, page: s } = await join(browser, code, typed, dialogs);
    await expect(s.getByText(`${CLASS_TITLE} · answering as ${shown}`, { exact: true })).toBeVisible();
    expect(await s.getByText(/answering as/).textContent()).not.toContain('\u202E');
    await expectNoInjectedMarkup(s);
    // the join page, seen again from this device, names the student and the class as text too
    await s.goto(`/join/${code}`);
    await expect(s.getByText(`This device has already joined as ${shown}.`, { exact: true })).toBeVisible();
    await expect(s.getByText(`Class: ${CLASS_TITLE}`)).toBeVisible();
    await expectNoInjectedMarkup(s);
    await context.close();
  }

  // the teacher's class page and results page
  await page.getByRole('link', { name: `← Back to ${CLASS_TITLE}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: CLASS_TITLE })).toBeVisible();
  await expectNoInjectedMarkup(page);
  await page.goto(`/teacher/assignments/${assignmentId}/results`);
  for (const [, shown] of NAMES) await expect(page.getByText(shown, { exact: true }).first()).toBeVisible();
  await expectNoInjectedMarkup(page);
  await page.goto('/teacher');
  await expect(page.getByText(CLASS_TITLE).first()).toBeVisible();

  expect(dialogs).toEqual([]);
});

test('a 10 kB name is refused with a clear message, even when the browser’s own length limit is removed', async ({ page, browser }) => {
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: 'Long names 6E', mode: /^After each question/ });
  const context = await browser.newContext();
  const s = await context.newPage();
  await s.goto(`/join/${code}`);
  const name = s.getByLabel('Your name');
  await name.evaluate((el) => el.removeAttribute('maxlength')); // as a script or an old browser would
  await name.fill('x'.repeat(10_000));
  await s.getByRole('button', { name: 'Join and start' }).click();
  await expect(s.getByText('Use a shorter name (at most 40 characters).')).toBeVisible();
  await expect(s).toHaveURL(new RegExp(`/join/${code}$`));
  expect((await context.cookies()).some((c) => c.name.startsWith('cc_student_'))).toBe(false);

  // a long class title is refused the same way
  await page.goto('/teacher');
  const title = page.getByLabel('Class name');
  await title.evaluate((el) => el.removeAttribute('maxlength'));
  await title.fill('T'.repeat(10_000));
  await page.getByRole('button', { name: 'Create class' }).click();
  await expect(page.getByText('Keep the class name under 80 characters.')).toBeVisible();
  await context.close();
});

test('the code of a closed assignment no longer lets anyone join', async ({ page, browser }) => {
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: 'Closing 5F', mode: /^After handing in/ });
  await page.getByRole('link', { name: '← Back to Closing 5F' }).click();
  await page.getByRole('button', { name: new RegExp(`^Close .*\\(${code}\\)$`) }).click();
  await expect(page.getByRole('listitem').filter({ hasText: code })).toContainText('— Closed');

  const context = await browser.newContext();
  const s = await context.newPage();
  await s.goto(`/join/${code}`);
  await expect(s.getByRole('heading', { level: 1, name: 'That code does not open a quiz' })).toBeVisible();
  await expect(s.getByRole('button', { name: 'Join and start' })).toHaveCount(0);
  await context.close();
});
