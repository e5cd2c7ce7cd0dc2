// The class and results pages stream behind a loading state (loading.tsx), yet a page that is not yours is still a
// real 404 and a signed-out visit a real redirect: their access checks run above the loading boundary.
import { createAssignment, signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

test.use({ allowedConsoleErrors: [/status of 404/] });

test('another teacher’s class and results are a 404, a signed-out visit a redirect, with the loading state in place', async ({ page, browser }) => {
  await signUpTeacher(page);
  const { shareUrl } = await createAssignment(page, { className: 'Streaming 6B', mode: /^After handing in/ });
  const resultsPath = new URL(shareUrl).pathname.replace(/share$/, 'results');
  await page.goto('/teacher');
  await page.getByRole('link', { name: 'Streaming 6B' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Streaming 6B' })).toBeVisible();
  const classPath = new URL(page.url()).pathname;
  expect(classPath).toMatch(/^\/teacher\/classes\/[0-9a-f-]{36}$/);
  // the owner sees both pages
  expect((await page.goto(resultsPath))?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // a student who is not in this assignment is a real 404 on the owner's per-student page (it is not behind the
  // overview's loading boundary)
  for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
    expect((await page.goto(`${resultsPath}/students/${id}`))?.status(), id).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  }

  const other = await browser.newContext();
  const o = await other.newPage();
  await signUpTeacher(o);
  for (const path of [classPath, resultsPath, `${resultsPath}/print`, '/teacher/classes/00000000-0000-4000-8000-000000000000', '/teacher/classes/not-a-uuid']) {
    expect((await o.goto(path))?.status(), path).toBe(404);
    await expect(o.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  }
  await other.close();

  const stranger = await browser.newContext();
  const signIn = await stranger.request.get(classPath, { maxRedirects: 0 });
  expect(signIn.status()).toBe(307);
  expect(signIn.headers().location).toContain(`/teacher/sign-in?next=${encodeURIComponent(classPath)}`);
  await stranger.close();
});
