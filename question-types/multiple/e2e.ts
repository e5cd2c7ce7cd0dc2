// Select all in the Playwright tests: the student ticks each key option; the player clicks choices.
import { expect } from '@playwright/test';
import type { E2eType } from '../shared/e2e';
import { qtiChoice } from '../shared/e2e';
import { tabTo } from '@/e2e/helpers/keys';
import type { MultipleItem, MultipleResponse } from './schema';

export const e2e: E2eType<MultipleItem, MultipleResponse> = {
  async fill(page, item, mode) {
    for (const id of item.key) {
      const box = page.getByRole('checkbox', { name: item.options.find((o) => o.id === id)!.text, exact: true });
      if (mode === 'mouse') await box.check();
      else {
        await tabTo(page, box);
        await page.keyboard.press('Space');
      }
      await expect(box).toBeChecked();
    }
  },
  asksConfidence: true,
  afterCheck: null,
  qtiCases(item, ids) {
    const clicks = (list: string[]) => list.map((id) => ({ click: qtiChoice(ids('choice', id)) }));
    const wrong = item.options.filter((o) => !item.key.includes(o.id)).map((o) => o.id);
    const partial = [item.key[0]!];
    return [
      { name: 'key', response: { type: 'multiple', choices: item.key }, actions: clicks(item.key) },
      { name: 'wrong', response: { type: 'multiple', choices: wrong }, actions: clicks(wrong) },
      { name: 'partial', response: { type: 'multiple', choices: partial }, actions: clicks(partial) },
    ];
  },
};
