// Order in the browser: its input, its feedback and its draft rules, for the client registry.
import type { ClientQuestionType } from '../../client-define';
import { OrderFeedback } from './feedback';
import { orderDraft } from '../draft';
import { Order } from './input';

export const orderClient: ClientQuestionType<'order'> = { ...orderDraft, Input: Order, Feedback: OrderFeedback };
