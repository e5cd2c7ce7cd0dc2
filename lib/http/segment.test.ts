import { describe, expect, it } from 'vitest';
import { decodeSegment, hasInvalidEncoding } from './segment';

describe('decodeSegment', () => {
  it('decodes a segment, and gives undefined (a 404) for invalid percent-encoding instead of throwing', () => {
    expect(decodeSegment('ABC%20123')).toBe('ABC 123');
    expect(decodeSegment('%ff%fe')).toBeUndefined();
    expect(decodeSegment('%E0%A4%A')).toBeUndefined();
  });
});

describe('hasInvalidEncoding', () => {
  it('finds a segment that cannot be decoded', () => {
    expect(hasInvalidEncoding('/join/%ff%fe')).toBe(true);
    expect(hasInvalidEncoding('/join/ABC%20123')).toBe(false);
    expect(hasInvalidEncoding('/quiz/paktika-practice/play')).toBe(false);
  });
});
