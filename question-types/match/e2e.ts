// Match in the Playwright tests: the student picks each claim's party by its name (the option values are the
// server's opaque ids); the player clicks the radios of the match grid.
import { expect } from '@playwright/test';
import type { AnswerCase, E2eType } from '../shared/e2e';
import { qtiPair } from '../shared/e2e';
import { tabTo } from '@/e2e/helpers/keys';
import type { MatchItem, MatchResponse } from './schema';

export const e2e: E2eType<MatchItem, MatchResponse> = {
  async fill(page, item, mode) {
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
  },
  asksConfidence: true,
  afterCheck: null,
  qtiCases(item, ids) {
    const parties = item.parties.map((p) => p.id);
    const wrongParty = (right: string) => parties.find((p) => p !== right)!;
    // the first `right` claims matched to their party, the rest to another one
    const pick = (right: number): Pick<AnswerCase<MatchResponse>, 'response' | 'actions'> => {
      const pairs = Object.fromEntries(item.claims.map((c, i) => [c.id, i < right ? c.party : wrongParty(c.party)]));
      return {
        response: { type: 'match', pairs },
        actions: Object.entries(pairs).map(([c, p]) => ({ click: qtiPair(ids('claim', c), ids('party', p)) })),
      };
    };
    return [
      { name: 'key', ...pick(item.claims.length) },
      { name: 'wrong', ...pick(0) },
      { name: 'partial', ...pick(1) },
    ];
  },
};
