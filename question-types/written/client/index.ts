// Written in the browser: its input, its feedback and its draft rules, for the client registry.
import type { ClientQuestionType } from '../../client-define';
import { WrittenFeedback } from './feedback';
import { writtenDraft } from '../draft';
import { Written } from './input';

export const writtenClient: ClientQuestionType<'written'> = { ...writtenDraft, Input: Written, Feedback: WrittenFeedback };
