// The answer key stays on the server until the teacher's chosen moment: with feedback "after handing in" and
// "after the due date", nothing a student's browser receives holds an item's feedback or explanation before then,
// and a save says nothing about right or wrong.
import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext, Page } from '@playwright/test';
import type { Item } from '../content/schema';
import { keyResponse as fullMarks } from '../lib/quiz/key-response';
import type { PublicItem } from '../lib/quiz/public';
import type { Response } from '../lib/quiz/responses';
import { fingerprint, secretTexts } from '../lib/quiz/secrets';
import { inPageIds, publicItems, publicQuizIn } from '../test/page-ids';
import { allQuizzes, items } from './helpers/content';
import { createAssignment, signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

// Chromium now and then asks for /favicon.ico (there is none: the icon is /icon.svg) and logs the 404; that is not
// this spec's business.
test.use({ allowedConsoleErrors: [/favicon\.ico/] });

const secrets = allQuizzes().flatMap((q) =>
  items(q).flatMap((item) =>
    secretTexts(item)
      .map(fingerprint)
      .filter((f): f is string => f !== null)
      .map((text) => ({ item: item.id, text })),
  ),
);
const leaks = (body: string) => secrets.filter((s) => body.includes(s.text));
const all = items(); // the assigned quiz: paktika-practice, the first in the teacher's list

/** The right answer to an item, as the player would send it: in the ids the page gave the item's parts. */
function keyResponse(item: Item, shown: PublicItem): Response {
  return inPageIds(item, shown, authorKey(item));
}

const authorKey = (item: Item): Response =>
  fullMarks(item, 'No evidence is given for the earthquake claim; I would reverse-search the images.');

/** Everything the page receives from now on (HTML, RSC, JSON, JS), to scan at the end. */
function recordResponses(page: Page): () => Promise<string[]> {
  const pending: Array<Promise<string>> = [];
  page.on('response', (res) => {
    const type = res.headers()['content-type'] ?? '';
    if (/javascript|json|html|x-component|text/.test(type)) pending.push(res.text().catch(() => ''));
  });
  return () => Promise.all(pending);
}

/** The HTML and the RSC payload of a student page, as this device gets them. */
async function pageBodies(api: APIRequestContext, url: string): Promise<string[]> {
  const html = await api.get(url);
  expect(html.status(), url).toBe(200);
  const rsc = await api.get(url, { headers: { RSC: '1' } });
  const payload = await rsc.text();
  expect(payload.length, `${url} RSC`).toBeGreaterThan(100);
  return [await html.text(), payload];
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}

test('there are secrets to look for in the assigned quiz', () => {
  expect(secrets.filter((s) => all.some((i) => i.id === s.item)).length).toBeGreaterThan(50);
});

test('no JS chunk of this build holds feedback or an explanation', () => {
  const files = filesUnder(path.resolve(__dirname, '..', process.env.NEXT_DIST_DIR ?? '.next', 'static'));
  expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(5);
  for (const file of files) expect(leaks(fs.readFileSync(file, 'utf8')), file).toEqual([]);
});

test('"after handing in" and "after the due date": the key stays on the server until released', async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signUpTeacher(page);
  const submit = await createAssignment(page, { className: 'Key secrecy 11B', mode: /^After handing in/ });
  await page.getByRole('link', { name: '← Back to Key secrecy 11B' }).click();
  await page.getByRole('radio', { name: /^After the due date/ }).check();
  await page.getByRole('button', { name: 'Create assignment and get the code' }).click();
  await expect(page).toHaveURL(/\/share$/);
  const due = { code: ((await page.getByLabel(/^Join code:/).getAttribute('aria-label')) ?? '').replace('Join code:', '').replace(/\s+/g, '') };
  expect(due.code).toMatch(/^[A-Z0-9]{6}$/);

  const context = await browser.newContext();
  const s = await context.newPage();
  const received = recordResponses(s);

  // joins both assignments of the class from one device
  await s.goto(`/join/${submit.code}`);
  await s.getByLabel('Your name').fill('Kim');
  await s.getByRole('button', { name: 'Join and start' }).click();
  await expect(s.getByText('answering as Kim')).toBeVisible();
  const submitUrl = new URL(s.url()).pathname;
  await s.goto(`/join/${due.code}`);
  await s.getByRole('link', { name: 'Continue as Kim' }).click();
  await expect(s.getByText('answering as Kim')).toBeVisible();
  const dueUrl = new URL(s.url()).pathname;
  expect(dueUrl).not.toBe(submitUrl);

  const attempts: Record<string, string> = {};
  const shown: Record<string, Map<string, PublicItem>> = {};
  for (const url of [submitUrl, dueUrl]) {
    const [html] = await pageBodies(context.request, url);
    attempts[url] = /\/api\/attempts\/([0-9a-f-]{36})\/items/.exec(html!)?.[1] ?? '';
    expect(attempts[url]).toMatch(/^[0-9a-f-]{36}$/);
    shown[url] = new Map(publicItems(publicQuizIn(html!)).map((i) => [i.id, i]));
  }

  // before answering
  for (const url of [submitUrl, dueUrl, `${submitUrl}/results`, `${dueUrl}/results`]) {
    for (const body of await pageBodies(context.request, url)) expect(leaks(body), url).toEqual([]);
  }
  expect((await received()).flatMap(leaks)).toEqual([]);

  // one answer through the player, then every item, right, through the API: each reply is exactly {"saved":true}
  await s.goto(dueUrl);
  const reply = s.waitForResponse((r) => r.url().includes('/api/attempts/') && r.request().method() === 'POST');
  await s.getByRole('radio').first().check();
  await s.getByRole('radio', { name: 'Sure', exact: true }).check();
  await s.getByRole('button', { name: 'Save answer' }).click();
  expect(await (await reply).text()).toBe('{"saved":true}');
  await expect(s.getByText('Saved. You will see feedback and your score after the due date.')).toBeVisible();
  for (const url of [submitUrl, dueUrl]) {
    for (const [n, item] of all.entries()) {
      const res = await context.request.post(`/api/attempts/${attempts[url]}/items/${item.id}`, {
        data: { response: keyResponse(item, shown[url]!.get(item.id)!), confidence: 'sure', clientSeq: 1000 + n },
      });
      expect(res.status(), item.id).toBe(200);
      expect(await res.text(), item.id).toBe('{"saved":true}');
    }
  }

  // after saving, before handing in
  for (const url of [submitUrl, dueUrl, `${submitUrl}/results`, `${dueUrl}/results`]) {
    for (const body of await pageBodies(context.request, url)) expect(leaks(body), url).toEqual([]);
  }
  expect((await received()).flatMap(leaks)).toEqual([]);

  // hand both in
  for (const url of [submitUrl, dueUrl]) {
    const res = await context.request.post(`/api/attempts/${attempts[url]}/submit`, { data: {} });
    expect(await res.json(), url).toMatchObject({ submitted: true });
  }

  // "after the due date": still nothing, and the results page says when it comes
  await s.goto(`${dueUrl}/results`);
  await expect(s.getByRole('heading', { level: 1, name: 'Handed in' })).toBeVisible();
  await expect(s.getByText(/release feedback and scores after the due date/)).toBeVisible();
  for (const url of [dueUrl, `${dueUrl}/results`]) {
    for (const body of await pageBodies(context.request, url)) expect(leaks(body), url).toEqual([]);
  }

  // "after handing in": released now, which also shows the scan would see a leak
  await s.goto(`${submitUrl}/results`);
  await expect(s.getByText(`You scored ${all.length} out of ${all.length} points.`)).toBeVisible();
  const [released] = await pageBodies(context.request, `${submitUrl}/results`);
  expect(leaks(released!).length).toBeGreaterThan(10);
  await context.close();
});
