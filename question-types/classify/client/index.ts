// classify for the client registry: feedback and ids (input and draft rules: ./answer.ts).
import type { ClientQuestionType } from '../../client-define';
import { ChoiceFeedback } from '../../shared/client/choice-feedback';
import { classifyIds } from '../ids';

export const classifyClient: ClientQuestionType<'classify'> = { ...classifyIds, Feedback: ChoiceFeedback };
