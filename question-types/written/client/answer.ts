// Written on the question page: its input and how its draft becomes a response (listed in question-types/inputs.ts).
import type { AnswerParts } from '../../client-define';
import { writtenDraft } from '../draft';
import { Written } from './input';

export const writtenAnswer: AnswerParts<'written'> = { ...writtenDraft, Input: Written };
