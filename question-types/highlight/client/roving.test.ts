import { describe, expect, it } from 'vitest';
import { chosenWords, moveTo, tabStop, toggled } from './roving';

describe('moving through the passage by keyboard', () => {
  it('moves one word with the arrows, to the ends with Home and End', () => {
    expect(moveTo('ArrowRight', 3, 10)).toBe(4);
    expect(moveTo('ArrowLeft', 3, 10)).toBe(2);
    expect(moveTo('Home', 3, 10)).toBe(0);
    expect(moveTo('End', 3, 10)).toBe(9);
  });
  it('stops at the first and the last word rather than wrapping', () => {
    expect(moveTo('ArrowLeft', 0, 10)).toBe(0);
    expect(moveTo('ArrowRight', 9, 10)).toBe(9);
  });
  it('is no move for other keys (Space and Enter toggle, Tab leaves)', () => {
    for (const key of [' ', 'Enter', 'Tab', 'ArrowUp', 'a']) expect(moveTo(key, 3, 10)).toBeNull();
    expect(moveTo('ArrowRight', 0, 0)).toBeNull();
  });
  it('follows the reading direction of a right-to-left passage', () => {
    expect(moveTo('ArrowLeft', 3, 10, 'rtl')).toBe(4);
    expect(moveTo('ArrowRight', 3, 10, 'rtl')).toBe(2);
  });
});

describe('the one tab stop', () => {
  it('is the word last focused, else the first chosen word, else the first word', () => {
    expect(tabStop(5, [2, 7], 10)).toBe(5);
    expect(tabStop(null, [2, 7], 10)).toBe(2);
    expect(tabStop(null, [], 10)).toBe(0);
    expect(tabStop(12, [], 10)).toBe(0); // a longer passage's index, kept across items
  });
});

describe('the chosen words', () => {
  it('keeps whole indexes inside the passage, once each, in order', () => {
    expect(chosenWords([4, 1, 1, -1, 2.5, 10, '3'], 10)).toEqual([1, 4]);
    expect(chosenWords(undefined, 10)).toEqual([]);
  });
  it('toggles a word in and out, in passage order', () => {
    expect(toggled([1, 4], 2)).toEqual([1, 2, 4]);
    expect(toggled([1, 2, 4], 2)).toEqual([1, 4]);
  });
});
