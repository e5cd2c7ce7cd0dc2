// "What does it prove" in the Playwright tests: the student judges each statement with its radio pair; the player
// clicks a verdict in each row of the match grid.
import type { AnswerCase, E2eType } from '../shared/e2e';
import { qtiPair } from '../shared/e2e';
import { pickRadio } from '@/e2e/helpers/keys';
import type { ScopeItem, ScopeResponse } from './schema';

export const e2e: E2eType<ScopeItem, ScopeResponse> = {
  async fill(page, item, mode) {
    for (const s of item.statements) {
      const group = page.getByRole('group', { name: s.text, exact: true });
      const radio = group.getByRole('radio', { name: s.proves ? 'Proves this' : 'Does not prove this', exact: true });
      await pickRadio(page, mode, group, radio);
    }
  },
  asksConfidence: true,
  afterCheck: null,
  qtiCases(item, ids) {
    // the first `right` statements judged right, the rest wrong
    const judge = (right: number): Pick<AnswerCase<ScopeResponse>, 'response' | 'actions'> => {
      const judgements = Object.fromEntries(item.statements.map((s, i) => [s.id, i < right ? s.proves : !s.proves]));
      return {
        response: { type: 'scope', judgements },
        actions: Object.entries(judgements).map(([s, p]) => ({ click: qtiPair(ids('statement', s), ids('verdict', String(p))) })),
      };
    };
    return [
      { name: 'key', ...judge(item.statements.length) },
      { name: 'wrong', ...judge(0) },
      { name: 'partial', ...judge(1) },
    ];
  },
};
