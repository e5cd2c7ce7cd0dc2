import { describe, expect, it } from 'vitest';
import { ordinal, placeNote } from './feedback';

describe('order feedback in words', () => {
  it('says where the student put each step and where it goes', () => {
    expect(placeNote(2, 1)).toBe('You put it 2nd; it goes 1st.');
    expect(placeNote(3, 3)).toBe('You put it 3rd: the right place.');
    expect(placeNote(0, 4)).toBe('You did not place it; it goes 4th.');
  });

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st']);
  });
});
