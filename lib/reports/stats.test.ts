import { describe, expect, it } from 'vitest';
import { mean, pearson } from './stats';

describe('pearson', () => {
  it('matches a hand-computed value', () => {
    // x = [1,1,0,0], y = [2,0.5,1,0.5]: sxy = 0.5, sxx = 1, syy = 1.5, r = 0.5 / sqrt(1.5)
    expect(pearson([1, 1, 0, 0], [2, 0.5, 1, 0.5])).toBeCloseTo(0.408248, 5);
  });
  it('is 1 and -1 for perfectly related series', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 10);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 10);
  });
  it('is null with fewer than two pairs or no variance', () => {
    expect(pearson([], [])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
    expect(pearson([1, 1, 1], [0, 1, 2])).toBeNull();
    expect(pearson([0, 1, 2], [3, 3, 3])).toBeNull();
  });
});

describe('mean', () => {
  it('is null for nothing', () => {
    expect(mean([])).toBeNull();
    expect(mean([1, 2])).toBe(1.5);
  });
});
