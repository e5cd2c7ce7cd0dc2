import { describe, expect, it } from 'vitest';
import { translatorFor } from '@/test/intl';
import { placeNote } from './feedback';

describe('order feedback in words', () => {
  type T = (key: string, values: Record<string, number>) => string;
  const en = translatorFor('items.player.order') as unknown as T;
  const say = (yours: number, right: number) => {
    const note = placeNote(yours, right);
    return en(note.key, note.values);
  };

  it('says where the student put each step and where it goes', () => {
    expect(say(2, 1)).toBe('You put it 2nd; it goes 1st.');
    expect(say(3, 3)).toBe('You put it 3rd: the right place.');
    expect(say(0, 4)).toBe('You did not place it; it goes 4th.');
  });

  it('writes English ordinals', () => {
    expect([11, 12, 13, 21, 22, 23, 101].map((n) => say(n, n))).toEqual(
      ['11th', '12th', '13th', '21st', '22nd', '23rd', '101st'].map((o) => `You put it ${o}: the right place.`),
    );
  });

  it('says it in Urdu too, with the same places', () => {
    const note = placeNote(2, 1);
    const ur = translatorFor('items.player.order', 'ur') as unknown as T;
    expect(ur(note.key, note.values)).toBe('آپ نے اسے 2 نمبر پر رکھا؛ اس کی جگہ 1 نمبر پر ہے۔');
  });
});
