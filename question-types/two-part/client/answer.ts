// Two-part on the question page: its input and how its draft becomes a response (listed in question-types/inputs.ts).
import type { AnswerParts } from '../../client-define';
import { twoPartDraft } from '../draft';
import { TwoPartChoice } from './input';

export const twoPartAnswer: AnswerParts<'two-part'> = { ...twoPartDraft, Input: TwoPartChoice };
