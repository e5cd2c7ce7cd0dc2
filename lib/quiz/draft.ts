// Turns an input's draft into a complete response, or says what is still missing. Runs in the browser, so it
// checks by hand instead of with zod (the server parses every answer with zod again).
import type { PublicItem } from './public';
import type { Response } from './responses';

type Draft = Record<string, unknown> | undefined;

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function build(item: PublicItem, d: Record<string, unknown>): Response | string {
  switch (item.type) {
    case 'single':
      return typeof d.choice === 'string' ? { type: 'single', choice: d.choice } : 'Choose an answer first.';
    case 'multiple':
      return isStringArray(d.choices) && d.choices.length > 0
        ? { type: 'multiple', choices: d.choices }
        : 'Select at least one option.';
    case 'classify':
      return typeof d.status === 'string'
        ? ({ type: 'classify', status: d.status } as Response)
        : 'Choose an answer first.';
    case 'highlight':
      return Array.isArray(d.words) && d.words.length > 0 && d.words.every((w) => Number.isInteger(w))
        ? { type: 'highlight', words: d.words as number[] }
        : 'Select at least one word in the passage.';
    case 'match': {
      const pairs = isRecord(d.pairs) ? d.pairs : {};
      const complete = item.claims.every((c) => typeof pairs[c.id] === 'string' && pairs[c.id] !== '');
      return complete ? { type: 'match', pairs: pairs as Record<string, string> } : 'Match every claim to a party first.';
    }
    case 'order':
      return isStringArray(d.order) && d.order.length === item.steps.length
        ? { type: 'order', order: d.order }
        : 'Put every step in order first.';
    case 'scope': {
      const judgements = isRecord(d.judgements) ? d.judgements : {};
      const complete = item.statements.every((s) => typeof judgements[s.id] === 'boolean');
      return complete
        ? { type: 'scope', judgements: judgements as Record<string, boolean> }
        : 'Decide for every statement first.';
    }
    case 'written': {
      const text = typeof d.text === 'string' ? d.text.trim() : '';
      return text ? { type: 'written', text } : 'Write your answer first.';
    }
  }
}

export function draftToResponse(item: PublicItem, draft: Draft): { response: Response } | { missing: string } {
  if (!draft || draft.type !== item.type) {
    return { missing: item.type === 'written' ? 'Write your answer first.' : 'Choose an answer first.' };
  }
  const built = build(item, draft);
  return typeof built === 'string' ? { missing: built } : { response: built };
}
