// Highlight on the question page: its input and how its draft becomes a response (listed in question-types/inputs.ts).
import type { AnswerParts } from '../../client-define';
import { highlightDraft } from '../draft';
import { Highlight } from './input';

export const highlightAnswer: AnswerParts<'highlight'> = { ...highlightDraft, Input: Highlight };
