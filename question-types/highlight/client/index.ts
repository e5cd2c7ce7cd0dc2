// Highlight in the browser: its input, its feedback and its draft rules, for the client registry.
import type { ClientQuestionType } from '../../client-define';
import { HighlightFeedback } from './feedback';
import { highlightDraft } from '../draft';
import { Highlight } from './input';

export const highlightClient: ClientQuestionType<'highlight'> = { ...highlightDraft, Input: Highlight, Feedback: HighlightFeedback };
