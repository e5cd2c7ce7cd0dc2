// Highlight in the browser: the draft (word indexes) as a response. Plain code, no zod.
import type { DraftRules } from '../shared/draft';
import type { HighlightPublic } from './public';
import type { HighlightResponse } from './schema';

export const highlightDraft: DraftRules<HighlightPublic, HighlightResponse> = {
  missing: 'answer',
  draftToResponse: (_item, d) =>
    Array.isArray(d.words) && d.words.length > 0 && d.words.every((w) => Number.isInteger(w))
      ? { type: 'highlight', words: d.words as number[] }
      : 'words',
};
