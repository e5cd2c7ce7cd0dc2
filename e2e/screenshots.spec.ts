// Every student and teacher page at 360 px and 1280 px, in English and Urdu, light and dark: a screenshot of each,
// kept with the run's artifacts (test-results/, not committed) for a look by eye, and on each a check that the page
// fits its width, is laid out in the locale's direction, and (in Urdu at 360 px) passes axe.
// The data behind the pages is made once through the real paths, in English: a teacher with a class, an assignment a
// student has answered and handed in, a quiz draft; then the same contexts switch language and colour scheme.
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { answerItem } from './helpers/answer';
import { AxeBuilder } from '@axe-core/playwright';
import { items } from './helpers/content';
import { ADMIN, createAssignment, signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

test.use({ allowedConsoleErrors: [/status of 404/] });

const all = items();
const ARTICLE = fs.readFileSync(path.join(__dirname, 'fixtures', 'authoring-article.txt'), 'utf8');
const LOCALES = ['en', 'ur'] as const;
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [360, 1280] as const;

type Shot = { name: string; path: string; who: 'student' | 'teacher' | 'admin' | 'anonymous'; ready?: (page: Page) => Promise<void> };

async function setLocale(context: BrowserContext, baseURL: string, locale: (typeof LOCALES)[number]) {
  await context.addCookies([{ name: 'cc_locale', value: locale, url: baseURL }]);
}

async function shoot(page: Page, shot: Shot, locale: string, scheme: string, width: number) {
  const label = `${shot.name} ${locale} ${scheme} ${width}px`;
  await page.setViewportSize({ width, height: width === 360 ? 740 : 800 });
  const response = await page.goto(shot.path);
  expect(response?.status() ?? 0, `${label}: answered`).toBeLessThan(shot.name === 'not-found' ? 500 : 400);
  await expect(page, `${label}: the page has its title`).toHaveTitle(/\S/);
  if (shot.ready) await shot.ready(page);
  // soft: one run lists every page that misses, not only the first
  await expect.soft(page.locator('html'), label).toHaveAttribute('lang', locale);
  await expect.soft(page.locator('html'), label).toHaveAttribute('dir', locale === 'ur' ? 'rtl' : 'ltr');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect.soft(overflow, `${label}: no sideways scrolling`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath(`${shot.name}-${locale}-${scheme}-${width}.png`), fullPage: true });
  if (width === 360 && (locale === 'ur' || scheme === 'dark')) {
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect.soft(summary, `${label}: axe`).toEqual([]);
  }
}

test('screenshots of every page at 360 and 1280 px, English and Urdu, light and dark; each fits, has its direction, and passes axe @screenshots', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(900_000);
  const base = baseURL!;

  // ---------- the data, in English ----------
  await signUpTeacher(page);
  const { code, shareUrl } = await createAssignment(page, { className: 'Screenshot class', mode: /^After each question/ });
  const assignmentPath = new URL(shareUrl).pathname.replace(/\/share$/, '');
  const assignmentId = assignmentPath.split('/').pop()!;
  await page.goto('/teacher');
  const classHref = await page.getByRole('link', { name: 'Screenshot class' }).first().getAttribute('href');
  expect(classHref).toMatch(/^\/teacher\/classes\//);

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await student.goto(`/join/${code}`);
  await student.getByLabel('Your name').fill('Mina');
  await student.getByRole('button', { name: 'Join and start' }).click();
  await expect(student.getByText('answering as Mina')).toBeVisible();
  for (let n = 0; n < 3; n++) {
    await answerItem(student, all[n]!, 'mouse');
    await student.getByRole('button', { name: 'Next question' }).click();
  }
  for (let n = 3; n < all.length - 1; n++) await student.getByRole('button', { name: 'Skip for now' }).click();
  await student.getByRole('button', { name: 'Hand in' }).click();
  await student.getByRole('button', { name: 'Yes, hand in' }).click();
  await expect(student.getByRole('heading', { level: 1, name: /Your results/ })).toBeVisible();

  // practice, answered to its end in the student's browser: the practice results have something to show
  await student.goto('/quiz/paktika-practice/play');
  await answerItem(student, all[0]!, 'mouse');

  await page.goto(`${assignmentPath}/results`);
  const studentHref = await page.getByRole('link', { name: 'Mina' }).first().getAttribute('href');
  expect(studentHref).toContain('/students/');

  await page.goto('/teacher/quizzes/new');
  await page.getByLabel('Headline').fill('Footbridge closure splits Bramley Ford traders');
  await page.getByLabel('Outlet').fill('The Test Courier (fictional)');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Read the article' }).click();
  await expect(page).toHaveURL(/\/teacher\/drafts\/[0-9a-f-]{36}$/);
  const draftPath = new URL(page.url()).pathname;

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await admin.goto('/teacher/sign-in');
  await admin.getByLabel('Email').fill(ADMIN.email);
  await admin.getByLabel('Password').fill(ADMIN.password);
  await admin.getByRole('button', { name: 'Sign in' }).click();
  await expect(admin).toHaveURL(/\/teacher(\/admin)?$/);

  const anonymousContext = await browser.newContext();
  const anonymous = await anonymousContext.newPage();

  // ---------- the pages ----------
  const shots: Shot[] = [
    { name: 'home', path: '/', who: 'anonymous' },
    { name: 'quiz', path: '/quiz/paktika-practice', who: 'anonymous' },
    { name: 'question', path: '/quiz/paktika-practice/play', who: 'anonymous' },
    { name: 'practice-feedback', path: '/quiz/paktika-practice/play', who: 'student' },
    { name: 'practice-results', path: '/quiz/paktika-practice/results', who: 'student' },
    { name: 'join', path: '/join', who: 'anonymous' },
    { name: 'join-code', path: `/join/${code}`, who: 'anonymous' },
    { name: 'assignment', path: `/a/${assignmentId}`, who: 'student' },
    { name: 'assignment-results', path: `/a/${assignmentId}/results`, who: 'student' },
    { name: 'not-found', path: '/quiz/no-such-quiz', who: 'anonymous' },
    { name: 'teacher-sign-in', path: '/teacher/sign-in', who: 'anonymous' },
    { name: 'teacher-home', path: '/teacher', who: 'teacher' },
    { name: 'teacher-account', path: '/teacher/account', who: 'teacher' },
    { name: 'teacher-admin', path: '/teacher/admin', who: 'admin' },
    { name: 'class', path: classHref!, who: 'teacher' },
    { name: 'class-sheet', path: `${classHref!}/sheet`, who: 'teacher' },
    { name: 'share', path: `${assignmentPath}/share`, who: 'teacher' },
    { name: 'results', path: `${assignmentPath}/results`, who: 'teacher' },
    { name: 'results-by-question', path: `${assignmentPath}/results?view=questions`, who: 'teacher' },
    { name: 'results-misconceptions', path: `${assignmentPath}/results?view=misconceptions`, who: 'teacher' },
    { name: 'results-student', path: studentHref!, who: 'teacher' },
    { name: 'results-print', path: `${assignmentPath}/results/print`, who: 'teacher' },
    { name: 'guide', path: '/teacher/guide/paktika-practice', who: 'teacher' },
    { name: 'library', path: '/teacher/quizzes', who: 'teacher' },
    { name: 'new-quiz', path: '/teacher/quizzes/new', who: 'teacher' },
    { name: 'preview', path: '/teacher/quizzes/paktika-practice/preview', who: 'teacher' },
    { name: 'draft', path: draftPath, who: 'teacher' },
  ];
  const pages = { student, teacher: page, admin, anonymous };
  const contexts = { student: studentContext, teacher: page.context(), admin: adminContext, anonymous: anonymousContext };

  for (const locale of LOCALES) {
    for (const context of Object.values(contexts)) await setLocale(context, base, locale);
    for (const scheme of SCHEMES) {
      for (const p of Object.values(pages)) await p.emulateMedia({ colorScheme: scheme });
      for (const shot of shots) {
        for (const width of WIDTHS) await shoot(pages[shot.who], shot, locale, scheme, width);
      }
    }
  }
  await Promise.all([studentContext.close(), adminContext.close(), anonymousContext.close()]);
});
