// Chance, the best constant answer, and a "test-wise student" who answers from surface features alone, all graded
// with the real grader, so partial credit and alternatives count exactly as they do for students. How each type is
// guessed and judged is in its folder (question-types/<type>/lint.ts); this file runs them over a quiz's items.
import { gradeItem } from '../../lib/quiz/grade';
import type { Response } from '../../lib/quiz/responses';
import { ITEM_TYPES, questionType } from '../../question-types/lookup';
import { mean, type JudgedPart } from '../../question-types/shared/lint';
import type { Item, ItemType } from '../schema';

const scorer = (item: Item) => (response: Response) => gradeItem(item, response).score;
const lintOf = (item: Item) => questionType(item.type).lint;

/** The types with a chance model (every type but those scored by a person or with no fixed answers). */
export const CLOSED_TYPES: ItemType[] = ITEM_TYPES.filter((t) => questionType(t).lint.closed !== null);

/** Expected score of a student who guesses uniformly. */
export const chance = (item: Item): number | undefined => lintOf(item).closed?.chance(item, scorer(item));

/** Score of the test-wise student on one closed item (ties between equally cued options are averaged). */
export const testWise = (item: Item): number | undefined => lintOf(item).closed?.testWise(item, scorer(item));

/** The parts of an item judged one by one from fixed answers (a classify statement, each scope statement). */
export const judgedParts = (item: Item): JudgedPart[] | null => lintOf(item).judged?.(item, scorer(item)) ?? null;

export interface Best {
  best: string;
  score: number;
  chance: number;
}

// the answer that scores most over all the parts (the first of equals), and chance: each part's mean over its answers
function bestAnswer(parts: JudgedPart[]): Best {
  const by = (parts[0]?.scores ?? []).map(([answer], i) => ({ best: answer, score: mean(parts.map((p) => p.scores[i]![1])) }));
  const top = by.reduce((a, b) => (b.score > a.score ? b : a));
  return { ...top, chance: mean(parts.map((p) => mean(p.scores.map(([, s]) => s)))) };
}

// each judged type's parts among the items, where `rule` (if given) fires on the part's text
function judgedByType(items: Item[], rule?: (text: string) => boolean): Array<[ItemType, JudgedPart[]]> {
  return ITEM_TYPES.flatMap((type): Array<[ItemType, JudgedPart[]]> => {
    const parts = items.filter((i) => i.type === type).flatMap((i) => judgedParts(i) ?? []);
    const fired = rule ? parts.filter((p) => rule(p.text)) : parts;
    return fired.length > 0 ? [[type, fired]] : [];
  });
}

/** The best constant answer per judged type (each classify item, each scope statement), against chance. */
export function constantScores(items: Item[]): Partial<Record<ItemType, Best>> {
  return Object.fromEntries(judgedByType(items).map(([type, parts]) => [type, bestAnswer(parts)]));
}

/** Where a surface rule fires, the score of the best single answer there, for judged parts. */
export interface RuleScore extends Best {
  type: ItemType;
  fires: number;
}
export function ruleScores(items: Item[], rule: (text: string) => boolean): RuleScore[] {
  return judgedByType(items, rule).map(([type, parts]) => ({ type, fires: parts.length, ...bestAnswer(parts) }));
}

export { mean };
