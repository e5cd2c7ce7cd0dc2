// How the e2e student reaches and works a control, by pointer or by keyboard alone: shared by the generic answer
// helper (e2e/helpers/answer.ts) and each question type's e2e.ts.
import { expect, type Locator, type Page } from '@playwright/test';

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

export async function pickRadio(page: Page, mode: Mode, group: Locator, radio: Locator) {
  if (mode === 'mouse') await radio.check();
  else await keyRadio(page, group, radio);
}

export async function press(page: Page, mode: Mode, button: Locator) {
  if (mode === 'mouse') await button.click();
  else {
    await tabTo(page, button);
    await page.keyboard.press('Enter');
  }
}
