import 'server-only';
// Answers cross to and from the browser in public ids (lib/quiz/public-ids.ts). Every route that receives one
// translates it to author ids before it is checked and graded, and the database keeps author ids (reports, CSV
// exports and grading read them); answers sent back to a device are translated to public ids again.
import type { Item } from '@/content/schema';
import { questionType } from '@/question-types/lookup';
import { PART_NAMES, type PartIds, type PartKind } from '@/question-types/shared/parts';
import { notOfThisQuestion, responseProblem } from './fit';
import type { Response } from './responses';

type Translate = (kind: PartKind, id: string) => string | undefined;

/** The response with every part id translated, and the message for the first id that has no translation. */
function translate(response: Response, to: Translate): { response: Response; unknown: string | null } {
  let unknown: string | null = null;
  const translated = questionType(response.type).mapResponseIds(response, (kind: PartKind, id: string) => {
    const found = to(kind, id);
    if (found === undefined) unknown ??= notOfThisQuestion(id, PART_NAMES[kind]);
    return found ?? id;
  }) as Response;
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
