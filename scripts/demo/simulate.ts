// Simulated answers for the demo class: right with a probability from the student's ability and the item's
// difficulty; wrong answers lean on distractors tagged with a misconception; confidence follows correctness, with
// some confidently wrong answers. Plain functions, so the seed script and its test share them.
import type { Confidence, Item, Misconception, Quiz } from '@/content/schema';
import { gradeItem } from '@/lib/quiz/grade';
import { keyResponse } from '@/lib/quiz/key-response';
import type { Response } from '@/lib/quiz/responses';
import { questionType } from '@/question-types/lookup';
import type { Sampler } from '@/question-types/shared/sample';
import { createRng, hashString, type Rng } from './random';

export interface SimulatedAnswer {
  itemId: string;
  response: Response;
  score: number;
  confidence: Confidence | null;
  selfRating: number | null;
}

// distractors that stand for a misconception are chosen this many times as often as untagged ones
const TAGGED_WEIGHT = 4;
const tagWeight = (x: { misconception?: Misconception | undefined }) => (x.misconception ? TAGGED_WEIGHT : 1);

/** Difficulty of an item on the ability scale: fixed per item id, written items harder. */
export function itemDifficulty(item: Item): number {
  const rng = createRng(hashString(item.id));
  const base = rng.normal() * 0.8;
  return item.type === 'written' ? base + 0.6 : item.type === 'classify' ? base - 0.3 : base;
}

export function chanceRight(ability: number, difficulty: number): number {
  const p = 1 / (1 + Math.exp(-1.4 * (ability - difficulty)));
  return Math.min(0.97, Math.max(0.05, p));
}

const rightResponse = (item: Item): Response => keyResponse(item, WRITTEN_ANSWERS[2]);

// each type's own plausible wrong answer (question-types/<type>/index.ts), with this class's draws
function wrongResponse(item: Item, rng: Rng): Response {
  const sample: Sampler = { ...rng, tempting: (items) => rng.weighted(items, tagWeight), writtenAnswer: (level) => WRITTEN_ANSWERS[level] };
  return questionType(item.type).wrongResponse(item, sample);
}

// Sample written answers by rubric level (0, 1, 2): general enough for either written question of the quiz.
export const WRITTEN_ANSWERS: Record<0 | 1 | 2, string> = {
  0: 'The officials are right, the pictures are fake. Security people know what happened and the other media just want to blame Pakistan.',
  1: 'It is only a claim from one side, because the report does not show any proof. I am not sure how I would check it.',
  2: 'It is an unverified claim: one side says it and the report shows no evidence, and the other side disagrees. I would do a reverse image search on several engines, find the earliest copy and who posted it, and compare the place and season with the claim.',
};

function confidenceFor(rng: Rng, right: boolean, ability: number): Confidence {
  const r = rng.next();
  const sure = right ? 0.45 + 0.1 * ability : 0.16 + 0.06 * ability; // some able students are confidently wrong
  const fairly = right ? 0.38 : 0.4;
  if (r < sure) return 'sure';
  if (r < sure + fairly) return 'fairly';
  return 'guessing';
}

/** One student's answers to the first `count` items of the quiz (all of them by default). */
export function simulateAnswers(quiz: Quiz, ability: number, seed: number, count?: number): SimulatedAnswer[] {
  const rng = createRng(seed);
  const items = quiz.sections.flatMap((s) => s.items).slice(0, count);
  return items.map((item) => {
    const right = rng.next() < chanceRight(ability, itemDifficulty(item));
    if (item.type === 'written') {
      const level = (right ? 2 : rng.next() < 0.55 ? 1 : 0) as 0 | 1 | 2;
      // students rate themselves a little generously
      const drift = rng.next();
      const selfRating = Math.min(2, Math.max(0, level + (drift < 0.3 ? 1 : drift < 0.4 ? -1 : 0)));
      const response: Response = { type: 'written', text: WRITTEN_ANSWERS[level], selfRating };
      return { itemId: item.id, response, score: gradeItem(item, response).score, confidence: null, selfRating };
    }
    let response = right ? rightResponse(item) : wrongResponse(item, rng);
    let score = gradeItem(item, response).score;
    // a "wrong" draw that happens to earn full marks (a lucky reshuffle) is simply right
    if (!right && score === 1) response = wrongResponse(item, rng);
    score = gradeItem(item, response).score;
    return { itemId: item.id, response, score, confidence: confidenceFor(rng, score === 1, ability), selfRating: null };
  });
}
