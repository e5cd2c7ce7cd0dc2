// two-part for the client registry: feedback and ids (input and draft rules: ./answer.ts).
import type { ClientQuestionType } from '../../client-define';
import { twoPartIds } from '../ids';
import { TwoPartFeedback } from './feedback';

export const twoPartClient: ClientQuestionType<'two-part'> = { ...twoPartIds, Feedback: TwoPartFeedback };
