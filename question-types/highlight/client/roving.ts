// The passage's word toggles are one composite (a toolbar): Tab enters it once, at one word, and the arrow keys move
// word by word. Pure, so the keys are tested without a browser.

/** The word a key moves to from `index` in a passage of `count` words, or null if the key is not a move. */
export function moveTo(key: string, index: number, count: number, dir: 'ltr' | 'rtl' = 'ltr'): number | null {
  if (count < 1) return null;
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const to = key === forward ? index + 1 : key === back ? index - 1 : key === 'Home' ? 0 : key === 'End' ? count - 1 : null;
  return to === null ? null : Math.max(0, Math.min(count - 1, to));
}

/** The one word in the tab order: the last one focused if it is still in the passage, else the first chosen, else 0. */
export function tabStop(focused: number | null, chosen: readonly number[], count: number): number {
  if (focused !== null && focused >= 0 && focused < count) return focused;
  return chosen[0] ?? 0;
}

/** The draft's word indexes, cleaned: whole numbers inside the passage, no repeats, in passage order. */
export function chosenWords(words: unknown, count: number): number[] {
  if (!Array.isArray(words)) return [];
  const valid = words.filter((w): w is number => Number.isInteger(w) && w >= 0 && w < count);
  return [...new Set(valid)].sort((a, b) => a - b);
}

/** The chosen words with one word toggled. */
export function toggled(chosen: readonly number[], index: number): number[] {
  return chosen.includes(index) ? chosen.filter((w) => w !== index) : [...chosen, index].sort((a, b) => a - b);
}
