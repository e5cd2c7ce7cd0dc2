// What the browser sees of an order item (steps scrambled), its feedback, and its scoring rule in words.
export interface OrderPublic {
  type: 'order';
  steps: Array<{ id: string; text: string }>;
}

export interface OrderFeedback {
  type: 'order';
  key: string[];
  order: string[];
  steps: Array<{ id: string; feedback: string }>;
}

export const ORDER_RULE = 'You earn the share of pairs of steps that you put in the right order.';
