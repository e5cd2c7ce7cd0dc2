// What grading returns, and the one way every type builds it. Every item is worth 1 point.
import type { Misconception, Status } from '@/content/words';

export interface Grade {
  score: number; // 0..1
  correct: boolean; // full marks
  // a written answer not yet rated against the rubric
  pending: boolean;
  misconceptions: Misconception[];
  // classify items: the status the key gives and the one chosen, when they differ
  misjudged?: { expected: Status; chosen: Status };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** A grade from a raw score (clamped to 0..1, rounded) and the misconceptions the answer showed (deduplicated). */
export function gradeResult(score: number, misconceptions: Array<Misconception | undefined>, extra: Partial<Grade> = {}): Grade {
  const s = round(clamp01(score));
  const tags = [...new Set(misconceptions.filter((m): m is Misconception => m !== undefined))];
  return { score: s, correct: s === 1, pending: false, misconceptions: tags, ...extra };
}

/** The message for an id the question does not have, e.g. `"zz" is not an option of this question.` */
export const notOfThisQuestion = (id: string, what: string) => `"${id}" is not ${what} of this question.`;

/** The message for the first id in `ids` that is not in `known`, or null. */
export function unknownId(ids: string[], known: string[], what: string): string | null {
  const bad = ids.find((id) => !known.includes(id));
  return bad === undefined ? null : notOfThisQuestion(bad, what);
}

/** The distinct misconceptions a list of parts stands for, in content order. */
export const tagsOf = (parts: Array<{ misconception?: Misconception | undefined }>): Misconception[] => [
  ...new Set(parts.map((p) => p.misconception).filter((m): m is Misconception => m !== undefined)),
];
