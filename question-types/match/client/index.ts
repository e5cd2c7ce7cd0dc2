// Match in the browser: its input, its feedback and its draft rules, for the client registry.
import type { ClientQuestionType } from '../../client-define';
import { MatchFeedback } from './feedback';
import { matchDraft } from '../draft';
import { Match } from './input';

export const matchClient: ClientQuestionType<'match'> = { ...matchDraft, Input: Match, Feedback: MatchFeedback };
