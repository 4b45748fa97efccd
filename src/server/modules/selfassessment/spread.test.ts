import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, spreadOf } from './spread.ts';

describe('spread of ratings', () => {
  it('counts each rating and "vet ej" apart, and ignores comment-only answers', () => {
    const spread = spreadOf([
      { rating: 4, dontKnow: false }, { rating: 4, dontKnow: false }, { rating: 2, dontKnow: false },
      { rating: null, dontKnow: true }, { rating: null, dontKnow: false },
    ]);
    expect(spread).toEqual({ distribution: [0, 1, 0, 2, 0], dontKnow: 1, median: 4 });
  });

  it('takes the mean of the two middle ratings when their number is even', () => {
    expect(median([2, 3])).toBe(2.5);
    expect(median([1, 2, 4, 5])).toBe(3);
    expect(median([])).toBeNull();
  });

  it('has as many ratings as answers with a rating, and a median within them', () => {
    fc.assert(fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: null })), (ratings) => {
      const spread = spreadOf(ratings.map((rating) => ({ rating, dontKnow: rating === null })));
      const rated = ratings.filter((r): r is number => r !== null);
      expect(spread.distribution.reduce((a, b) => a + b, 0)).toBe(rated.length);
      expect(spread.dontKnow).toBe(ratings.length - rated.length);
      if (rated.length === 0) expect(spread.median).toBeNull();
      else {
        expect(spread.median).toBeGreaterThanOrEqual(Math.min(...rated));
        expect(spread.median).toBeLessThanOrEqual(Math.max(...rated));
      }
    }));
  });
});
