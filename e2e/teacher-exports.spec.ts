// A teacher takes a quiz to the LMS (export links on the home page and the guide) and shares an assignment by a
// copyable link or Google Classroom's share URL, with no third-party script on the page.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { quiz } from './helpers/content';
import { createAssignment, signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

// the first lesson's title, as the content names it ("Lesson 1: Who says so?"), safe inside a RegExp
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function axe(page: Page, label: string) {
  await expect(page).toHaveTitle(/\S/); // streamed pages get their <title> after the shell
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), label).toEqual([]);
}

test('the export route answers 401 to a visitor who is not signed in', async ({ request }) => {
  const res = await request.get('/teacher/guide/paktika-practice/export?format=qti3');
  expect(res.status()).toBe(401);
  expect(res.headers()['content-disposition']).toBeUndefined();
});

test('a teacher downloads each export from the guide; an unknown quiz is a 404', async ({ page }) => {
  await signUpTeacher(page);
  await expect(page.getByRole('navigation', { name: new RegExp(`Export “${escape(quiz().title)}`) }).getByRole('link', { name: 'GIFT' })).toBeVisible();
  await axe(page, 'teacher home with export links');
  await page.getByRole('link', { name: new RegExp(`^Guide to “${escape(quiz().title)}`) }).click();
  await expect(page).toHaveURL(/\/teacher\/guide\/paktika-practice$/);
  const exports = page.getByRole('navigation', { name: new RegExp(`^Export “${escape(quiz().title)}`) });
  await expect(exports).toBeVisible();
  await axe(page, 'guide with export links');
  for (const [name, file, magic] of [
    ['QTI 3.0 package', 'paktika-practice-qti3.zip', 'PK'],
    ['QTI 2.1 package', 'paktika-practice-qti21.zip', 'PK'],
    ['Moodle XML', 'paktika-practice-moodle.xml', '<?xml'],
    ['GIFT', 'paktika-practice-gift.txt', '// #'],
  ] as const) {
    const download = page.waitForEvent('download');
    await exports.getByRole('link', { name, exact: true }).click();
    const got = await download;
    expect(got.suggestedFilename()).toBe(file);
    const stream = await got.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).subarray(0, magic.length).toString('utf8')).toBe(magic);
  }
  const missing = await page.request.get('/teacher/guide/no-such-quiz/export?format=gift');
  expect(missing.status()).toBe(404);
  const badFormat = await page.request.get('/teacher/guide/paktika-practice/export?format=pdf');
  expect(badFormat.status()).toBe(400);
});

test('the share page has a copyable link and a plain Share to Google Classroom link, and loads nothing from Google', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signUpTeacher(page);
  const foreign: string[] = [];
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname;
    if (host !== '127.0.0.1' && host !== 'localhost') foreign.push(r.url());
  });
  const { code } = await createAssignment(page, { className: '10C Exports', mode: /^After each question/ });
  const link = page.getByLabel('Link to share');
  await expect(link).toHaveValue(new RegExp(`/join/${code}$`));
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: /copied|Ctrl\+C/ })).toBeVisible();
  const classroom = page.getByRole('link', { name: /Share to Google Classroom/ });
  const href = new URL((await classroom.getAttribute('href')) ?? '');
  expect(href.origin + href.pathname).toBe('https://classroom.google.com/share');
  expect(href.searchParams.get('url')).toBe(await link.inputValue());
  expect(await classroom.getAttribute('rel')).toContain('noopener');
  await axe(page, 'share page with links');
  expect(foreign).toEqual([]);
});
