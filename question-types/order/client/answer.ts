// Order on the question page: its input and how its draft becomes a response (listed in question-types/inputs.ts).
import type { AnswerParts } from '../../client-define';
import { orderDraft } from '../draft';
import { Order } from './input';

export const orderAnswer: AnswerParts<'order'> = { ...orderDraft, Input: Order };
