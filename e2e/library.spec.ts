// The quiz library: a teacher duplicates a shipped quiz, previews it on the real player, shares and publishes it;
// another teacher sees it read-only and duplicates it, imports its exported YAML, and gets every problem of a
// broken file named. Axe-clean, and at 360 px.
import YAML from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { fingerprint, secretTexts } from '../lib/quiz/secrets';
import { answerItem } from './helpers/answer';
import { expectNoAxeViolations } from './helpers/axe';
import { items, quiz } from './helpers/content';
import { signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

// the import of a broken file answers 400, which the browser logs
test.use({ allowedConsoleErrors: [/status of 400/] });

const shipped = quiz('paktika-practice');
const copyTitle = `${shipped.title} (copy)`;

const section = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
const entry = (list: Locator, title: string) => list.getByRole('listitem').filter({ has: list.page().getByRole('heading', { level: 3, name: title, exact: true }) });

async function download(page: Page, link: Locator): Promise<{ name: string; text: string }> {
  const waiting = page.waitForEvent('download');
  await link.click();
  const got = await waiting;
  const chunks: Buffer[] = [];
  for await (const c of await got.createReadStream()) chunks.push(c as Buffer);
  return { name: got.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

async function fitsWidth(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label}: horizontal scroll at ${page.viewportSize()?.width}px`).toBeLessThanOrEqual(0);
}

test('duplicate, preview, share and publish; another teacher duplicates it read-only, imports its YAML, and sees a broken file’s problems', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signUpTeacher(page);
  await page.getByRole('navigation', { name: 'Teacher' }).getByRole('link', { name: 'Quizzes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New quiz from an article' })).toHaveAttribute('href', '/teacher/quizzes/new');
  await expectNoAxeViolations(page, 'quiz library');

  // duplicate a shipped quiz: a private draft copy of the teacher's own
  await entry(section(page, 'Claimcheck’s quizzes'), shipped.title).getByRole('button', { name: /^Duplicate/ }).click();
  await expect(page.getByText(`Copied as “${copyTitle}”`)).toBeVisible();
  const own = entry(section(page, 'Your quizzes'), copyTitle);
  await expect(own).toContainText('Draft');
  await expect(own).toContainText('Private');

  // preview answers a question through the server, on the students' player
  await own.getByRole('link', { name: 'Preview' }).click();
  await expect(page).toHaveURL(/\/teacher\/quizzes\/tq-[0-9a-f]{16}\/preview$/);
  const copyId = page.url().match(/(tq-[0-9a-f]{16})/)![1]!;
  await answerItem(page, items(shipped)[0]!, 'mouse');
  await expectNoAxeViolations(page, 'preview with feedback');
  await page.getByRole('link', { name: '← Back to the quizzes' }).click();

  // share to the library, publish (the full check passes), export YAML
  await own.getByRole('button', { name: /^Share to the library/ }).click();
  await expect(own.getByText('Shared to the library: other teachers')).toBeVisible();
  await own.getByRole('button', { name: /^Publish/ }).click();
  await expect(own.getByText('Published: you can now set it as an assignment.')).toBeVisible();
  const exported = await download(page, own.getByRole('link', { name: 'Export YAML' }));
  expect(exported.name).toBe(`${copyId}.claimcheck.yaml`);
  expect(exported.text.startsWith('format: claimcheck-quiz/1\n')).toBe(true);

  // another teacher: the shared quiz is read-only (no owner actions), duplicable
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await signUpTeacher(page2);
  await page2.goto('/teacher/quizzes');
  const shared = entry(section(page2, 'Shared by other teachers'), copyTitle);
  await expect(shared).toContainText('Read-only');
  await expect(shared.getByRole('button', { name: /^(Publish|Share to the library)/ })).toHaveCount(0);
  await shared.getByRole('button', { name: /^Duplicate/ }).click();
  await expect(page2.getByText(`Copied as “${copyTitle} (copy)”`)).toBeVisible();
  const theirs = entry(section(page2, 'Your quizzes'), `${copyTitle} (copy)`);
  const theirId = ((await theirs.getByRole('link', { name: 'Preview' }).getAttribute('href')) ?? '').match(/(tq-[0-9a-f]{16})/)![1]!;
  // their copy is private: to the first teacher it is the same 404 as an unknown quiz
  expect((await page.request.get(`/teacher/quizzes/${theirId}/quiz.yaml`)).status()).toBe(404);
  expect((await page.request.get(`/teacher/quizzes/${theirId}/preview`)).status()).toBe(404);

  // import the exported file: a private draft; then a broken one: every problem named, nothing saved
  const importForm = section(page2, 'Import a quiz');
  await importForm.getByLabel('Quiz file').setInputFiles({ name: 'quiz.yaml', mimeType: 'application/yaml', buffer: Buffer.from(exported.text) });
  await importForm.getByRole('button', { name: 'Import quiz' }).click();
  await expect(importForm.getByRole('status')).toHaveText(`Imported “${copyTitle}” as a private draft under Your quizzes.`);
  await expect(section(page2, 'Your quizzes').getByRole('heading', { level: 3, name: copyTitle, exact: true })).toHaveCount(1);
  const broken = YAML.parse(exported.text);
  delete broken.quiz.title;
  broken.quiz.sections[0].items[0].sentences = ['p99-s9'];
  await importForm.getByLabel('Or paste the file’s text').fill(YAML.stringify(broken));
  await importForm.getByRole('button', { name: 'Import quiz' }).click();
  const problems = importForm.getByRole('list', { name: 'Problems in the file' });
  await expect(problems.getByRole('listitem').filter({ hasText: /^quiz title: / })).toHaveCount(1);
  await expect(importForm.getByRole('alert')).toContainText('The file was not imported');
  await expectNoAxeViolations(page2, 'library with import problems');
  await other.close();
});

test('the library and a preview read well at 360 px and pass axe @phone', async ({ page }) => {
  await signUpTeacher(page);
  await page.goto('/teacher/quizzes');
  await expect(page.getByRole('heading', { level: 1, name: 'Quizzes' })).toBeVisible();
  await expectNoAxeViolations(page, 'quiz library at 360 px');
  await fitsWidth(page, 'quiz library');
  // the preview page sends what a student's page sends: no feedback or explanation before an answer
  const assessment = quiz('paktika-assessment');
  const secrets = items(assessment).flatMap((item) => secretTexts(item).map(fingerprint).filter((f): f is string => f !== null));
  expect(secrets.length).toBeGreaterThan(10);
  for (const headers of [{}, { RSC: '1' }] as Array<Record<string, string>>) {
    const body = await (await page.request.get(`/teacher/quizzes/${assessment.id}/preview`, { headers })).text();
    expect(body).toContain(items(assessment)[0]!.prompt.slice(0, 20));
    expect(secrets.filter((t) => body.includes(t))).toEqual([]);
  }
  await page.goto(`/teacher/quizzes/${assessment.id}/preview`);
  const first = items(assessment)[0]!;
  await answerItem(page, first, 'mouse');
  await expectNoAxeViolations(page, 'preview of an assessment at 360 px');
  await fitsWidth(page, 'preview');
});
