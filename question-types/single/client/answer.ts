// Single on the question page: its input and how its draft becomes a response (listed in question-types/inputs.ts).
import type { AnswerParts } from '../../client-define';
import { singleDraft } from '../draft';
import { SingleChoice } from './input';

export const singleAnswer: AnswerParts<'single'> = { ...singleDraft, Input: SingleChoice };
