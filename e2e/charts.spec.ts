// The results charts: server-rendered SVG figures with their finding in words and their data table, on the teacher's
// results views and on a student's released results; axe-clean and without sideways scrolling at 360 px. And before
// release a student's page has no chart at all (the matrix holds the key of every classify question).
import type { Browser, Page } from '@playwright/test';
import type { Item } from '../content/schema';
import { STATUSES } from '../content/words';
import { STATUS_LABELS } from '../lib/quiz/vocabulary';
import { MISCONCEPTION_LABELS } from '../lib/quiz/misconceptions';
import { answerItem, fillAnswer } from './helpers/answer';
import { expectNoAxeViolations } from './helpers/axe';
import { items } from './helpers/content';
import { createAssignment, signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

const all = items();
// The trap: the first classify question with a wrong status that stands for a misconception. Mina falls for it,
// Omar answers right up to it, Cy answers only the first two questions; everyone says "Sure" every time.
const classifyIndex = all.findIndex((i) => i.type === 'classify' && i.options.some((o) => o.id !== i.key && o.misconception));
const classify = all[classifyIndex] as Extract<Item, { type: 'classify' }>;
const trap = classify.options.find((o) => o.id !== classify.key && o.misconception)!;
const wrong = trap.id;
const ANSWERED = classifyIndex + 1;
const CY_ANSWERED = 2;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const lower = (s: keyof typeof STATUS_LABELS) => STATUS_LABELS[s].label.toLowerCase();

async function join(browser: Browser, code: string, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/join/${code}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join and start' }).click();
  await expect(page.getByText(`answering as ${name}`)).toBeVisible();
  return { context, page };
}

async function answerAndHandIn(s: Page, { count, wrongOnClassify }: { count: number; wrongOnClassify: boolean }) {
  for (let n = 0; n < count; n++) {
    await answerItem(s, all[n]!, 'mouse', n === classifyIndex && wrongOnClassify ? wrong : undefined);
    await s.getByRole('button', { name: 'Next question' }).click();
  }
  for (let n = count; n < all.length - 1; n++) await s.getByRole('button', { name: 'Skip for now' }).click();
  await s.getByRole('button', { name: 'Hand in' }).click();
  await s.getByRole('button', { name: 'Yes, hand in' }).click();
  await expect(s.getByRole('heading', { level: 1, name: /Your results/ })).toBeVisible();
}

/** A chart figure: its summary says the finding; its table (opened if folded) holds the rows given. */
async function expectFigure(page: Page, name: string | RegExp, summary: RegExp, rows: RegExp[], { svg = true } = {}) {
  const figure = page.getByRole('figure', { name });
  await expect(figure).toBeVisible();
  // a chart drawn once is an SVG image named like its figure; the per-question shares are bars inside their table
  if (svg) await expect(figure.getByRole('img', { name })).toBeVisible();
  else await expect(figure.locator('td svg[aria-hidden="true"]')).toHaveCount(rows.length);
  await expect(figure.locator('figcaption')).toContainText(summary);
  const fold = figure.locator('details > summary');
  if ((await fold.count()) > 0) await fold.click();
  const body = figure.getByRole('table').locator('tbody tr');
  await expect(body).toHaveCount(rows.length);
  for (const [i, row] of rows.entries()) await expect(body.nth(i)).toHaveText(row);
}

async function at360(page: Page, label: string) {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label}: no sideways scrolling at 360 px`).toBeLessThanOrEqual(0);
  for (const svg of await page.locator('figure svg').all()) expect((await svg.boundingBox())!.width, label).toBeLessThanOrEqual(360);
  // each figure at 360 px, kept with the test's artifacts (not committed) for a look by eye
  for (const [i, figure] of (await page.locator('figure').all()).slice(0, 3).entries()) {
    await figure.screenshot({ path: test.info().outputPath(`${label.replace(/\W+/g, '-')}-${i + 1}-360.png`) });
  }
  await expectNoAxeViolations(page, `${label} at 360 px`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test('the results charts render with their summaries and tables, for the teacher and for a student after release', async ({ page, browser }) => {
  test.setTimeout(300_000);
  await signUpTeacher(page);
  const { code, shareUrl } = await createAssignment(page, { className: 'Charts class', mode: /^After each question/ });
  // three students, every answer "Sure": Mina wrong on the first classify question, Omar right on five, Cy on two
  const students = [];
  for (const [name, count, wrongOnClassify] of [['Mina', ANSWERED, true], ['Omar', ANSWERED, false], ['Cy', CY_ANSWERED, false]] as const) {
    const st = await join(browser, code, name);
    await answerAndHandIn(st.page, { count, wrongOnClassify });
    students.push(st);
  }

  // the student: what they said against what it is, the wrong call named in words
  const s = students[0]!.page;
  const matrix = 'What you said against what it is';
  await expectFigure(
    s,
    matrix,
    new RegExp(`Where you went wrong: an? “${lower(classify.key)}” called “${lower(wrong)}” 1 time\\.`),
    STATUSES.map((status) => new RegExp(`^${escape(STATUS_LABELS[status].label)}`)),
  );
  const keyRow = s.getByRole('figure', { name: matrix }).getByRole('row', { name: new RegExp(`^${escape(STATUS_LABELS[classify.key].label)}`) });
  await expect(keyRow.getByRole('cell').nth(STATUSES.indexOf(wrong))).toHaveText('1');
  await expectNoAxeViolations(s, 'student results with the matrix');
  await at360(s, 'student results');

  // the teacher, Progress: the class over time
  const results = new URL(shareUrl).pathname.replace(/share$/, 'results');
  await page.goto(results);
  const progress = page.getByRole('figure', { name: 'The class over time' });
  await expect(progress.locator('figcaption')).toContainText(/3 of 3 students started and 3 handed in; half of the hand-ins came within \d+ min/);
  await progress.locator('details > summary').click();
  await expect(progress.getByRole('row').last()).toHaveText(/min\s*3\s*3$/);
  await expectNoAxeViolations(page, 'results: progress with its chart');
  await at360(page, 'results: progress');

  // By question: facility against discrimination, each question's answer shares. Everyone got the first two right, so
  // they do not vary and are not placed; Cy answered only those, so the trap has two answers
  await page.getByRole('link', { name: 'By question' }).click();
  const placed = Array.from({ length: ANSWERED - CY_ANSWERED }, (_, i) => new RegExp(`^Q${CY_ANSWERED + 1 + i}\\d+%`));
  await expectFigure(page, 'Facility against discrimination', /Only 3 handed-in attempts: treat discrimination as a rough guide\.$/, placed);
  const n = classifyIndex + 1;
  await expectFigure(
    page,
    `Question ${n}: each answer's share`,
    new RegExp(`50% chose the right answer\\. The most chosen wrong answer, “${escape(STATUS_LABELS[wrong].label)}”, drew 1 \\(50%\\)`),
    STATUSES.map((status) => new RegExp(`^${status === classify.key ? '✓ Right answer: ' : ''}${escape(STATUS_LABELS[status].label)}${status === classify.key ? '1 \\(50%\\)' : status === wrong ? '1 \\(50%\\)' : '0 \\(0%\\)'}`)),
    { svg: false },
  );
  await expectNoAxeViolations(page, 'results: by question with its charts');
  await at360(page, 'results: by question');

  // Misconceptions: ranked bars and confidence against correctness
  await page.getByRole('link', { name: 'Misconceptions' }).click();
  const label = escape(MISCONCEPTION_LABELS[trap.misconception!].label);
  await expectFigure(page, 'Misconceptions ranked', new RegExp(`The most widespread misconception is “${label}”: 1 of 3 students \\(33%\\)\\.$`), [
    new RegExp(`^${label}1 of 3 students \\(33%\\)1 answer on 1 question$`),
  ]);
  const sure = 2 * ANSWERED + CY_ANSWERED;
  await expectFigure(
    page,
    'Confidence against correctness',
    new RegExp(`1 answer was confidently wrong \\(said “Sure”, not fully right\\), ${Math.round(100 / sure)}% of the sure answers\\. “Sure”: ${Math.round((100 * (sure - 1)) / sure)}% right\\.$`),
    [new RegExp(`^Sure\\s*${sure - 1}\\s*1$`), /^Fairly sure\s*0\s*0$/, /^Guessing\s*0\s*0$/],
  );
  await expectNoAxeViolations(page, 'results: misconceptions with its charts');
  await at360(page, 'results: misconceptions');
  for (const st of students) await st.context.close();
});

test('before feedback is released a handed-in student sees no chart (the matrix would show the key)', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: 'Charts later', mode: /^After the due date/ });
  const { context, page: s } = await join(browser, code, 'Ana');
  for (let n = 0; n < classifyIndex; n++) await s.getByRole('button', { name: 'Skip for now' }).click();
  await expect(s.getByRole('heading', { level: 1, name: classify.prompt })).toBeVisible();
  await fillAnswer(s, classify, 'mouse', wrong);
  await s.getByRole('radio', { name: 'Sure', exact: true }).check();
  await s.getByRole('button', { name: 'Save answer' }).click();
  await expect(s.getByText(/^Saved\./).first()).toBeVisible();
  for (let n = classifyIndex; n < all.length - 1; n++) await s.getByRole('button', { name: /Skip for now|Next question/ }).click();
  await s.getByRole('button', { name: 'Hand in' }).click();
  await s.getByRole('button', { name: 'Yes, hand in' }).click();
  await expect(s.getByRole('heading', { level: 1, name: 'Handed in' })).toBeVisible();
  await expect(s.getByRole('figure')).toHaveCount(0);
  expect(await s.content()).not.toContain('What you said against what it is');
  await context.close();
});
