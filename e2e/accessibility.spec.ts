import type { Page } from '@playwright/test';
import { answerItem } from './helpers/answer';
import { expectNoAxeViolations } from './helpers/axe';
import { jumpToPracticeQuestion } from './helpers/practice';
import { items } from './helpers/content';
import { expect, test } from './fixtures';

async function expectFitsWidth(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label}: horizontal scroll at ${page.viewportSize()?.width}px`).toBeLessThanOrEqual(0);
}

test.use({ allowedConsoleErrors: [/status of 404 .*no-such-quiz/] });

const all = items();
// one item of every type, in quiz order
const oneOfEach = [...new Map(all.map((item, index) => [item.type, { item, index }])).values()];

test('every student page passes axe and fits a 360 px screen, question types and feedback included @phone', async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of ['/', '/quiz/paktika-practice', '/quiz/paktika-numbers-words', '/quiz/paktika-images', '/quiz/paktika-booster', '/quiz/no-such-quiz']) {
    await page.goto(path);
    await expectNoAxeViolations(page, path);
    await expectFitsWidth(page, path);
  }
  await page.goto('/quiz/paktika-practice/play');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
  // jump through the quiz with the store so each type is seen unanswered and answered
  for (const { item, index } of oneOfEach) {
    await jumpToPracticeQuestion(page, 'paktika-practice', index);
    await expect(page.getByRole('heading', { level: 1, name: item.prompt })).toBeVisible();
    await expectNoAxeViolations(page, `${item.type} question`);
    await expectFitsWidth(page, `${item.type} question`);
    await answerItem(page, item, 'mouse');
    await expectNoAxeViolations(page, `${item.type} feedback`);
    await expectFitsWidth(page, `${item.type} feedback`);
  }
  await page.goto('/quiz/paktika-practice/results');
  await expect(page.getByRole('heading', { name: 'Question by question' })).toBeVisible();
  await expectNoAxeViolations(page, 'results');
  await expectFitsWidth(page, 'results');
});

test('glossary terms open by keyboard where they appear, show their source, and pass axe @phone', async ({ page }) => {
  // the article on the quiz page: "Khawarij" is in its first sentence
  await page.goto('/quiz/paktika-practice');
  const words = page.getByRole('complementary', { name: 'Words to know' });
  const khawarij = words.getByText('Khawarij', { exact: true });
  await khawarij.focus();
  await page.keyboard.press('Enter');
  await expect(words.getByText(/Interior Ministry ordered that the TTP be called/)).toBeVisible();
  await expect(words.getByText('Source: Express Tribune; Geo, July 2024')).toBeVisible();
  await expectNoAxeViolations(page, 'article glossary open');

  // on a question: the term is defined on the screen where it shows, closed until asked for
  const index = all.findIndex((i) => i.id === 'source-behind-71');
  await page.goto('/quiz/paktika-practice/play');
  await jumpToPracticeQuestion(page, 'paktika-practice', index);
  await expect(page.getByRole('heading', { level: 1, name: all[index]!.prompt })).toBeVisible();
  const onQuestion = page.getByRole('complementary', { name: 'Words to know' });
  const definition = onQuestion.getByText(/A name Pakistan’s government uses for the TTP/);
  await expect(definition).toBeHidden();
  await onQuestion.getByText('Khawarij', { exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(definition).toBeVisible();
  await expectNoAxeViolations(page, 'question glossary open');
  await expectFitsWidth(page, 'question glossary open');
});

test('the skip link is the first stop, sits in a landmark, and takes the reader to the main content', async ({ page }) => {
  for (const path of ['/', '/teacher/sign-in', '/quiz/no-such-quiz']) {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('navigation', { name: 'Skip link' }).getByRole('link', { name: 'Skip to content' });
    await expect(skip, path).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page, path).toHaveURL(/#main$/);
  }
});
