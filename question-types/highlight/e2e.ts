// Highlight in the Playwright tests: the student presses the target words (by pointer, or arrows and Space); the
// player clicks the hottexts of the exported passage.
import { expect } from '@playwright/test';
import type { AnswerCase, E2eType } from '../shared/e2e';
import { tabTo } from '@/e2e/helpers/keys';
import { passageRuns } from './export';
import { highlightSpans } from './grade';
import type { HighlightItem, HighlightResponse } from './schema';

export const e2e: E2eType<HighlightItem, HighlightResponse> = {
  async fill(page, item, mode) {
    const words = page.getByRole('toolbar', { name: item.prompt }).getByRole('button');
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
  },
  asksConfidence: true,
  afterCheck: null,
  qtiCases(item, ids) {
    let at = 0;
    const runs = passageRuns(item).map((r) => {
      const words = r.text.split(' ').map((_, i) => at + i);
      at += words.length;
      return { ...r, words, selector: `qti-hottext[identifier="${ids(r.role === 'word' ? 'word' : 'hot', `${r.role}:${r.authorId}`)}"]` };
    });
    const pick = (list: typeof runs): Pick<AnswerCase<HighlightResponse>, 'response' | 'actions'> => ({
      response: { type: 'highlight', words: list.flatMap((r) => r.words) },
      actions: list.map((r) => ({ click: r.selector })),
    });
    const targets = runs.filter((r) => r.role === 'target');
    const wrong = runs.filter((r) => r.role === 'decoy').slice(0, 1);
    // a stray word that stands alone (its neighbours are not chosen), so both graders count it once
    const other = runs.find((r) => r.role === 'word')!;
    return [
      { name: 'key', ...pick(targets) },
      { name: 'wrong', ...pick(wrong.length ? wrong : [other]) },
      { name: 'partial', ...pick([...targets.slice(0, Math.max(1, targets.length - 1)), other]) },
    ];
  },
};
