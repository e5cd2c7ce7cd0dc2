// Single choice in the browser: its input, its feedback and its draft rules, for the client registry.
import type { ClientQuestionType } from '../../client-define';
import { ChoiceFeedback } from '../../shared/client/choice-feedback';
import { singleDraft } from '../draft';
import { SingleChoice } from './input';

export const singleClient: ClientQuestionType<'single'> = { ...singleDraft, Input: SingleChoice, Feedback: ChoiceFeedback };
