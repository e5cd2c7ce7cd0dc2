// Scope on the question page: its input and how its draft becomes a response (listed in question-types/inputs.ts).
import type { AnswerParts } from '../../client-define';
import { scopeDraft } from '../draft';
import { Scope } from './input';

export const scopeAnswer: AnswerParts<'scope'> = { ...scopeDraft, Input: Scope };
