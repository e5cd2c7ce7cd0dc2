// A response can be well-formed yet name options the item does not have: that is bad input (400), not a wrong answer.
import type { Item } from '@/content/schema';
import type { Response } from './responses';

/** The message for an id the question does not have, e.g. `"zz" is not an option of this question.` */
export const notOfThisQuestion = (id: string, what: string) => `"${id}" is not ${what} of this question.`;

export function responseProblem(item: Item, response: Response): string | null {
  if (item.type !== response.type) return `This question expects a "${item.type}" answer, not "${response.type}".`;
  const unknown = (ids: string[], known: string[], what: string) => {
    const bad = ids.find((id) => !known.includes(id));
    return bad === undefined ? null : notOfThisQuestion(bad, what);
  };
  switch (response.type) {
    case 'single':
      return item.type === 'single' ? unknown([response.choice], item.options.map((o) => o.id), 'an option') : null;
    case 'multiple':
      if (item.type !== 'multiple') return null;
      if (new Set(response.choices).size !== response.choices.length) return 'An option is listed twice.';
      return unknown(response.choices, item.options.map((o) => o.id), 'an option');
    case 'classify':
      return null;
    case 'highlight': {
      if (item.type !== 'highlight') return null;
      const count = item.passage.split(/\s+/).length;
      return response.words.some((w) => w >= count) ? 'A selected word is outside the passage.' : null;
    }
    case 'match':
      if (item.type !== 'match') return null;
      return (
        unknown(Object.keys(response.pairs), item.claims.map((c) => c.id), 'a claim') ??
        unknown(Object.values(response.pairs), item.parties.map((p) => p.id), 'a party') ??
        (Object.keys(response.pairs).length < item.claims.length ? 'Match every claim to a party first.' : null)
      );
    case 'order': {
      if (item.type !== 'order') return null;
      const ids = item.steps.map((s) => s.id);
      const complete = response.order.length === ids.length && new Set(response.order).size === ids.length;
      return unknown(response.order, ids, 'a step') ?? (complete ? null : 'Put every step in the order once.');
    }
    case 'scope':
      if (item.type !== 'scope') return null;
      return (
        unknown(Object.keys(response.judgements), item.statements.map((s) => s.id), 'a statement') ??
        (Object.keys(response.judgements).length < item.statements.length ? 'Judge every statement first.' : null)
      );
    case 'written':
      return item.type === 'written' && response.text.length > item.maxLength
        ? `Keep your answer under ${item.maxLength} characters.`
        : null;
  }
}
