// Draws for simulated students (the demo class and the load benchmark): each type says what a plausible wrong
// answer to it looks like, the caller supplies the randomness.
import type { Misconception } from '@/content/words';

export interface Sampler {
  next(): number; // [0, 1)
  int(min: number, max: number): number; // inclusive
  pick<T>(items: readonly T[]): T;
  /** One of the items, those tagged with a misconception more often (a tempting distractor). */
  tempting<T extends { misconception?: Misconception | undefined }>(items: readonly T[]): T;
  /** A sample written answer that deserves this rubric level. */
  writtenAnswer(level: 0 | 1 | 2): string;
}

/** The items without one or two of them (at least `atLeast` dropped, if there are that many). */
export function withoutSome<T>(sample: Sampler, items: readonly T[], atLeast = 1): T[] {
  const drop = new Set<number>();
  const n = Math.min(items.length, sample.int(atLeast, atLeast + 1));
  while (drop.size < n) drop.add(sample.int(0, items.length - 1));
  return items.filter((_, i) => !drop.has(i));
}
