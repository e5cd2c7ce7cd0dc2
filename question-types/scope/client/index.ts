// Scope in the browser: its input, its feedback and its draft rules, for the client registry.
import type { ClientQuestionType } from '../../client-define';
import { ScopeFeedback } from './feedback';
import { scopeDraft } from '../draft';
import { Scope } from './input';

export const scopeClient: ClientQuestionType<'scope'> = { ...scopeDraft, Input: Scope, Feedback: ScopeFeedback };
