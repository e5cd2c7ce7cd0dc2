// What a question type gives the Playwright tests (question-types/<type>/e2e.ts, found by e2e/helpers/question-types.ts):
// how the e2e student answers it by pointer and by keyboard, and how Cito's QTI 3 player is driven to enter the
// same answers (e2e/qti-player.spec.ts). Test code only: nothing in the app imports it.
import type { Page } from '@playwright/test';
import type { Mode } from '@/e2e/helpers/keys';
import type { Status } from '@/content/words';
import type { IdMaker } from '@/lib/export/mapping';

/** What is done in the player: click an element, drag elements into this order, or type text. */
export type Action = { click: string } | { order: string[] } | { type: string };

/** An answer as the player is given it, and the same answer as a Claimcheck response for the grader. */
export interface AnswerCase<R> {
  name: 'key' | 'wrong' | 'partial';
  response: R;
  actions: Action[];
}

export interface E2eType<I, R> {
  /** Fills in the key (or, for a classify item, the given wrong status) the way a student would. */
  fill(page: Page, item: I, mode: Mode, wrongStatus?: Status): Promise<void>;
  /** Whether the question asks "How sure are you?" before the answer is checked. */
  asksConfidence: boolean;
  /** What the student does once the answer is checked and before feedback shows (a self-rating), or null. */
  afterCheck: null | ((page: Page, item: I, mode: Mode) => Promise<void>);
  /** The key, a wrong and (where the type has partial credit) a partial answer, through the exported file's ids. */
  qtiCases(item: I, ids: IdMaker): Array<AnswerCase<R>>;
}

/** A choice of a QTI choice or order interaction, by its exported identifier. */
export const qtiChoice = (id: string) => `qti-simple-choice[identifier="${id}"]`;
/** A cell of the match grid (qti-match-tabular), by the exported identifiers of its row and column. */
export const qtiPair = (a: string, b: string) => `input[value="${a} ${b}"]`;

/** The key and one wrong answer of a type answered by one choice, each a click on its choice. */
export const oneChoiceCases = <R, Id extends string>(ids: IdMaker, role: string, key: Id, wrong: Id, response: (id: Id) => R): Array<AnswerCase<R>> => [
  { name: 'key', response: response(key), actions: [{ click: qtiChoice(ids(role, key)) }] },
  { name: 'wrong', response: response(wrong), actions: [{ click: qtiChoice(ids(role, wrong)) }] },
];
