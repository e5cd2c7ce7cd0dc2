// The part ids highlight items, drafts, responses and feedback name (browser and server; no zod).
import type { IdRules } from '../shared/draft';
import type { HighlightPublic } from './public';

export const highlightIds: IdRules<HighlightPublic> = {
  shownIds: () => [], // the phrases are not sent before feedback
  namedIds: () => [],
  feedbackIds: () => [], // highlight phrases are not ids the item was sent
};
