// Match on the question page: its input and how its draft becomes a response (listed in question-types/inputs.ts).
import type { AnswerParts } from '../../client-define';
import { matchDraft } from '../draft';
import { Match } from './input';

export const matchAnswer: AnswerParts<'match'> = { ...matchDraft, Input: Match };
