import { describe, expect, it } from 'vitest';
import { formatItemPoints, formatPoints } from './points';

describe('points as students read them', () => {
  it('rounds totals to the nearest half point', () => {
    expect(formatPoints(10.14)).toBe('10');
    expect(formatPoints(10.3)).toBe('10½');
    expect(formatPoints(0.333)).toBe('½');
    expect(formatPoints(0)).toBe('0');
    expect(formatPoints(12)).toBe('12');
  });
  it('shows a partly right item as half a point, never as 0 or 1', () => {
    expect(formatItemPoints(0.2)).toBe('½');
    expect(formatItemPoints(0.833)).toBe('½');
    expect(formatItemPoints(1)).toBe('1');
    expect(formatItemPoints(0)).toBe('0');
  });
});
