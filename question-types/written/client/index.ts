// written for the client registry: feedback and ids (input and draft rules: ./answer.ts).
import type { ClientQuestionType } from '../../client-define';
import { WrittenFeedback } from './feedback';
import { writtenIds } from '../ids';

export const writtenClient: ClientQuestionType<'written'> = { ...writtenIds, Feedback: WrittenFeedback };
