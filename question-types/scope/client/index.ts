// scope for the client registry: feedback and ids (input and draft rules: ./answer.ts).
import type { ClientQuestionType } from '../../client-define';
import { ScopeFeedback } from './feedback';
import { scopeIds } from '../ids';

export const scopeClient: ClientQuestionType<'scope'> = { ...scopeIds, Feedback: ScopeFeedback };
