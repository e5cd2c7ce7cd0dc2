// Select all that apply in the browser: its input, its feedback and its draft rules, for the client registry.
import type { ClientQuestionType } from '../../client-define';
import { ChoiceFeedback } from '../../shared/client/choice-feedback';
import { multipleDraft } from '../draft';
import { MultipleChoice } from './input';

export const multipleClient: ClientQuestionType<'multiple'> = { ...multipleDraft, Input: MultipleChoice, Feedback: ChoiceFeedback };
