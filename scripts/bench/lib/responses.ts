// Valid answers for every item of a quiz, built from content/ (the same files the server grades against): some
// right, some wrong, the way a class answers. Each one is checked with the app's own schema before it is sent.
// They are planned in the author's ids; the server gives the browser other ids for the parts of an item, so each
// student puts its answers in the ids of the page it was sent (inPageOf), as the player does.
import path from 'node:path';
import { formatProblems, loadContent } from '../../../content/load';
import { CONFIDENCES, type Item, type Quiz } from '../../../content/schema';
import { responseProblem } from '../../../lib/quiz/fit';
import { keyResponse } from '../../../lib/quiz/key-response';
import { questionType } from '../../../question-types/lookup';
import type { Sampler } from '../../../question-types/shared/sample';
import type { PublicQuiz } from '../../../lib/quiz/public';
import { answerSchema, type Answer, type Response } from '../../../lib/quiz/responses';
import { inPageIds, publicItems } from '../../../test/page-ids';
import { ROOT } from './server';

export function loadQuiz(quizId: string): Quiz {
  const set = loadContent(path.join(ROOT, 'content'));
  if (set.problems.length > 0) throw new Error(`content has problems:\n${formatProblems(set.problems)}`);
  const quiz = set.quizzes.get(quizId);
  if (!quiz) throw new Error(`no quiz ${quizId} in content/`);
  return quiz;
}

export const quizItems = (quiz: Quiz): Item[] => quiz.sections.flatMap((s) => s.items);

type Rand = () => number;
const pick = <T>(list: readonly T[], rand: Rand): T => list[Math.floor(rand() * list.length)] as T;
/** A small seeded generator, so a run can be repeated. */
export function seeded(seed: number): Rand {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const WRITTEN =
  'The officials give no evidence that the images are from the earthquake. I would reverse-search them on several engines and look for the earliest copy.';

// right: the key (a written answer rated at the top of the rubric); wrong: the type's own plausible wrong answer
function response(item: Item, right: boolean, rand: Rand): Response {
  if (right) return keyResponse(item, WRITTEN);
  const sample: Sampler = {
    next: rand,
    int: (min, max) => min + Math.floor(rand() * (max - min + 1)),
    pick: (list) => pick(list, rand),
    tempting: (list) => pick(list, rand),
    writtenAnswer: () => WRITTEN,
  };
  return questionType(item.type).wrongResponse(item, sample);
}

/** One student's answers: each item right with probability `skill`. Throws if the app would refuse one. */
export function answersFor(items: Item[], rand: Rand, skill = 0.7): { itemId: string; answer: Answer }[] {
  return items.map((item) => {
    const r = response(item, rand() < skill, rand);
    const answer: Answer = item.type === 'written' ? { response: r } : { response: r, confidence: pick(CONFIDENCES, rand) };
    const parsed = answerSchema.safeParse(answer);
    if (!parsed.success) throw new Error(`bench built an invalid answer for ${item.id}: ${parsed.error.message}`);
    const problem = responseProblem(item, parsed.data.response);
    if (problem) throw new Error(`bench built an answer the app refuses for ${item.id}: ${problem}`);
    return { itemId: item.id, answer: parsed.data };
  });
}

const authored = new Map<string, Map<string, Item>>();

/** Planned answers (author ids) in the ids the page gave each part, found by the text a student reads. */
export function inPageOf(page: PublicQuiz, answers: { itemId: string; answer: Answer }[]): { itemId: string; answer: Answer }[] {
  const items = authored.get(page.id) ?? new Map(quizItems(loadQuiz(page.id)).map((i) => [i.id, i]));
  authored.set(page.id, items);
  const shown = new Map(publicItems(page).map((i) => [i.id, i]));
  return answers.map(({ itemId, answer }) => {
    const item = items.get(itemId);
    const pub = shown.get(itemId);
    if (!item || !pub) throw new Error(`the page of quiz ${page.id} has no question ${itemId}`);
    return { itemId, answer: { ...answer, response: inPageIds(item, pub, answer.response) } };
  });
}
