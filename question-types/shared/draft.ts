// The plain rules a type gives the browser (no zod: the player runs these on the question page).
import type { PublicBase } from './public';

/** Taking an answer (question-types/<type>/draft.ts): only the question page needs these. */
export interface DraftRules<P, R> {
  /** Said when there is no draft yet. */
  missing: string;
  /** The draft as a complete response, or what is still missing. */
  draftToResponse(item: PublicBase & P, draft: Record<string, unknown>): R | string;
}

/** The part ids things name (question-types/<type>/ids.ts): what a device kept is checked with these on loading. */
export interface IdRules<P> {
  /** The part ids the browser was given for the item (the server's tests read these too). */
  shownIds(item: P): string[];
  /** The part ids a draft or a response names (the two share their field names). */
  namedIds(value: Record<string, unknown>): string[];
  /** The part ids feedback kept on a device names (read with care: an older version may lack a field). */
  feedbackIds(feedback: Record<string, unknown>): string[];
}
