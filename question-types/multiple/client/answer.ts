// Multiple on the question page: its input and how its draft becomes a response (listed in question-types/inputs.ts).
import type { AnswerParts } from '../../client-define';
import { multipleDraft } from '../draft';
import { MultipleChoice } from './input';

export const multipleAnswer: AnswerParts<'multiple'> = { ...multipleDraft, Input: MultipleChoice };
