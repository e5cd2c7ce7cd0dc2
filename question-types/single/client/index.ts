// single for the client registry: feedback and ids (input and draft rules: ./answer.ts).
import type { ClientQuestionType } from '../../client-define';
import { ChoiceFeedback } from '../../shared/client/choice-feedback';
import { singleIds } from '../ids';

export const singleClient: ClientQuestionType<'single'> = { ...singleIds, Feedback: ChoiceFeedback };
