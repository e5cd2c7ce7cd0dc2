// Order in the Playwright tests: the student moves each step up to its place (the button keeps focus, so Enter
// repeats); the player drags the steps into the order slots.
import type { AnswerCase, E2eType } from '../shared/e2e';
import { qtiChoice } from '../shared/e2e';
import { tabTo } from '@/e2e/helpers/keys';
import type { OrderItem, OrderResponse } from './schema';

export const e2e: E2eType<OrderItem, OrderResponse> = {
  async fill(page, item, mode) {
    for (let target = 0; target < item.key.length; target++) {
      const step = item.steps.find((s) => s.id === item.key[target])!;
      const texts = await page.getByRole('listitem').allInnerTexts();
      let at = texts.findIndex((t) => t.includes(step.text));
      const up = page.getByRole('button', { name: `Move up: ${step.text}`, exact: true });
      if (at > target && mode === 'keyboard') await tabTo(page, up);
      for (; at > target; at--) {
        if (mode === 'mouse') await up.click();
        else await page.keyboard.press('Enter'); // focus stays on the moved step's button
      }
    }
  },
  asksConfidence: true,
  afterCheck: null,
  qtiCases(item, ids) {
    const swapped = [item.key[1]!, item.key[0]!, ...item.key.slice(2)];
    const as = (order: string[]): Pick<AnswerCase<OrderResponse>, 'response' | 'actions'> => ({
      response: { type: 'order', order },
      actions: [{ order: order.map((s) => qtiChoice(ids('step', s))) }],
    });
    return [
      { name: 'key', ...as(item.key) },
      { name: 'wrong', ...as([...item.key].reverse()) },
      { name: 'partial', ...as(swapped) },
    ];
  },
};
