// The plain rules a type gives the browser (no zod: the player runs these on the question page).
import type { PublicBase } from './public';

/** What is still missing before an answer can be checked: a key of items.player.missing (the player says it). */
export type MissingKey = 'answer' | 'words' | 'options' | 'match' | 'order' | 'scope' | 'twoPart' | 'partA' | 'partB' | 'written';

/** Taking an answer (question-types/<type>/draft.ts): only the question page needs these. */
export interface DraftRules<P, R> {
  /** Said when there is no draft yet. */
  missing: MissingKey;
  /** The draft as a complete response, or what is still missing. */
  draftToResponse(item: PublicBase & P, draft: Record<string, unknown>): R | MissingKey;
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
