import { AxeBuilder } from '@axe-core/playwright';
import { answerItem } from './helpers/answer';
import { items } from './helpers/content';
import { createAssignment, signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

const all = items();
const firstClassify = all.find((i) => i.type === 'classify')!;
const classifyIndex = all.indexOf(firstClassify);

test('the teacher watches a student answer live, then reads results per student, per question and per misconception', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await signUpTeacher(page);
  const { code, shareUrl } = await createAssignment(page, { className: 'Results class', mode: /^After each question/ });
  await page.getByRole('link', { name: /See results/ }).click();
  await expect(page.getByRole('heading', { name: 'Progress' })).toBeVisible();
  await expect(page.getByText('No students have joined yet')).toBeVisible();

  const context = await browser.newContext();
  const s = await context.newPage();
  await s.goto(`/join/${code}`);
  await s.getByLabel('Your name').fill('Mina');
  await s.getByRole('button', { name: 'Join and start' }).click();
  await answerItem(s, all[0]!, 'mouse');
  // one confidently wrong answer that names a misconception: a claim classified as verified
  for (let n = 1; n <= classifyIndex; n++) await s.getByRole('button', { name: /Next question|Skip for now/ }).click();
  const wrong = firstClassify.type === 'classify' && firstClassify.key === 'verified' ? 'opinion' : 'verified';
  await answerItem(s, firstClassify, 'mouse', wrong);

  // no reload: the results page refreshes itself
  const row = page.getByRole('row', { name: /Mina/ });
  await expect(row).toContainText('2 of', { timeout: 30_000 });
  await expect(row).toContainText('In progress');
  await expect(row.getByRole('cell').nth(3)).toHaveText('1'); // confidently wrong
  await expect(page).toHaveTitle(/\S/); // streamed pages get their <title> after the shell
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  await page.getByRole('link', { name: 'By question' }).click();
  await expect(page.getByRole('heading', { name: 'By question' })).toBeVisible();
  await expect(page.getByRole('table', { name: /how often each answer was chosen/ }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Misconceptions' }).click();
  const tripped = firstClassify.options.find((o) => o.id === wrong)?.misconception;
  if (tripped) await expect(page.getByRole('heading', { level: 3 }).first()).toBeVisible();

  await page.getByRole('link', { name: 'Progress' }).click();
  await page.getByRole('link', { name: 'Mina' }).click();
  await expect(page.getByRole('heading', { level: 3, name: `Question ${classifyIndex + 1}. ${firstClassify.prompt}` })).toBeVisible();

  const csv = await page.request.get(`${new URL(shareUrl).pathname.replace(/share$/, 'results')}/answers.csv`);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-disposition']).toMatch(/attachment/);
  expect((await csv.text()).split('\n').filter((l) => l.includes('Mina')).length).toBe(2);

  // another teacher gets nothing of it
  const other = await browser.newContext();
  const o = await other.newPage();
  await signUpTeacher(o);
  const resultsPath = new URL(shareUrl).pathname.replace(/share$/, 'results');
  expect((await o.goto(resultsPath))?.status()).toBe(404);
  expect((await o.request.get(`${resultsPath}/students.csv`)).status()).toBe(404);
  expect((await o.goto(new URL(shareUrl).pathname))?.status()).toBe(404);
  await other.close();
  await context.close();
});

test('the teacher guide holds the key and is for signed-in teachers only', async ({ page }) => {
  await page.goto('/teacher/guide/paktika-practice');
  await expect(page).toHaveURL(/\/teacher\/sign-in/);
  await signUpTeacher(page);
  await page.goto('/teacher/guide/paktika-practice');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/guide/i);
  await expect(page.getByText(all[0]!.explanation.slice(0, 60))).toBeVisible();
  // the method behind each section, with its source, and the item-quality table of this quiz
  await expect(page.getByText(/Method: Lateral reading\./).first()).toBeVisible();
  await expect(page.getByText(/Civic Online Reasoning/).first()).toBeVisible();
  const quality = page.getByRole('table', { name: 'Content lint measures' });
  await expect(quality.getByRole('row', { name: /test-wise student/ })).toBeVisible();
  await expect(page.getByText(/passes the content lint/)).toBeVisible();
});
