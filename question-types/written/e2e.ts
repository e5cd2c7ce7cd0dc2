// A written answer in the Playwright tests: the student types an answer, and once it is checked rates it at the
// top of the rubric (no confidence question); the player gets the model answer typed in.
import { expect } from '@playwright/test';
import type { E2eType } from '../shared/e2e';
import { pickRadio, press, tabTo } from '@/e2e/helpers/keys';
import type { WrittenItem, WrittenResponse } from './schema';

export const e2e: E2eType<WrittenItem, WrittenResponse> = {
  async fill(page, _item, mode) {
    const box = page.getByRole('textbox', { name: /Your answer/ });
    const text = 'The officials give no evidence for the earthquake claim. I would reverse-search the images.';
    if (mode === 'mouse') await box.fill(text);
    else {
      await tabTo(page, box);
      await page.keyboard.type(text);
    }
  },
  asksConfidence: false,
  async afterCheck(page, item, mode) {
    await expect(page.getByRole('heading', { level: 2, name: 'Now rate your answer' })).toBeFocused();
    const best = item.rubric.find((r) => r.level === 2)!;
    const group = page.getByRole('group', { name: /How does your answer compare/ });
    await pickRadio(page, mode, group, group.getByRole('radio', { name: new RegExp(best.label) }));
    await press(page, mode, page.getByRole('button', { name: 'Save my rating' }));
  },
  qtiCases: (item) => [{ name: 'key', response: { type: 'written', text: item.modelAnswer, selfRating: 2 }, actions: [{ type: item.modelAnswer }] }],
};
