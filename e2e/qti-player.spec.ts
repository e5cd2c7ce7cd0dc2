// Every exported QTI 3.0 item rendered by a QTI 3 player others maintain (Cito's @citolab/qti-components, GPL-3.0:
// a test-only dev dependency, loaded from node_modules into a page of its own, nothing of it ships). For each item
// the answer is entered through the player's own interaction (click a choice, a hottext, a radio in the match
// grid, drag the steps, type the text), the player's response processing runs, and its SCORE must equal
// Claimcheck's grader for the key (1), a wrong answer (0) and a partial answer. Written answers are scored by a
// person (external-scored="human"), which no player scores: for those the spec checks the rendered interaction.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { loadContent } from '@/content/load';
import type { Item, Quiz } from '@/content/schema';
import { qtiFiles } from '@/lib/export/qti/package';
import { gradeItem } from '@/lib/quiz/grade';
import { expect, test } from './fixtures';
import { answerCases, type Action } from './helpers/qti-player';

const ORIGIN = 'http://qti-player.test';
const player = fs.readFileSync(path.join(process.cwd(), 'node_modules/@citolab/qti-components/cdn/index.global.js'), 'utf8');

const quizzes: Quiz[] = [];
const files = new Map<string, Map<string, string>>();
for (const dir of ['content', 'test/fixtures/export']) {
  const set = loadContent(path.join(process.cwd(), dir));
  for (const quiz of set.quizzes.values()) {
    quizzes.push(quiz);
    files.set(quiz.id, qtiFiles(quiz, set.articles.get(quiz.article), '3.0'));
  }
}

/** Serves the player and one quiz's package from an origin of its own: no network, nothing from the app. */
async function servePackage(page: Page, quizId: string) {
  // wide enough that a long step fits one line: the player drops a step into the slot it overlaps most
  await page.setViewportSize({ width: 1600, height: 1000 });
  const pkg = files.get(quizId) as Map<string, string>;
  await page.route(`${ORIGIN}/**`, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
    if (name === '') {
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><head><title>QTI player</title><script src="/player.js"></script></head><body></body></html>' });
    }
    if (name === 'player.js') return route.fulfill({ contentType: 'text/javascript', body: player });
    const body = pkg.get(name);
    return body === undefined ? route.fulfill({ status: 404, body: 'not in the package' }) : route.fulfill({ contentType: 'application/xml', body });
  });
  await page.goto(`${ORIGIN}/`);
}

async function renderItem(page: Page, item: Item) {
  await page.evaluate((href) => {
    document.body.innerHTML = `<qti-item><item-container item-url="${href}"></item-container></qti-item>`;
  }, `/items/${item.id}.xml`);
  await expect(page.locator(`qti-assessment-item[identifier="item-${item.id}"]`)).toBeAttached();
  await expect(page.locator('qti-item-body')).toBeVisible();
}

async function enter(page: Page, actions: Action[]) {
  for (const action of actions) {
    if ('click' in action) {
      await page.locator(action.click).click();
    } else if ('type' in action) {
      const box = page.locator('qti-extended-text-interaction textarea');
      await box.fill(action.type);
      await box.blur();
    } else {
      for (const [slot, step] of action.order.entries()) {
        const source = page.locator(step);
        const target = page.locator(`qti-order-interaction drop-list[identifier="droplist${slot}"]`);
        await target.scrollIntoViewIfNeeded();
        await source.dragTo(target);
        // the step now sits in its slot (the player moves the dragged choice into the drop list)
        await expect(target.locator(step)).toHaveCount(1);
      }
    }
  }
}

/** Runs the player's own response processing and reads its SCORE and RESPONSE. */
function score(page: Page) {
  return page.evaluate(() => {
    const container = document.querySelector('item-container') as HTMLElement & { shadowRoot: ShadowRoot };
    const item = container.shadowRoot.querySelector('qti-assessment-item') as HTMLElement & {
      processResponse(): boolean;
      getOutcome(id: string): { value: unknown };
      variables: Array<{ identifier: string; value: unknown }>;
    };
    item.processResponse();
    return {
      score: Number(item.getOutcome('SCORE').value),
      response: item.variables.find((v) => v.identifier === 'RESPONSE')?.value ?? null,
    };
  });
}

for (const quiz of quizzes) {
  // @no-database: nothing here touches the app or its database, so the PostgreSQL run of the suite skips it
  test.describe(`QTI 3.0 items of ${quiz.id} in Cito's player`, { tag: '@no-database' }, () => {
    // an order item is three answers of up to six drags each on a shared 2-core machine
    test.describe.configure({ timeout: 180_000 });
    // the player never touches the app or its database: once, in the embedded-database run, is enough
    test.skip(Boolean(process.env.DATABASE_URL), 'database-independent: runs in the embedded-database pass only');
    for (const item of quiz.sections.flatMap((s) => s.items)) {
      test(`${item.id} (${item.type})`, async ({ page }) => {
        await servePackage(page, quiz.id);
        for (const c of answerCases(item)) {
          await renderItem(page, item);
          await enter(page, c.actions);
          const played = await score(page);
          const graded = gradeItem(item, c.response);
          if (item.type === 'written') {
            // not scorable by any player: SCORE waits for a person; the text must have reached the response
            test.info().annotations.push({ type: 'not scored by the player', description: `${item.id}: written answer, external-scored="human"` });
            expect(played.response).toBe(c.actions[0] && 'type' in c.actions[0] ? c.actions[0].type : '');
            expect(played.score).toBe(0);
            continue;
          }
          expect(played.score, `${c.name}: player ${played.score}, grader ${graded.score}, response ${JSON.stringify(played.response)}`).toBeCloseTo(graded.score, 3);
          if (c.name === 'key') expect(played.score).toBe(1);
          if (c.name === 'wrong') expect(played.score).toBe(0);
        }
      });
    }
  });
}
