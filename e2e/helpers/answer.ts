// Answers quiz items the way a student would, by pointer or by keyboard alone.
import { expect, type Locator, type Page } from '@playwright/test';
import type { Item, Status } from '../../content/schema';
import { STATUS_LABELS } from '../../lib/quiz/vocabulary';
import { highlightSpans } from '../../question-types/highlight/grade';

export type Mode = 'mouse' | 'keyboard';

const isFocused = (l: Locator) => l.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));

/** Presses Tab until the locator (or something inside it) has focus: proves it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, max = 150) {
  await target.first().waitFor();
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Selects one radio of a group by keyboard: Tab into the group, then arrow keys until it is checked. */
async function keyRadio(page: Page, group: Locator, radio: Locator) {
  await tabTo(page, group);
  for (let i = 0; i < 12 && !(await radio.isChecked()); i++) {
    await page.keyboard.press(i === 0 ? 'Space' : 'ArrowDown');
  }
  await expect(radio).toBeChecked();
}

async function pickRadio(page: Page, mode: Mode, group: Locator, radio: Locator) {
  if (mode === 'mouse') await radio.check();
  else await keyRadio(page, group, radio);
}

async function press(page: Page, mode: Mode, button: Locator) {
  if (mode === 'mouse') await button.click();
  else {
    await tabTo(page, button);
    await page.keyboard.press('Enter');
  }
}

const statusRadio = (page: Page, status: Status) =>
  page.getByRole('radio', { name: new RegExp(`^${STATUS_LABELS[status].label.replace('/', '\\/')}`) });

/** Fills in the answer: the key, or for a classify item a given wrong status. */
export async function fillAnswer(page: Page, item: Item, mode: Mode, wrongStatus?: Status) {
  switch (item.type) {
    case 'single': {
      const text = item.options.find((o) => o.id === item.key)!.text;
      const radio = page.getByRole('radio', { name: text, exact: true });
      await pickRadio(page, mode, page.getByRole('group', { name: item.prompt }), radio);
      return;
    }
    case 'multiple':
      for (const id of item.key) {
        const box = page.getByRole('checkbox', { name: item.options.find((o) => o.id === id)!.text, exact: true });
        if (mode === 'mouse') await box.check();
        else {
          await tabTo(page, box);
          await page.keyboard.press('Space');
        }
        await expect(box).toBeChecked();
      }
      return;
    case 'classify':
      await pickRadio(page, mode, page.getByRole('group', { name: item.prompt }), statusRadio(page, wrongStatus ?? item.key));
      return;
    case 'highlight': {
      const words = page.getByRole('group', { name: item.prompt }).getByRole('button');
      const { spans } = highlightSpans(item);
      const targets = item.targets.flatMap((t) => spans.get(t.id) ?? []).sort((a, b) => a - b);
      if (mode === 'mouse') for (const w of targets) await words.nth(w).click();
      else {
        await tabTo(page, words.nth(0));
        let at = 0;
        for (const w of targets) {
          for (; at < w; at++) await page.keyboard.press('ArrowRight');
          await page.keyboard.press('Space');
        }
      }
      for (const w of targets) await expect(words.nth(w)).toHaveAttribute('aria-pressed', 'true');
      return;
    }
    case 'match':
      // by the party's name, as a student reads it: the option values are the server's opaque ids
      for (const claim of item.claims) {
        const party = item.parties.find((p) => p.id === claim.party)!.name;
        const select = page.getByLabel(claim.text, { exact: true });
        const chosen = select.locator('option:checked');
        if (mode === 'mouse') await select.selectOption({ label: party });
        else {
          await tabTo(page, select);
          for (let i = 0; i < 10 && (await chosen.textContent())?.trim() !== party; i++) await page.keyboard.press('ArrowDown');
        }
        await expect(chosen).toHaveText(party);
      }
      return;
    case 'order':
      for (let target = 0; target < item.key.length; target++) {
        const step = item.steps.find((s) => s.id === item.key[target])!;
        const rows = page.getByRole('listitem');
        const texts = await rows.allInnerTexts();
        let at = texts.findIndex((t) => t.includes(step.text));
        const up = page.getByRole('button', { name: `Move up: ${step.text}`, exact: true });
        if (at > target && mode === 'keyboard') await tabTo(page, up);
        for (; at > target; at--) {
          if (mode === 'mouse') await up.click();
          else await page.keyboard.press('Enter'); // focus stays on the moved step's button
        }
      }
      return;
    case 'scope':
      for (const s of item.statements) {
        const group = page.getByRole('group', { name: s.text, exact: true });
        const radio = group.getByRole('radio', { name: s.proves ? 'Proves this' : 'Does not prove this', exact: true });
        await pickRadio(page, mode, group, radio);
      }
      return;
    case 'two-part': {
      const answer = item.partA.options.find((o) => o.id === item.partA.key)!.text;
      const reason = item.partB.options.find((o) => o.id === item.partB.key)!.text;
      await pickRadio(page, mode, page.getByRole('group', { name: item.prompt }), page.getByRole('radio', { name: answer, exact: true }));
      const partB = page.getByRole('group', { name: `Part B: ${item.partB.prompt}` });
      await pickRadio(page, mode, partB, partB.getByRole('radio', { name: reason, exact: true }));
      return;
    }
    case 'written': {
      const box = page.getByRole('textbox', { name: /Your answer/ });
      const text = 'The officials give no evidence for the earthquake claim. I would reverse-search the images.';
      if (mode === 'mouse') await box.fill(text);
      else {
        await tabTo(page, box);
        await page.keyboard.type(text);
      }
      return;
    }
  }
  // a type the e2e student does not know how to answer: the compiler names it here, before a test silently skips it
  const unanswerable: never = item;
  throw new Error(`e2e/helpers/answer.ts cannot answer a "${(unanswerable as Item).type}" item`);
}

/** Answers the current question (confidence "Sure"), checks it, and returns once feedback shows. */
export async function answerItem(page: Page, item: Item, mode: Mode, wrongStatus?: Status) {
  await expect(page.getByRole('heading', { level: 1, name: item.prompt })).toBeVisible();
  await fillAnswer(page, item, mode, wrongStatus);
  if (item.type !== 'written') {
    await pickRadio(page, mode, page.getByRole('group', { name: 'How sure are you?' }), page.getByRole('radio', { name: 'Sure', exact: true }));
  }
  await press(page, mode, page.getByRole('button', { name: 'Check answer' }));
  if (item.type === 'written') {
    await expect(page.getByRole('heading', { level: 2, name: 'Now rate your answer' })).toBeFocused();
    const best = item.rubric.find((r) => r.level === 2)!;
    const group = page.getByRole('group', { name: /How does your answer compare/ });
    await pickRadio(page, mode, group, group.getByRole('radio', { name: new RegExp(best.label) }));
    await press(page, mode, page.getByRole('button', { name: 'Save my rating' }));
    await expect(page.getByRole('heading', { level: 2, name: 'Right' })).toBeVisible();
    return;
  }
  const verdict = wrongStatus ? 'Not quite' : 'Right';
  await expect(page.getByRole('heading', { level: 2, name: verdict })).toBeFocused();
}

export async function next(page: Page, mode: Mode, last: boolean) {
  const control = last
    ? page.getByRole('link', { name: 'See your results' })
    : page.getByRole('button', { name: 'Next question' });
  await press(page, mode, control);
}
