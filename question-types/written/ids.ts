// The part ids written items, drafts, responses and feedback name (browser and server; no zod).
import type { IdRules } from '../shared/draft';
import type { WrittenPublic } from './public';

export const writtenIds: IdRules<WrittenPublic> = {
  shownIds: () => [],
  namedIds: () => [],
  feedbackIds: () => [],
};
