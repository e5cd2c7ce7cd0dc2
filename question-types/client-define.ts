// What a question type must give the browser: its feedback and the ids its parts carry (one object per type,
// question-types/<type>/client/index.ts, listed in question-types/client.ts), and its input with its draft rules
// (question-types/<type>/client/answer.ts, listed in question-types/inputs.ts: only the question page takes answers,
// the results pages load feedback alone). No zod and no server code may be reached from here: the question page
// has a JS budget.
import type { ComponentType } from 'react';
import type { DraftRules, IdRules } from './shared/draft';
import type { PublicBase } from './shared/public';
import type { FeedbackOf, ItemType, PublicItemOf, Response, ResponseOf } from './types';

/** The type's own public part (PublicItemOf without the base every item has). */
type Of<T extends ItemType> = Omit<PublicItemOf<T>, keyof PublicBase>;

/** What an input edits: a draft of the response, checked only when the student answers. */
export type Draft = { type: string } & Record<string, unknown>;

export interface ItemInputProps<T extends ItemType> {
  item: PublicItemOf<T>;
  draft: Draft | undefined;
  setDraft: (draft: Draft) => void;
  locked: boolean; // answered: the input shows the answer but can no longer change
  seed: string;
  labelId: string; // id of the element naming the question (the prompt heading)
}

export interface FeedbackProps<T extends ItemType> {
  item: PublicItemOf<T>;
  feedback: FeedbackOf<T>;
  // sends a changed response for the same item (a written answer's self-rating); absent where not allowed
  resubmit?: (response: Response) => Promise<void>;
}

/** What showing feedback and checking what a device kept need (results pages and the question page). */
export interface ClientQuestionType<T extends ItemType> extends IdRules<Of<T>> {
  Feedback: ComponentType<FeedbackProps<T>>;
}

/** What taking an answer needs (the question page only). */
export interface AnswerParts<T extends ItemType> extends DraftRules<Of<T>, ResponseOf<T>> {
  Input: ComponentType<ItemInputProps<T>>;
}
