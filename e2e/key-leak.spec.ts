import fs from 'node:fs';
import path from 'node:path';
import { fingerprint, secretTexts } from '../lib/quiz/secrets';
import { allQuizzes, items } from './helpers/content';
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

test('no JS chunk or static file under .next/static holds feedback or an explanation', () => {
  const files = filesUnder(path.resolve(__dirname, '../.next/static'));
  expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(5);
  for (const file of files) {
    expect(leaks(fs.readFileSync(file, 'utf8')), file).toEqual([]);
  }
});

test('no student page HTML or RSC payload holds feedback or an explanation', async ({ request }) => {
  for (const q of allQuizzes()) {
    for (const page of ['/', `/quiz/${q.id}`, `/quiz/${q.id}/play`, `/quiz/${q.id}/results`]) {
      const html = await request.get(page);
      expect(html.status(), page).toBe(200);
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
