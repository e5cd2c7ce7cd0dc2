// What the browser sees of an order item (steps scrambled) and its feedback. Its scoring rule in words is a message
// (items.player.order.rule).
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
