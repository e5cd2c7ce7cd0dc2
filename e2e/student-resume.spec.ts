import { answerItem, fillAnswer } from './helpers/answer';
import { items } from './helpers/content';
import { expect, test } from './fixtures';

const all = items();

test('a reload mid-quiz resumes at the same question with every answer and draft kept, with no hydration warning', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (/hydrat/i.test(m.text())) warnings.push(m.text());
  });
  await page.goto('/quiz/paktika-practice/play');
  for (const item of all.slice(0, 3)) {
    await answerItem(page, item, 'mouse');
    await page.getByRole('button', { name: 'Next question' }).click();
  }
  // a half-made answer on question 4: chosen but not yet checked
  const fourth = all[3]!;
  await fillAnswer(page, fourth, 'mouse');
  await page.getByRole('radio', { name: 'Fairly sure', exact: true }).check();

  await page.reload();
  await expect(page.getByText(`Question 4 of ${all.length}`)).toBeVisible();
  await expect(page.getByText(`3 of ${all.length} answered`)).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Fairly sure', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Right' })).toBeVisible();

  // back to an earlier question: its feedback is still there
  await page.getByRole('button', { name: 'Previous question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: all[2]!.prompt })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'How a fact-checker reasons' })).toBeVisible();
  expect(warnings).toEqual([]);
});

test('closing the tab and coming back later resumes from the quiz page', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/quiz/paktika-practice/play');
  await answerItem(first, all[0]!, 'mouse');
  await first.getByRole('button', { name: 'Next question' }).click();
  await first.close();

  const later = await context.newPage();
  await later.goto('/quiz/paktika-practice');
  await later.getByRole('link', { name: `Resume at question 2 of ${all.length}` }).click();
  await expect(later.getByRole('heading', { level: 1, name: all[1]!.prompt })).toBeVisible();
});

test('starting over asks first, and only a confirmation clears the answers', async ({ page }) => {
  await page.goto('/quiz/paktika-practice/play');
  await answerItem(page, all[0]!, 'mouse');
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Start over?' })).toContainText('This clears your 1 answer');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText(`1 of ${all.length} answered`)).toBeVisible();

  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Yes, start over' }).click();
  await expect(page.getByText(`0 of ${all.length} answered`)).toBeVisible();
  await expect(page.getByText(`Question 1 of ${all.length}`)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
});

test('the question is in the page as it arrives, its controls disabled until this device has read its own copy', async ({ browser }) => {
  // without scripts the page stays as the server sent it: the state before hydration, for as long as it lasts
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/quiz/paktika-practice/play');
  await expect(page.getByRole('heading', { level: 1, name: all[0]!.prompt })).toBeVisible();
  await expect(page.getByText(`Question 1 of ${all.length}`)).toBeVisible();
  await expect(page.getByText('Loading your quiz')).toHaveCount(0);
  // nothing a student does can be lost: every control waits for the store
  await expect(page.getByRole('radio', { name: 'Fairly sure', exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Skip for now' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Start over' })).toBeDisabled();
  await context.close();
});
