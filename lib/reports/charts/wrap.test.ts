import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap';

describe('wrapText', () => {
  it('breaks at word boundaries within the width', () => {
    expect(wrapText('A precise number must be a fact', 12)).toEqual(['A precise', 'number must', 'be a fact']);
  });
  it('keeps a long word whole on its own line', () => {
    expect(wrapText('see corroborated-by-both here', 8)).toEqual(['see', 'corroborated-by-both', 'here']);
  });
  it('cuts to the last line allowed, marking the cut', () => {
    expect(wrapText('one two three four five six', 7, 2)).toEqual(['one two', 'three…']);
  });
  it('gives nothing for blank text', () => {
    expect(wrapText('  ', 10)).toEqual([]);
  });
});
