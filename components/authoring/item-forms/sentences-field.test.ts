import { describe, expect, it } from 'vitest';
import { sentenceIdsOf } from './sentences-field';

describe('the cited sentences field', () => {
  it('reads ids separated by spaces or commas, once each, ignoring a trailing space', () => {
    expect(sentenceIdsOf('p1-s1, p7-s1  p1-s1 ')).toEqual(['p1-s1', 'p7-s1']);
    expect(sentenceIdsOf('  ')).toEqual([]);
  });
});
