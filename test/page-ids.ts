// The quiz a page sends to the browser, read out of its RSC payload (inline in the HTML, or fetched with `RSC: 1`),
// and answers put in the ids that page gave each part. The e2e tests and the load benchmark answer this way, as the
// player does: the server's ids are opaque, so an answer's parts are found where the page shows them.
import type { Item } from '../content/schema';
import type { PublicItem, PublicQuiz } from '../lib/quiz/public';
import type { Response } from '../lib/quiz/responses';
import { questionType } from '../question-types/lookup';
import type { PartKind } from '../question-types/shared/parts';

/** The RSC payload of a page: the `self.__next_f.push([1, "…"])` chunks of its HTML joined, or the body itself. */
export function flightOf(body: string): string {
  const chunks = [...body.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((m) => JSON.parse(m[1] as string) as string);
  return chunks.length > 0 ? chunks.join('') : body;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// React escapes a string that starts with "$" as "$$"
function unescape(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith('$$') ? value.slice(1) : value;
  if (Array.isArray(value)) return value.map(unescape);
  return isRecord(value) ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unescape(v)])) : value;
}

function findQuiz(value: unknown): Record<string, unknown> | null {
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findQuiz(v);
      if (found) return found;
    }
    return null;
  }
  if (!isRecord(value)) return null;
  const sections = value.sections;
  if (typeof value.id === 'string' && Array.isArray(sections) && sections.every((s) => isRecord(s) && Array.isArray(s.items))) return value;
  return findQuiz(Object.values(value));
}

/** The public quiz a page carries (the player's or the results page's props). Throws if there is none. */
export function publicQuizIn(body: string): PublicQuiz {
  for (const row of flightOf(body).split('\n')) {
    const json = /^[0-9a-f]+:([[{].*)$/.exec(row)?.[1];
    if (!json) continue;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      continue; // a text row, or a row split by a text row's line break
    }
    const quiz = findQuiz(value);
    if (quiz) return unescape(quiz) as PublicQuiz;
  }
  throw new Error('no quiz in this page');
}

export const publicItems = (quiz: PublicQuiz): PublicItem[] => quiz.sections.flatMap((s) => s.items);

// A part id in a view made with these markers instead of public ids: the page's view of the same item has the same
// shape and order (toPublic's shuffles depend on the item, not on the ids), so walking both side by side pairs each
// author id with the id the page gave it.
const MARK = '\u0000';
const marker = (kind: PartKind, id: string) => `${MARK}${kind}${MARK}${id}`;

function pairIds(marked: unknown, shown: unknown, out: Map<string, string>, itemId: string): void {
  if (typeof marked === 'string' && marked.startsWith(MARK)) {
    if (typeof shown !== 'string') throw new Error(`${itemId}: the page shows no part where the item has "${marked.split(MARK)[2]}"`);
    out.set(marked, shown);
  } else if (Array.isArray(marked)) {
    if (!Array.isArray(shown) || shown.length !== marked.length) throw new Error(`${itemId}: the page shows other parts than the item has`);
    marked.forEach((m, i) => pairIds(m, shown[i], out, itemId));
  } else if (isRecord(marked)) {
    if (!isRecord(shown)) throw new Error(`${itemId}: the page shows other parts than the item has`);
    for (const [k, v] of Object.entries(marked)) pairIds(v, shown[k], out, itemId);
  }
}

/** A response in author ids (as content/ has it) in the ids the page gave each part. */
export function inPageIds(item: Item, shown: PublicItem, response: Response): Response {
  if (shown.type !== item.type || response.type !== item.type) {
    throw new Error(`${item.id}: the page shows a ${shown.type} item, the answer is ${response.type}`);
  }
  const type = questionType(item.type);
  const onPage = new Map<string, string>();
  pairIds(type.toPublic(item, { toPublic: marker, toAuthor: () => undefined }), shown, onPage, item.id);
  return type.mapResponseIds(response, (kind, id) => {
    const found = onPage.get(marker(kind, id));
    if (found === undefined) throw new Error(`${item.id}: the page shows no part "${id}"`);
    return found;
  }) as Response;
}
