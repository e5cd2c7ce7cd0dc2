import { describe, expect, it } from 'vitest';
import { decodeSegment } from './segment';

describe('decodeSegment', () => {
  it('decodes a segment, and gives undefined (a 404) for invalid percent-encoding instead of throwing', () => {
    expect(decodeSegment('ABC%20123')).toBe('ABC 123');
    expect(decodeSegment('%ff%fe')).toBeUndefined();
    expect(decodeSegment('%E0%A4%A')).toBeUndefined();
  });
});
