// The authoring pages on a phone, in English and in Urdu (right to left): the library with an own draft's actions
// open, the new-quiz page, the editor on a pasted article with drafted items, and the editor on a duplicated lesson
// (every item form). None scrolls sideways at 360 px; the new-quiz page and the editors pass axe. Each is saved as a
// screenshot (a test artifact, not committed).
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { quiz } from './helpers/content';
import { signUpTeacher } from './helpers/teacher';
import { expect, test } from './fixtures';

const ARTICLE = fs.readFileSync(path.join(__dirname, 'fixtures', 'authoring-article.txt'), 'utf8');
const shipped = quiz('paktika-practice');
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT ?? 3210}`;

async function setLocale(page: Page, locale: 'en' | 'ur') {
  await page.context().addCookies([{ name: 'cc_locale', value: locale, url: baseURL }]);
}

/** Opens every disclosure (the article details, the LMS exports) so what they hold is measured too. */
async function widthWithAllOpen(page: Page): Promise<number> {
  await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  return page.evaluate(() => document.scrollingElement!.scrollWidth);
}

/** The innermost elements that reach past the viewport's edge, to name in a failure. */
const tooWide = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          (r.right > 361 || r.left < -1) &&
          ![...el.children].some((c) => c.getBoundingClientRect().right > 361 || c.getBoundingClientRect().left < -1)
        );
      })
      .concat(
        // text that overflows its box (a long word) moves no element's edge
        [...document.querySelectorAll('body *')].filter(
          (el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && el.clientWidth > 0,
        ),
      )
      .reverse()
      .slice(0, 4)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().width)}px${[...el.children].map((c) => ` ${c.tagName}:${Math.round(c.getBoundingClientRect().width)}/${c.scrollWidth}`).join('')}): ${(el.textContent ?? '').slice(0, 40)}`,
      )
      .join('; '),
  );

test('the library, the new-quiz page and the editor fit 360 px in English and Urdu @phone', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  // the desktop project runs every spec too: measure on a phone's width whatever the project
  await page.setViewportSize({ width: 360, height: 740 });
  await signUpTeacher(page);
  // an editor on a pasted article, with its items drafted
  await page.goto('/teacher/quizzes/new');
  await page.getByLabel('Headline').fill('Footbridge closure splits Bramley Ford traders');
  await page.getByLabel('Outlet').fill('The Test Courier (fictional)');
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Read the article' }).click();
  await expect(page).toHaveURL(/\/teacher\/drafts\/[0-9a-f-]{36}$/);
  const pasted = page.url();
  await page.getByRole('button', { name: 'Draft items' }).click();
  await expect(page.getByText(/^\d+ items drafted/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible({ timeout: 20_000 });
  // a duplicated lesson, opened in the editor: the forms of every item type it has
  await page.goto('/teacher/quizzes');
  const shippedList = page.getByRole('region', { name: 'Claimcheck’s quizzes' });
  await shippedList
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: shipped.title, exact: true }) })
    .getByRole('button', { name: /^Duplicate/ })
    .click();
  const own = page
    .getByRole('region', { name: 'Your quizzes' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: `${shipped.title} (copy)`, exact: true }) });
  await own.getByRole('button', { name: /^Edit/ }).click();
  await expect(page).toHaveURL(/\/teacher\/drafts\/[0-9a-f-]{36}$/);
  const opened = page.url();

  const pages = { library: '/teacher/quizzes', new: '/teacher/quizzes/new', 'editor-pasted': pasted, 'editor-lesson': opened };
  for (const locale of ['en', 'ur'] as const) {
    await setLocale(page, locale);
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ur' ? 'rtl' : 'ltr');
      if (name.startsWith('editor'))
        await expect(page.locator('[id$="-why"]')).not.toHaveText(/^(Checking…|جانچ جاری ہے…)$/, { timeout: 30_000 });
      const width = await widthWithAllOpen(page);
      // the editor is tens of thousands of pixels tall: its first screen, and its first item
      await page.screenshot({ path: testInfo.outputPath(`${name}-${locale}-360.png`), fullPage: !name.startsWith('editor') });
      if (name.startsWith('editor'))
        await page
          .locator('fieldset[data-item]')
          .first()
          .screenshot({ path: testInfo.outputPath(`${name}-${locale}-item-360.png`) });
      expect(width, `${name} in ${locale}: no sideways scroll (too wide: ${await tooWide(page)})`).toBeLessThanOrEqual(360);
      // (the library's axe check is e2e/library.spec.ts's, on data of its own: two listed quizzes of one title repeat
      // a landmark's name, components/teacher/export-links.tsx)
      if (name !== 'library') await expectNoAxeViolations(page, `${name} in ${locale}`);
    }
  }
});
