// The quiz a page sends to the browser, read out of its RSC payload (inline in the HTML, or fetched with `RSC: 1`),
// and answers put in the ids that page gave each part. The e2e tests and the load benchmark answer this way, as the
// player does: the server's ids are opaque, so an answer is found by the text a student reads.
import type { Item } from '../content/schema';
import type { PublicItem, PublicQuiz } from '../lib/quiz/public';
import type { Response } from '../lib/quiz/responses';

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

type Part = { id: string } & ({ text: string } | { name: string });
const label = (p: Part) => ('text' in p ? p.text : p.name);

/** The id the page gave the part an author id names, found by its text. */
function idOnPage(authored: Part[], shown: Part[], itemId: string) {
  return (authorId: string): string => {
    const want = authored.find((p) => p.id === authorId);
    const found = want && shown.find((p) => label(p) === label(want));
    if (!found) throw new Error(`${itemId}: the page shows no part "${authorId}"`);
    return found.id;
  };
}

/** A response in author ids (as content/ has it) in the ids the page gave each part. */
export function inPageIds(item: Item, shown: PublicItem, response: Response): Response {
  const pairs = <T>(record: Record<string, T>, key: (id: string) => string, value: (v: T) => T) =>
    Object.fromEntries(Object.entries(record).map(([k, v]) => [key(k), value(v)]));
  const mismatch = () => new Error(`${item.id}: the page shows a ${shown.type} item, the answer is ${response.type}`);
  switch (response.type) {
    case 'single':
    case 'multiple': {
      if ((item.type !== 'single' && item.type !== 'multiple') || shown.type !== item.type) throw mismatch();
      const option = idOnPage(item.options, shown.options, item.id);
      return response.type === 'single' ? { ...response, choice: option(response.choice) } : { ...response, choices: response.choices.map(option) };
    }
    case 'match': {
      if (item.type !== 'match' || shown.type !== 'match') throw mismatch();
      const claim = idOnPage(item.claims, shown.claims, item.id);
      const party = idOnPage(item.parties, shown.parties, item.id);
      return { ...response, pairs: pairs(response.pairs, claim, party) };
    }
    case 'order': {
      if (item.type !== 'order' || shown.type !== 'order') throw mismatch();
      return { ...response, order: response.order.map(idOnPage(item.steps, shown.steps, item.id)) };
    }
    case 'scope': {
      if (item.type !== 'scope' || shown.type !== 'scope') throw mismatch();
      return { ...response, judgements: pairs(response.judgements, idOnPage(item.statements, shown.statements, item.id), (v) => v) };
    }
    case 'classify':
    case 'highlight':
    case 'written':
      return response;
  }
}
