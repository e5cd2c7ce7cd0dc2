// match for the client registry: feedback and ids (input and draft rules: ./answer.ts).
import type { ClientQuestionType } from '../../client-define';
import { MatchFeedback } from './feedback';
import { matchIds } from '../ids';

export const matchClient: ClientQuestionType<'match'> = { ...matchIds, Feedback: MatchFeedback };
