// Edit a library quiz: a teacher duplicates a shipped lesson, opens their copy in the editor, changes the prompt of
// an order item and a match claim's feedback (types the assistant never drafts), the checks stay green, publishes,
// and the library and the preview show the change; once a student has started it, the next edit is version 2.
// The editor is axe-clean and has no sideways scroll at 360 px.
// Another teacher sees the shared copy read-only: no Edit, and the draft's address is a 404 to them.
import type { Browser, Locator, Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { items, quiz } from './helpers/content';
import { signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

test.use({ allowedConsoleErrors: [/status of 404/] });

const shipped = quiz('paktika-practice');
const copyTitle = `${shipped.title} (copy)`;
// renamed in the editor: the library spec shares a copy of the same lesson under copyTitle on the same database
const EDITED = `${shipped.title}, edited in the editor`;
const ADDED_PROMPT = ' Start with the Taliban government.';
const ADDED_FEEDBACK = ' Look for the word “said”.';

const section = (page: Page, name: string) => page.getByRole('region', { name });
const entry = (list: Locator, title: string) =>
  list.getByRole('listitem').filter({ has: list.page().getByRole('heading', { level: 3, name: title, exact: true }) });
const itemOf = (page: Page, kind: string) => page.locator('fieldset[data-item]').filter({ has: page.locator(':scope > legend', { hasText: kind }) });
const publishHint = (page: Page) => page.locator('[id$="-why"]');

async function append(field: Locator, text: string) {
  await field.click();
  await field.press('End');
  await field.pressSequentially(text);
}

/** The teacher sets the quiz for a new class; a student joins with the code and is on question 1 (their attempt). */
async function studentStarts(page: Page, browser: Browser, title: string) {
  await page.goto('/teacher');
  await page.getByLabel('Class name').fill('9A Edited lesson');
  await page.getByRole('button', { name: 'Create class' }).click();
  const select = page.getByLabel('Quiz', { exact: true });
  await select.selectOption((await select.locator('option', { hasText: title }).getAttribute('value'))!);
  await page.getByRole('radio', { name: /^After each question/ }).check();
  await page.getByRole('button', { name: 'Create assignment and get the code' }).click();
  const code = ((await page.getByLabel(/^Join code:/).getAttribute('aria-label')) ?? '').replace(/Join code:|\s+/g, '');
  const student = await (await browser.newContext()).newPage();
  await student.goto(`/join`);
  await student.getByLabel('Join code').fill(code);
  await student.getByRole('button', { name: 'Continue' }).click();
  await student.getByLabel('Your name').fill('Noor');
  await student.getByRole('button', { name: 'Join and start' }).click();
  await expect(student.getByText(/^Question 1 of \d+/)).toBeVisible();
  await student.context().close();
}

async function noSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'horizontal scroll at 360 px').toBeLessThanOrEqual(0);
}

test('duplicate a shipped lesson, edit an order prompt and a match feedback, publish; the preview shows it', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signUpTeacher(page);
  await page.goto('/teacher/quizzes');
  await expect(entry(section(page, 'Claimcheck’s quizzes'), shipped.title).getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await entry(section(page, 'Claimcheck’s quizzes'), shipped.title).getByRole('button', { name: /^Duplicate/ }).click();
  await expect(page.getByText(`Copied as “${copyTitle}”`)).toBeVisible();
  const own = entry(section(page, 'Your quizzes'), copyTitle);
  const copyId = ((await own.getByRole('link', { name: 'Preview' }).getAttribute('href')) ?? '').match(/(tq-[0-9a-f]{16})/)![1]!;

  await own.getByRole('button', { name: /^Edit/ }).click();
  await expect(page).toHaveURL(/\/teacher\/drafts\/[0-9a-f-]{36}$/);
  const draftUrl = page.url();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Quiz draft: ${copyTitle}`);
  await expect(page.locator('fieldset[data-item]')).toHaveCount(shipped.sections.reduce((n, s) => n + s.items.length, 0));
  await expect(publishHint(page)).toHaveText('All checks pass.', { timeout: 30_000 });
  await page.getByText('Article and quiz details').click();
  await expect(page.getByLabel('Note about the article')).toHaveValue(/reproduced as supplied/);
  await page.getByLabel('Quiz title').fill(EDITED);

  const order = itemOf(page, 'Order the steps');
  const match = itemOf(page, 'Match claims to parties');
  const prompt = order.getByLabel('Prompt');
  const original = await prompt.inputValue();
  await append(prompt, ADDED_PROMPT);
  await append(match.getByLabel('Feedback for claim 1'), ADDED_FEEDBACK);
  // the right order is changed by keyboard-operable buttons: down and back up leaves the key as it was
  const steps = order.getByRole('list').first().getByRole('listitem');
  const firstStep = (await steps.first().locator('span').first().textContent()) ?? '';
  await order.getByRole('button', { name: /^Move down/ }).first().click();
  await expect(steps.nth(1).locator('span').first()).toHaveText(firstStep);
  await order.getByRole('button', { name: /^Move up/ }).nth(1).click();
  await expect(steps.first().locator('span').first()).toHaveText(firstStep);
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 20_000 });
  await expect(publishHint(page)).toHaveText('All checks pass.', { timeout: 30_000 });
  await expect(order.getByText('No findings.')).toBeVisible();
  await expect(match.getByText('No findings.')).toBeVisible();
  await expectNoAxeViolations(page, 'editor on a duplicated lesson');
  await page.setViewportSize({ width: 360, height: 800 });
  await noSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('button', { name: 'Publish the changes' }).click();
  await expect(page.getByText(`Published “${EDITED}”.`)).toBeVisible({ timeout: 30_000 });

  // the library: the same quiz, now published; a second Edit opens the same draft with the change kept
  await page.goto('/teacher/quizzes');
  const mine = entry(section(page, 'Your quizzes'), EDITED);
  await expect(mine).toContainText('Published');
  await expect(mine).toContainText('version 1'); // nobody has started it yet: edited in place
  await expect(section(page, 'Your quizzes').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) })).toHaveCount(1);
  await mine.getByRole('button', { name: /^Edit/ }).click();
  await expect(page).toHaveURL(draftUrl);
  await expect(itemOf(page, 'Order the steps').getByLabel('Prompt')).toHaveValue(original + ADDED_PROMPT);

  // the preview runs the published version on the real player
  await page.goto(`/teacher/quizzes/${copyId}/preview`);
  const at = items(shipped).findIndex((i) => i.type === 'order');
  for (let n = 0; n < at; n++) {
    await expect(page.getByText(`Question ${n + 1} of`)).toBeVisible();
    await page.getByRole('button', { name: 'Skip for now' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(original + ADDED_PROMPT);

  // once a student has started it, the next edit is the next version; the preview runs it
  await studentStarts(page, browser, EDITED);
  await page.goto('/teacher/quizzes');
  await mine.getByRole('button', { name: /^Edit/ }).click();
  await expect(page).toHaveURL(draftUrl);
  await append(itemOf(page, 'Order the steps').getByLabel('Prompt'), ' Then AFP.');
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 20_000 });
  await expect(publishHint(page)).toHaveText('All checks pass.', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Publish the changes' }).click();
  await expect(page.getByText(`Published “${EDITED}”.`)).toBeVisible({ timeout: 30_000 });
  await page.goto('/teacher/quizzes');
  await expect(mine).toContainText('version 2');
  await page.goto(`/teacher/quizzes/${copyId}/preview`);
  await expect(page.getByText('Preview of version 2')).toBeVisible();

  // another teacher: shared to the library, it is read-only (no Edit), and the draft is a 404 to them
  await page.goto('/teacher/quizzes');
  await mine.getByRole('button', { name: /^Share to the library/ }).click();
  await expect(mine.getByText('Shared to the library: other teachers')).toBeVisible();
  const page2 = await (await browser.newContext()).newPage();
  await signUpTeacher(page2);
  expect((await page2.goto(draftUrl))?.status()).toBe(404);
  await page2.goto('/teacher/quizzes');
  const shared = entry(section(page2, 'Shared by other teachers'), EDITED);
  await expect(shared.getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await expect(shared).toContainText('Read-only');
  await page2.context().close();
});
