// multiple for the client registry: feedback and ids (input and draft rules: ./answer.ts).
import type { ClientQuestionType } from '../../client-define';
import { ChoiceFeedback } from '../../shared/client/choice-feedback';
import { multipleIds } from '../ids';

export const multipleClient: ClientQuestionType<'multiple'> = { ...multipleIds, Feedback: ChoiceFeedback };
