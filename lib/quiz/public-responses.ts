import 'server-only';
// Answers cross to and from the browser in public ids (lib/quiz/public-ids.ts). Every route that receives one
// translates it to author ids before it is checked and graded, and the database keeps author ids (reports, CSV
// exports and grading read them); answers sent back to a device are translated to public ids again.
import type { Item } from '@/content/schema';
import { notOfThisQuestion, responseProblem } from './fit';
import type { PartIds, PartKind } from './public-ids';
import type { Response } from './responses';

const WHAT: Record<PartKind, string> = {
  option: 'an option',
  claim: 'a claim',
  party: 'a party',
  step: 'a step',
  statement: 'a statement',
  target: 'a phrase',
  decoy: 'a phrase',
};

type Translate = (kind: PartKind, id: string) => string | undefined;

function mapIds(response: Response, one: (kind: PartKind, id: string) => string): Response {
  const keys = <T>(record: Record<string, T>, kind: PartKind) =>
    Object.fromEntries(Object.entries(record).map(([id, value]) => [one(kind, id), value]));
  switch (response.type) {
    case 'single':
      return { ...response, choice: one('option', response.choice) };
    case 'multiple':
      return { ...response, choices: response.choices.map((id) => one('option', id)) };
    case 'match': {
      // claims first, then parties: the order in which responseProblem names an unknown id
      const claims = keys(response.pairs, 'claim');
      return { ...response, pairs: Object.fromEntries(Object.entries(claims).map(([claim, party]) => [claim, one('party', party)])) };
    }
    case 'order':
      return { ...response, order: response.order.map((id) => one('step', id)) };
    case 'scope':
      return { ...response, judgements: keys(response.judgements, 'statement') };
    case 'classify':
    case 'highlight':
    case 'written':
      return response;
  }
}

/** The response with every part id translated, and the message for the first id that has no translation. */
function translate(response: Response, to: Translate): { response: Response; unknown: string | null } {
  let unknown: string | null = null;
  const translated = mapIds(response, (kind, id) => {
    const found = to(kind, id);
    if (found === undefined) unknown ??= notOfThisQuestion(id, WHAT[kind]);
    return found ?? id;
  });
  return { response: translated, unknown };
}

/**
 * A response from the browser in author ids, ready to grade and store; or the 400 message for it (an id this item
 * never sent, or anything else responseProblem refuses).
 */
export function responseFromBrowser(item: Item, response: Response, ids: PartIds): { response: Response } | { problem: string } {
  // a response of the wrong type is named as such, not as an unknown option
  if (item.type !== response.type) return { problem: responseProblem(item, response) ?? 'This answer does not fit the question.' };
  const authored = translate(response, ids.toAuthor);
  if (authored.unknown) return { problem: authored.unknown };
  const problem = responseProblem(item, authored.response);
  return problem ? { problem } : { response: authored.response };
}

/** A stored response (author ids) as the browser knows it. */
export function responseForBrowser(response: Response, ids: PartIds): Response {
  return translate(response, ids.toPublic).response;
}
