import { fillAnswer } from './helpers/answer';
import { items } from './helpers/content';
import { exited, startServer, tempDataDir, waitUntilUp } from './helpers/server';
import { createAssignment, signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

const all = items();

test.use({ allowedConsoleErrors: [/Failed to load resource|ERR_CONNECTION_REFUSED|Failed to fetch|status of 500/] });

test.describe('the embedded database', () => {
  test.skip(Boolean(process.env.DATABASE_URL), 'these faults are about the embedded database');

  test('a second server on the same data dir is refused with a message naming the holder', async () => {
    test.setTimeout(120_000);
    const dir = tempDataDir();
    const first = startServer(3261, dir);
    try {
      await waitUntilUp(first);
      const second = startServer(3262, dir);
      expect(await exited(second)).not.toBe(0);
      expect(second.output()).toMatch(new RegExp(`in use by process ${first.child.pid}`));
      // the first is unharmed
      expect((await fetch(`${first.url}/`)).status).toBe(200);
    } finally {
      first.child.kill('SIGTERM');
      await exited(first);
    }
  });

  test('killing the server mid-session loses no saved answer, and the student page recovers by itself', async ({ browser }) => {
    test.setTimeout(240_000);
    const dir = tempDataDir();
    let server = startServer(3263, dir);
    // whatever fails, no server of this test outlives it (a leftover one would hold the port for the next run)
    try {
      await waitUntilUp(server);
      const teacher = await browser.newContext({ baseURL: server.url });
      const t = await teacher.newPage();
      await signUpTeacher(t, server);
      const { code } = await createAssignment(t, { className: 'Crash class', mode: /^After handing in/ });

      const student = await browser.newContext({ baseURL: server.url });
      const s = await student.newPage();
      await s.goto(`/join/${code}`);
      await s.getByLabel('Your name').fill('Rui');
      await s.getByRole('button', { name: 'Join and start' }).click();
      const save = async (n: number) => {
        const item = all[n]!;
        await fillAnswer(s, item, 'mouse');
        if (item.type !== 'written') await s.getByRole('radio', { name: 'Sure', exact: true }).check();
        await s.getByRole('button', { name: 'Save answer' }).click();
      };
      await save(0);
      await expect(s.getByText('Saved', { exact: true })).toBeVisible();
      await s.getByRole('button', { name: 'Next question' }).click();
      await save(1);
      await expect(s.getByText('Saved', { exact: true })).toBeVisible();

      server.child.kill('SIGKILL');
      await exited(server);
      await s.getByRole('button', { name: 'Next question' }).click();
      await save(2);
      await expect(s.locator('[data-sync="retrying"], [data-sync="offline"]')).toContainText('1 answer waiting');
      await expect(s.getByText('Saved', { exact: true })).toHaveCount(0);

      server = startServer(3263, dir); // same port and data dir: the stale lock of the killed process is taken over
      await waitUntilUp(server);
      await expect(s.getByText('Saved', { exact: true })).toBeVisible({ timeout: 60_000 });
      await s.reload();
      await expect(s.getByText(`3 of ${all.length} answered`)).toBeVisible();
      await teacher.close();
      await student.close();
    } finally {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGTERM');
        await exited(server);
      }
    }
  });
});

test('a failed save says "not saved, retrying" and never a false "Saved", then saves when the server recovers', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: 'Fault class', mode: /^After handing in/ });
  const context = await browser.newContext();
  const s = await context.newPage();
  await s.goto(`/join/${code}`);
  await s.getByLabel('Your name').fill('Lea');
  await s.getByRole('button', { name: 'Join and start' }).click();
  await expect(s.getByText('answering as Lea')).toBeVisible();
  // the server answers as it does when its database fails (see errorResponse): a 500 with a retry message
  await s.route('**/api/attempts/**', (route) =>
    route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ code: 'internal:server', message: 'database unavailable' }) }),
  );
  const item = all[0]!;
  await fillAnswer(s, item, 'mouse');
  await s.getByRole('radio', { name: 'Sure', exact: true }).check();
  await s.getByRole('button', { name: 'Save answer' }).click();
  await expect(s.locator('[data-sync="retrying"]')).toContainText('Not saved yet, retrying.');
  await expect(s.locator('[data-sync="retrying"]')).toContainText('1 answer waiting');
  await expect(s.getByText('Saved. You will see feedback')).toHaveCount(0);
  await expect(s.getByText('Saved', { exact: true })).toHaveCount(0);
  await s.unroute('**/api/attempts/**');
  await expect(s.getByText('Saved', { exact: true })).toBeVisible({ timeout: 40_000 });
  await expect(s.getByText('Saved. You will see feedback')).toBeVisible();
  await context.close();
});

test('double clicks and a double hand-in change nothing twice', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signUpTeacher(page);
  const { code } = await createAssignment(page, { className: 'Double class', mode: /^After handing in/ });
  const context = await browser.newContext();
  const s = await context.newPage();
  await s.goto(`/join/${code}`);
  await s.getByLabel('Your name').fill('Tom');
  await s.getByRole('button', { name: 'Join and start' }).click();
  const item = all[0]!;
  await fillAnswer(s, item, 'mouse');
  await s.getByRole('radio', { name: 'Sure', exact: true }).check();
  await s.getByRole('button', { name: 'Save answer' }).dblclick();
  await expect(s.getByText('Saved', { exact: true })).toBeVisible();
  // hand in with a double tap, then send the same hand-in twice more at once, as a flaky connection might
  for (let n = 1; n < all.length; n++) await s.getByRole('button', { name: /Next question|Skip for now/ }).click();
  await s.getByRole('button', { name: 'Hand in' }).click();
  const sent = s.waitForResponse((r) => r.url().endsWith('/submit'));
  await s.getByRole('button', { name: 'Yes, hand in' }).dblclick();
  const first = await sent;
  expect(first.status()).toBe(200);
  await expect(s.getByRole('heading', { level: 1, name: /Your results/ })).toBeVisible();
  const again = () => s.evaluate((url) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then((r) => r.json()), first.url());
  const [a, b] = await Promise.all([again(), again()]);
  expect(a.submittedAt).toEqual(expect.any(String));
  expect(b.submittedAt).toBe(a.submittedAt);

  await page.getByRole('link', { name: /See results/ }).click();
  await expect(page.getByRole('row', { name: /Tom/ })).toContainText('Handed in');
  await expect(page.getByRole('row', { name: /Tom/ })).not.toContainText('attempt 2');
  const csv = await page.request.get(page.url().split('?')[0] + '/answers.csv');
  expect((await csv.text()).split('\n').filter((line) => line.includes('Tom')).length).toBe(1);
  await context.close();
});
