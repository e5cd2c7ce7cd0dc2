import type { PublicItem } from '@/lib/quiz/public';
import type { Draft } from '../quiz-store';

export type PublicItemOf<T extends PublicItem['type']> = Extract<PublicItem, { type: T }>;

export interface ItemInputProps<T extends PublicItem['type']> {
  item: PublicItemOf<T>;
  draft: Draft | undefined;
  setDraft: (draft: Draft) => void;
  locked: boolean; // answered: the input shows the answer but can no longer change
  seed: string;
  labelId: string; // id of the element naming the question (the prompt heading)
}
