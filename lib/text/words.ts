// Passages as words, and phrases as runs of whole words in them: shared by the content checks, the grader and the
// highlight feedback in the browser (plain functions, no schema library).

/** A passage split into the words a highlight item numbers (on white space). */
export const passageWords = (passage: string): string[] => passage.split(/\s+/);

/** Index of the first word of `phrase` as a run of whole words in `words` (punctuation-insensitive), or -1. */
export function findRun(words: string[], phrase: string): number {
  const norm = (w: string) => w.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const want = phrase.split(/\s+/).map(norm);
  const have = words.map(norm);
  for (let i = 0; i + want.length <= have.length; i++) {
    if (want.every((w, j) => have[i + j] === w)) return i;
  }
  return -1;
}

/** Runs of consecutive word indexes, e.g. [1,2,5] -> [[1,2],[5]] */
export function runs(indexes: number[]): number[][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else out.push([i]);
  }
  return out;
}
