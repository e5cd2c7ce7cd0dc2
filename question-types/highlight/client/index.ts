// highlight for the client registry: feedback and ids (input and draft rules: ./answer.ts).
import type { ClientQuestionType } from '../../client-define';
import { HighlightFeedback } from './feedback';
import { highlightIds } from '../ids';

export const highlightClient: ClientQuestionType<'highlight'> = { ...highlightIds, Feedback: HighlightFeedback };
