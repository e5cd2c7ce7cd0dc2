// Two-part in the Playwright tests: the student picks the answer in part A and the reason in part B; in the player
// both interactions' choices come from one id maker, so one selector names one choice in either part.
import type { AnswerCase, E2eType } from '../shared/e2e';
import { qtiChoice } from '../shared/e2e';
import { pickRadio } from '@/e2e/helpers/keys';
import type { TwoPartItem, TwoPartResponse } from './schema';

export const e2e: E2eType<TwoPartItem, TwoPartResponse> = {
  async fill(page, item, mode) {
    const answer = item.partA.options.find((o) => o.id === item.partA.key)!.text;
    const reason = item.partB.options.find((o) => o.id === item.partB.key)!.text;
    await pickRadio(page, mode, page.getByRole('group', { name: item.prompt }), page.getByRole('radio', { name: answer, exact: true }));
    const partB = page.getByRole('group', { name: `Part B: ${item.partB.prompt}` });
    await pickRadio(page, mode, partB, partB.getByRole('radio', { name: reason, exact: true }));
  },
  asksConfidence: true,
  afterCheck: null,
  qtiCases(item, ids) {
    const wrongA = item.partA.options.find((o) => o.id !== item.partA.key)!.id;
    const wrongB = item.partB.options.find((o) => o.id !== item.partB.key)!.id;
    const as = (answer: string, reason: string): Pick<AnswerCase<TwoPartResponse>, 'response' | 'actions'> => ({
      response: { type: 'two-part', answer, reason },
      actions: [{ click: qtiChoice(ids('choice', answer)) }, { click: qtiChoice(ids('choice', reason)) }],
    });
    return [
      { name: 'key', ...as(item.partA.key, item.partB.key) },
      // a right reason for a wrong answer earns nothing (the rule in ./public.ts)
      { name: 'wrong', ...as(wrongA, item.partB.key) },
      { name: 'partial', ...as(item.partA.key, wrongB) },
    ];
  },
};
