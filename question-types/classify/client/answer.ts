// Classify on the question page: its input and how its draft becomes a response (listed in question-types/inputs.ts).
import type { AnswerParts } from '../../client-define';
import { classifyDraft } from '../draft';
import { Classify } from './input';

export const classifyAnswer: AnswerParts<'classify'> = { ...classifyDraft, Input: Classify };
