// What a question type must give the browser: its input, its feedback and the plain checks the player runs on a
// draft. One object per type (question-types/<type>/client/index.ts), listed in question-types/client.ts. No zod and
// no server code may be reached from here: the question page has a JS budget.
import type { ComponentType } from 'react';
import type { DraftRules } from './shared/draft';
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

export interface ClientQuestionType<T extends ItemType> extends DraftRules<Of<T>, ResponseOf<T>> {
  Input: ComponentType<ItemInputProps<T>>;
  Feedback: ComponentType<FeedbackProps<T>>;
}
