// Classify in the browser: its input, its feedback and its draft rules, for the client registry.
import type { ClientQuestionType } from '../../client-define';
import { ChoiceFeedback } from '../../shared/client/choice-feedback';
import { classifyDraft } from '../draft';
import { Classify } from './input';

export const classifyClient: ClientQuestionType<'classify'> = { ...classifyDraft, Input: Classify, Feedback: ChoiceFeedback };
