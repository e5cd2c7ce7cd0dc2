import type { Status } from '../content/schema';
import { STATUS_LABELS } from '../lib/quiz/vocabulary';
import { answerItem, next, type Mode } from './helpers/answer';
import { items, quiz } from './helpers/content';
import { expect, test } from './fixtures';

const all = items();
const firstClassify = all.find((i) => i.type === 'classify')!;
const wrong: Status = firstClassify.type === 'classify' && firstClassify.key === 'verified' ? 'opinion' : 'verified';

async function runWholeQuiz(page: import('@playwright/test').Page, mode: Mode) {
  await page.goto('/');
  const start = page.getByRole('link', { name: quiz().title });
  if (mode === 'mouse') await start.click();
  else {
    await start.focus();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1, name: quiz().title })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Read the article first' })).toBeVisible();
  const go = page.getByRole('link', { name: 'Start the quiz' });
  if (mode === 'mouse') await go.click();
  else {
    await go.focus();
    await page.keyboard.press('Enter');
  }
  for (const [n, item] of all.entries()) {
    await expect(page.getByText(`Question ${n + 1} of ${all.length}`)).toBeVisible();
    await answerItem(page, item, mode, item.id === firstClassify.id ? wrong : undefined);
    // practice keeps no answers on the server: no save status at all
    await expect(page.locator('[data-save]')).toHaveCount(0);
    if (n === 0) {
      // the verdict has focus (answerItem checks) at the top of the screen, and the reasons under it are in view too
      const feedback = page.locator('section.feedback');
      await expect(feedback.getByRole('heading', { level: 2 })).toBeInViewport();
      await expect(feedback.locator(':scope > *').nth(1)).toBeInViewport({ ratio: 0.1 });
    }
    // the related sentences are marked in the article once feedback is shown
    await expect(page.getByRole('region', { name: 'The article' }).locator('mark').first()).toBeVisible();
    await next(page, mode, n === all.length - 1);
  }
  await expect(page.getByRole('heading', { level: 1, name: /Your results/ })).toBeVisible();
  await expect(page.getByText(`You scored ${all.length - 1} out of ${all.length} points.`)).toBeVisible();
  await expect(page.getByText(`taken as “${STATUS_LABELS[wrong].label.toLowerCase()}”`)).toBeVisible();
  // what they said against what it is, rendered on the server from this device's answers
  const matrix = page.getByRole('figure', { name: 'What you said against what it is' });
  await expect(matrix).toContainText(`called “${STATUS_LABELS[wrong].label.toLowerCase()}” 1 time`);
  await expect(page.getByRole('heading', { name: 'Who claims what' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Question by question' })).toBeVisible();
}

test('a student finishes the whole practice quiz with a mouse and reads the results @phone', async ({ page }) => {
  test.setTimeout(240_000);
  await runWholeQuiz(page, 'mouse');
  // calibration: every answer was rated "sure", one was wrong
  const rated = all.filter((i) => i.type !== 'written').length;
  await expect(page.getByText(`When you said sure, you were fully right ${rated - 1} of ${rated} times`)).toBeVisible();
});

test('a student finishes the whole practice quiz with the keyboard alone', async ({ page }) => {
  test.setTimeout(300_000);
  await runWholeQuiz(page, 'keyboard');
});

test('the landing page shows the first lesson first, then the other lessons in order, then the booster', async ({ page }) => {
  await page.goto('/');
  const titles = await page.getByRole('heading', { level: 3 }).allTextContents();
  expect(titles).toEqual([
    'Lesson 1: Who says so?',
    'Lesson 2: Numbers and words',
    'Lesson 3: The disputed images',
    quiz('paktika-booster').title,
  ]);
});

test('"Choose an answer first" goes away as soon as an answer is chosen', async ({ page }) => {
  await page.goto(`/quiz/${quiz().id}/play`);
  const first = all[0]!;
  await expect(page.getByRole('heading', { level: 1, name: first.prompt })).toBeVisible();
  const problem = page.locator(`[id="${first.id}-problem"]`);
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(problem).toHaveText(/first\.$/);
  // any choice in the question's own input clears it, before the student checks again
  await page.locator('main').getByRole('radio').first().check();
  await expect(problem).toHaveText('');
});
