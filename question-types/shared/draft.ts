// The plain rules a type gives the browser for its drafts and for what a device keeps (question-types/<type>/draft.ts).
// No zod here: the player runs these on the question page.
import type { PublicBase } from './public';

export interface DraftRules<P, R> {
  /** Said when there is no draft yet. */
  missing: string;
  /** The draft as a complete response, or what is still missing. */
  draftToResponse(item: PublicBase & P, draft: Record<string, unknown>): R | string;
  /** The part ids the browser was given for the item (the server's tests read these too). */
  shownIds(item: P): string[];
  /** The part ids a draft or a response names (the two share their field names). */
  namedIds(value: Record<string, unknown>): string[];
  /** The part ids feedback kept on a device names (read with care: an older version may lack a field). */
  feedbackIds(feedback: Record<string, unknown>): string[];
}
