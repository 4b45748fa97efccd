import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitToBudget, quotas, splitInteger } from './allocation.ts';
import { createRandom } from './random.ts';

describe('allocation helpers', () => {
  it('splits an integer exactly, each part at least the minimum', () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 0, max: 100_000 }),
      (weights, spare) => {
        const parts = splitInteger(weights.length + spare, weights);
        expect(parts.reduce((s, v) => s + v, 0)).toBe(weights.length + spare);
        expect(parts.every((p) => Number.isInteger(p) && p >= 1)).toBe(true);
      }));
    expect(() => splitInteger(2, [1, 1, 1])).toThrow();
  });

  it('fits values to a budget within bounds, keeping their order', () => {
    fc.assert(fc.property(
      fc.array(fc.double({ min: 1, max: 1000, noNaN: true }), { minLength: 1, maxLength: 50 }),
      fc.double({ min: 0.2, max: 0.9, noNaN: true }),
      (values, position) => {
        const sorted = [...values].sort((a, b) => b - a);
        const budget = Math.round(sorted.length * (5 + position * 990));
        const fitted = fitToBudget(sorted, budget, 5, 1000);
        expect(fitted.reduce((s, v) => s + v, 0)).toBe(budget);
        expect(fitted.every((v) => v >= 5 && v <= 1000)).toBe(true);
        expect(fitted.every((v, i) => i === 0 || v <= (fitted[i - 1] as number))).toBe(true);
      }));
  });

  it('gives exact quotas that add up to the population', () => {
    expect(quotas(290, [0.714, 0.152, 0.089, 0.045])).toEqual([207, 44, 26, 13]);
    expect(quotas(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });

  it('draws the same numbers from the same seed and different ones from another', () => {
    const draw = (seed: number) => { const r = createRandom(seed); return Array.from({ length: 5 }, () => r.next()); };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    const r = createRandom(3);
    expect(r.fork('a').next()).toBe(createRandom(3).fork('a').next());
    expect(r.fork('a').next()).not.toBe(r.fork('b').next());
  });
});
