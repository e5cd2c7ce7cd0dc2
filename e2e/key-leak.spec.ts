import fs from 'node:fs';
import path from 'node:path';
import type { Quiz } from '../content/schema';
import { itemParts, shownPartIds } from '../lib/quiz/parts';
import { fingerprint, secretTexts } from '../lib/quiz/secrets';
import { flightOf, publicItems, publicQuizIn } from '../test/page-ids';
import { allQuizzes, article, items } from './helpers/content';
import { expect, test } from './fixtures';

// For every item: the distinctive text of its feedback and explanation, which must not reach a browser unanswered.
const secrets = allQuizzes().flatMap((q) =>
  items(q).flatMap((item) =>
    secretTexts(item)
      .map(fingerprint)
      .filter((f): f is string => f !== null)
      .map((f) => ({ quiz: q.id, item: item.id, text: f })),
  ),
);

function leaks(body: string) {
  return secrets.filter((s) => body.includes(s.text));
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full) : [full];
  });
}

test('there are secrets to look for', () => {
  expect(secrets.length).toBeGreaterThan(100);
});

test('no JS chunk or static file of this build holds feedback or an explanation', () => {
  const files = filesUnder(path.resolve(__dirname, '..', process.env.NEXT_DIST_DIR ?? '.next', 'static'));
  expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(5);
  for (const file of files) {
    expect(leaks(fs.readFileSync(file, 'utf8')), file).toEqual([]);
  }
});

test('no student page HTML or RSC payload holds feedback or an explanation', async ({ request }) => {
  for (const q of allQuizzes()) {
    for (const page of ['/', `/quiz/${q.id}`, `/quiz/${q.id}/play`, `/quiz/${q.id}/results`]) {
      const html = await request.get(page);
      // an assessment form is never served as practice (lib/content/practice.ts): its pages answer 404, still leak-free
      expect(html.status(), page).toBe(page === '/' || q.use === 'practice' ? 200 : 404);
      expect(leaks(await html.text()), `${page} HTML`).toEqual([]);
      const rsc = await request.get(page, { headers: { RSC: '1' } });
      const payload = await rsc.text();
      expect(payload.length, `${page} RSC`).toBeGreaterThan(100);
      expect(leaks(payload), `${page} RSC payload`).toEqual([]);
    }
  }
});

test('what the browser receives while on a question holds no feedback until that question is answered', async ({ page }) => {
  const pending: Array<Promise<string>> = [];
  page.on('response', (res) => {
    const type = res.headers()['content-type'] ?? '';
    if (/javascript|json|html|x-component|text/.test(type)) pending.push(res.text().catch(() => ''));
  });
  const received = async () => Promise.all(pending);
  await page.goto('/quiz/paktika-practice/play');
  await expect(page.getByRole('button', { name: 'Check answer' })).toBeVisible();
  await page.waitForLoadState('load');
  const before = await received();
  expect(before.length).toBeGreaterThan(3);
  expect(before.flatMap(leaks)).toEqual([]);

  // positive control: once answered, that item's explanation does arrive, so the scan can see a leak
  const first = items()[0]!;
  await page.getByRole('radio').first().check();
  await page.getByRole('radio', { name: 'Sure', exact: true }).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.getByRole('heading', { name: 'How a fact-checker reasons' })).toBeVisible();
  const arrived = (await received()).flatMap(leaks);
  expect(arrived.length).toBeGreaterThan(0);
  expect(arrived.every((l) => l.item === first.id)).toBe(true);
});

// Ids a page may carry for other things (sections, items, the article's blocks and sentences): an author part id
// that happens to equal one of these is no sign of a leak.
function otherIds(q: Quiz): Set<string> {
  const blocks = article(q.article)?.blocks.flatMap((b) => [b.id, ...(b.kind === 'paragraph' ? b.sentences.map((s) => s.id) : [])]) ?? [];
  return new Set([q.id, q.article, ...q.sections.map((s) => s.id), ...items(q).map((i) => i.id), ...blocks]);
}

// `"id":"a"`, also as it stands inside the HTML's inline script strings (`\"id\":\"a\"`)
// (ids are lowercase letters, digits and dashes: nothing to escape in a pattern)
const inIdPosition = (body: string, id: string) => new RegExp(`\\\\?"id\\\\?":\\\\?"${id}\\\\?"`).test(body);

test('the question and results pages name no part of an item by its author id', async ({ request }) => {
  let checked = 0;
  for (const q of allQuizzes().filter((quiz) => quiz.use === 'practice')) {
    const others = otherIds(q);
    for (const url of [`/quiz/${q.id}/play`, `/quiz/${q.id}/results`]) {
      const html = await (await request.get(url)).text();
      const rsc = await (await request.get(url, { headers: { RSC: '1' } })).text();
      for (const [where, body] of [['HTML', html], ['RSC payload', rsc]] as const) {
        const shown = new Map(publicItems(publicQuizIn(body)).map((i) => [i.id, i]));
        expect(flightOf(body).length, `${url} ${where}`).toBeGreaterThan(100);
        for (const item of items(q)) {
          const pub = shown.get(item.id);
          expect(pub, `${url} ${where}: ${item.id}`).toBeDefined();
          const authored = itemParts(item).map(([, id]) => id);
          const ids = shownPartIds(pub!);
          // positive control: the ids the page does use stand in id position, so the scan can see an id there
          for (const id of ids) expect(inIdPosition(body, id), `${url} ${where}: public id ${id} of ${item.id}`).toBe(true);
          expect(ids.filter((id) => authored.includes(id)), `${url} ${where}: ${item.id}`).toEqual([]);
          for (const id of authored.filter((a) => !others.has(a))) {
            expect(inIdPosition(body, id), `${url} ${where}: author id "${id}" of ${item.id}`).toBe(false);
            checked++;
          }
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(200);
});
