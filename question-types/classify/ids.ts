// The part ids classify items, drafts, responses and feedback name (browser and server; no zod).
import type { IdRules } from '../shared/draft';
import type { ClassifyPublic } from './public';

export const classifyIds: IdRules<ClassifyPublic> = {
  shownIds: () => [],
  namedIds: () => [],
  feedbackIds: () => [],
};
