// order for the client registry: feedback and ids (input and draft rules: ./answer.ts).
import type { ClientQuestionType } from '../../client-define';
import { OrderFeedback } from './feedback';
import { orderIds } from '../ids';

export const orderClient: ClientQuestionType<'order'> = { ...orderIds, Feedback: OrderFeedback };
