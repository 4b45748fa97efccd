import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareToExpected, fitRegression, type FitResult, type RegressionInput, type RegressionModel } from './regression.ts';

/** mulberry32: a small seeded generator so every run sees the same data. */
function prng(seed: number) {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Box–Muller; 1 - u keeps the logarithm finite.
  const normal = (mean = 0, sd = 1) => mean + sd * Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
  return { uniform, normal };
}

const TRUE = [12, 3, -0.5, 0.02];
const NAMES = ['x1', 'x2', 'x3'];
const SIGMA = 2;

/** y = 12 + 3·x1 − 0.5·x2 + 0.02·x3 + noise, x1 ~ U(0,10), x2 ~ N(20,8), x3 ~ U(0,500). */
function generate(rand: ReturnType<typeof prng>, count: number, noiseSd: (i: number) => number = () => SIGMA) {
  return Array.from({ length: count }, (_, i) => {
    const x = [10 * rand.uniform(), rand.normal(20, 8), 500 * rand.uniform()];
    const signal = TRUE[0]! + TRUE[1]! * x[0]! + TRUE[2]! * x[1]! + TRUE[3]! * x[2]!;
    return { x, y: signal + rand.normal(0, noiseSd(i)), signal };
  });
}

function fitted(result: FitResult): RegressionModel {
  if (!result.ok) throw new Error(`fit refused: ${result.reason}`);
  return result.model;
}

const coverage = (model: RegressionModel, fresh: { x: number[]; y: number; weight?: number }[], useWeight = false) =>
  fresh.filter((r) => {
    const { lower, upper } = model.predict(r.x, 0.95, useWeight ? r.weight : undefined);
    return r.y >= lower && r.y <= upper;
  }).length / fresh.length;

describe('fitRegression (OLS)', () => {
  const rand = prng(20240611);
  const model = fitted(fitRegression({ rows: generate(rand, 2000), predictorNames: NAMES }));

  // Standard errors with σ = 2, n = 2000: intercept ≈ 0.16, x1 ≈ 0.0155, x2 ≈ 0.0056, x3 ≈ 0.00031
  // (σ / (sd(x)·√n), intercept via the means); each tolerance is about 4 standard errors.
  it('recovers the coefficients within ~4 standard errors (±0.65, ±0.06, ±0.025, ±0.0012)', () => {
    const tolerances = [0.65, 0.06, 0.025, 0.0012];
    expect(model.coefficients).toHaveLength(4);
    model.coefficients.forEach((b, j) => expect(Math.abs(b - TRUE[j]!)).toBeLessThan(tolerances[j]!));
    expect(model.n).toBe(2000);
    expect(model.p).toBe(3);
    expect(model.predictorNames).toEqual(NAMES);
  });

  // True R² = Var(signal)/(Var(signal)+σ²) = (9·100/12 + 0.25·64 + 0.0004·500²/12)/(… + 4) ≈ 0.9613.
  // The estimate of σ has SE ≈ σ/√(2n) ≈ 0.032.
  it('estimates R² within 0.01 of 0.9613 and the residual standard error within 0.13 of 2', () => {
    expect(Math.abs(model.rSquared - 99.333 / 103.333)).toBeLessThan(0.01);
    expect(Math.abs(model.residualStdError - SIGMA)).toBeLessThan(0.13);
  });

  // Binomial SD of the coverage over 2,000 points is ≈ 0.005, so 93–97 % is ±4 SD.
  it('95 % prediction intervals cover between 93 % and 97 % of 2,000 fresh observations', () => {
    const share = coverage(model, generate(prng(99), 2000));
    expect(share).toBeGreaterThan(0.93);
    expect(share).toBeLessThan(0.97);
  });

  it('widens the interval with the level and away from the centre of the data', () => {
    const centre = [5, 20, 250];
    const width = (x: number[], level?: number) => { const p = model.predict(x, level); return p.upper - p.lower; };
    expect(width(centre, 0.99)).toBeGreaterThan(width(centre));
    expect(width(centre)).toBeGreaterThan(width(centre, 0.8));
    expect(width([40, 80, 3000])).toBeGreaterThan(width(centre));
    const p = model.predict(centre);
    expect(p.value - p.lower).toBeCloseTo(p.upper - p.value, 9);
  });

  it('rejects predictions with the wrong number of values, a non-finite value or a bad level', () => {
    expect(() => model.predict([1, 2])).toThrow(RangeError);
    expect(() => model.predict([1, Number.NaN, 3])).toThrow(RangeError);
    expect(() => model.predict([1, 2, 3], 1)).toThrow(RangeError);
    expect(() => model.predict([1, 2, 3], 0.95, 0)).toThrow(RangeError);
  });
});

describe('fitRegression against a published reference', () => {
  // Anscombe's quartet, set I; R's lm gives 3.0001 + 0.5001·x, R² 0.6665, residual SE 1.237 on 9 df.
  const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
  const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
  const model = fitted(fitRegression({ rows: x.map((v, i) => ({ x: [v], y: y[i]! })), predictorNames: ['x'] }, { minRows: 5 }));

  it('matches lm to four decimals, and the interval at x = 10 matches the textbook formula', () => {
    expect(model.coefficients[0]).toBeCloseTo(3.0001, 4);
    expect(model.coefficients[1]).toBeCloseTo(0.5001, 4);
    expect(model.rSquared).toBeCloseTo(0.6665, 4);
    expect(model.residualStdError).toBeCloseTo(1.2366, 4);
    // x̄ = 9, Sxx = 110: ŷ ± t(0.975, 9)·s·sqrt(1 + 1/11 + 1/110) with t = 2.262157.
    const p = model.predict([10]);
    expect(p.value).toBeCloseTo(8.001, 3);
    expect(p.upper - p.value).toBeCloseTo(2.262157 * 1.2366033 * Math.sqrt(1.1), 4);
  });
  it('with no predictors gives the mean with a one-sample prediction interval', () => {
    // 0…29: mean 14.5, sample SD √77.5; t(0.975, 29) = 2.045230.
    const model = fitted(fitRegression({ rows: Array.from({ length: 30 }, (_, i) => ({ x: [], y: i })), predictorNames: [] }));
    const p = model.predict([]);
    expect(model.coefficients).toEqual([14.5]);
    expect(p.upper - p.value).toBeCloseTo(2.04523 * Math.sqrt(77.5) * Math.sqrt(1 + 1 / 30), 4);
  });
});

describe('fitRegression (WLS)', () => {
  // Noise variance σ²/w with σ = 10 and w ~ U(1, 100); with weights scaled to mean 1 the residual
  // standard error estimates σ/√w̄ ≈ 10/√50.5 ≈ 1.41. Coefficient SEs are ≈ σ/(sd(x)·√(n·w̄)), about
  // 0.7 of the OLS test's, so its tolerances hold with room to spare.
  const rand = prng(7);
  const weights = Array.from({ length: 2000 }, () => 1 + 99 * rand.uniform());
  const rows = generate(rand, 2000, (i) => 10 / Math.sqrt(weights[i]!)).map((r, i) => ({ ...r, weight: weights[i]! }));
  const model = fitted(fitRegression({ rows, predictorNames: NAMES }));

  it('recovers the coefficients within the OLS test’s tolerances when noise variance is 1/w', () => {
    const tolerances = [0.65, 0.06, 0.025, 0.0012];
    model.coefficients.forEach((b, j) => expect(Math.abs(b - TRUE[j]!)).toBeLessThan(tolerances[j]!));
    const meanWeight = weights.reduce((a, b) => a + b, 0) / weights.length;
    expect(Math.abs(model.residualStdError - 10 / Math.sqrt(meanWeight))).toBeLessThan(0.1);
  });

  it('covers 93–97 % of fresh observations given their own weight, and of mean-weight ones by default', () => {
    const fresh = prng(8);
    const freshWeights = Array.from({ length: 2000 }, () => 1 + 99 * fresh.uniform());
    const own = generate(fresh, 2000, (i) => 10 / Math.sqrt(freshWeights[i]!)).map((r, i) => ({ ...r, weight: freshWeights[i]! }));
    const ownShare = coverage(model, own, true);
    expect(ownShare).toBeGreaterThan(0.93);
    expect(ownShare).toBeLessThan(0.97);
    const meanWeight = weights.reduce((a, b) => a + b, 0) / weights.length;
    const average = coverage(model, generate(fresh, 2000, () => 10 / Math.sqrt(meanWeight)));
    expect(average).toBeGreaterThan(0.93);
    expect(average).toBeLessThan(0.97);
  });

  it('gives the same fit as repeating each row as many times as its integer weight', () => {
    const small = generate(prng(3), 60).map((r, i) => ({ ...r, weight: 1 + (i % 4) }));
    const repeated = small.flatMap((r) => Array.from({ length: r.weight }, () => ({ x: r.x, y: r.y })));
    const weighted = fitted(fitRegression({ rows: small, predictorNames: NAMES }));
    const plain = fitted(fitRegression({ rows: repeated, predictorNames: NAMES }));
    weighted.coefficients.forEach((b, j) => expect(b).toBeCloseTo(plain.coefficients[j]!, 9));
    expect(weighted.rSquared).toBeCloseTo(plain.rSquared, 9);
  });
});

describe('fitRegression refusals', () => {
  const rows = (count: number, make: (i: number, r: ReturnType<typeof prng>) => { x: number[]; y: number }) => {
    const r = prng(count);
    return Array.from({ length: count }, (_, i) => make(i, r));
  };
  const noisy = (i: number, r: ReturnType<typeof prng>) => ({ x: [r.uniform(), r.uniform()], y: r.normal() + i });
  const fit = (input: RegressionInput['rows'], names = ['a', 'b']) => fitRegression({ rows: input, predictorNames: names });

  it('refuses fewer than max(minRows, minRowsPerPredictor × p) usable rows', () => {
    expect(fit(rows(29, noisy))).toEqual({ ok: false, reason: 'too_few_rows' });
    expect(fit(rows(30, noisy)).ok).toBe(true);
    const four = (i: number, r: ReturnType<typeof prng>) => ({ x: [r.uniform(), r.uniform(), r.uniform(), r.uniform()], y: r.normal() + i });
    expect(fit(rows(39, four), ['a', 'b', 'c', 'd'])).toEqual({ ok: false, reason: 'too_few_rows' });
    expect(fit(rows(40, four), ['a', 'b', 'c', 'd']).ok).toBe(true);
    expect(fitRegression({ rows: rows(12, noisy), predictorNames: ['a', 'b'] }, { minRows: 12, minRowsPerPredictor: 1 }).ok).toBe(true);
  });

  it('drops rows with non-finite values or non-positive weights before counting', () => {
    const input: RegressionInput['rows'] = rows(31, noisy);
    input[0] = { x: [Number.NaN, 1], y: 1 };
    input[1] = { ...input[1]!, weight: 0 };
    expect(fit(input)).toEqual({ ok: false, reason: 'too_few_rows' });
    input.push({ x: [0.5, 0.5], y: Infinity }, ...rows(2, noisy));
    const model = fitted(fit(input));
    expect(model.n).toBe(31);
  });

  it('refuses a constant predictor, also one with a large value, as singular', () => {
    expect(fit(rows(50, (i, r) => ({ x: [r.uniform(), 3], y: r.normal() + i })))).toEqual({ ok: false, reason: 'singular' });
    expect(fit(rows(50, (i, r) => ({ x: [r.uniform(), 123456.789], y: r.normal() + i })))).toEqual({ ok: false, reason: 'singular' });
  });

  it('refuses a predictor that is an exact linear combination of others as singular', () => {
    const combined = rows(80, (i, r) => {
      const a = r.normal(5, 2);
      const b = r.uniform() * 100;
      return { x: [a, b, 2 * a - 0.25 * b + 7], y: r.normal() + i };
    });
    expect(fit(combined, ['a', 'b', 'c'])).toEqual({ ok: false, reason: 'singular' });
  });

  it('refuses a constant y as no_variation', () => {
    expect(fit(rows(50, (_, r) => ({ x: [r.uniform(), r.uniform()], y: 0.3 })))).toEqual({ ok: false, reason: 'no_variation' });
    expect(fit(rows(50, (_, r) => ({ x: [r.uniform(), r.uniform()], y: 0 })))).toEqual({ ok: false, reason: 'no_variation' });
  });

  it('throws on a row whose predictor count does not match the names, a caller bug', () => {
    expect(() => fit([{ x: [1], y: 1 }])).toThrow(RangeError);
  });
});

describe('compareToExpected', () => {
  const interval = { value: 50, lower: 45, upper: 55 };

  it('calls a value inside the interval, bounds included, as expected in every direction', () => {
    for (const direction of ['higher_is_better', 'lower_is_better', 'neutral'] as const) {
      for (const actual of [45, 50, 55]) expect(compareToExpected(actual, interval, direction)).toBe('as_expected');
    }
  });

  it('judges a value outside the interval by the indicator’s direction', () => {
    expect(compareToExpected(56, interval, 'higher_is_better')).toBe('better');
    expect(compareToExpected(44, interval, 'higher_is_better')).toBe('worse');
    expect(compareToExpected(56, interval, 'lower_is_better')).toBe('worse');
    expect(compareToExpected(44, interval, 'lower_is_better')).toBe('better');
    expect(compareToExpected(56, interval, 'neutral')).toBe('outside');
    expect(compareToExpected(44, interval, 'neutral')).toBe('outside');
  });

  it('rejects a non-finite actual value', () => {
    expect(() => compareToExpected(Number.NaN, interval, 'neutral')).toThrow(RangeError);
  });
});

describe('fitRegression properties', () => {
  // Independent uniform predictors with arbitrary offsets and scales are well conditioned after
  // centring; the offsets check that a large level (e.g. kronor) costs no precision.
  const column = fc.record({ offset: fc.double({ min: -1e5, max: 1e5, noNaN: true }), scale: fc.double({ min: 1e-3, max: 1e4, noNaN: true }), slope: fc.double({ min: -100, max: 100, noNaN: true }) });
  const scenario = fc.record({ seed: fc.integer(), n: fc.integer({ min: 40, max: 300 }), columns: fc.array(column, { minLength: 1, maxLength: 4 }), noise: fc.double({ min: 0.01, max: 100, noNaN: true }) });

  it('residuals sum to ~0 and the prediction at the mean of x is the mean of y (OLS with intercept)', () => {
    fc.assert(fc.property(scenario, ({ seed, n, columns, noise }) => {
      const r = prng(seed);
      const rows = Array.from({ length: n }, () => {
        const x = columns.map((c) => c.offset + c.scale * (r.uniform() - 0.5));
        return { x, y: 7 + columns.reduce((sum, c, j) => sum + c.slope * x[j]!, 0) + r.normal(0, noise) };
      });
      const model = fitted(fitRegression({ rows, predictorNames: columns.map((_, j) => `x${j}`) }));
      const meanY = rows.reduce((s, row) => s + row.y, 0) / n;
      const meanX = columns.map((_, j) => rows.reduce((s, row) => s + row.x[j]!, 0) / n);
      const residualSum = rows.reduce((s, row) => s + row.y - model.predict(row.x).value, 0);
      // Rounding in ŷ grows with the terms summed, |bⱼ·xᵢⱼ|, which exceed |y| when a predictor has a
      // large offset and a narrow spread; the tolerance follows them rather than |y| alone.
      const terms = rows.reduce((s, row) => s + Math.abs(row.y) + row.x.reduce((t, v, j) => t + Math.abs(model.coefficients[j + 1]! * v), 0), 0);
      expect(Math.abs(residualSum)).toBeLessThanOrEqual(1e-9 * terms);
      expect(Math.abs(model.predict(meanX).value - meanY)).toBeLessThanOrEqual(1e-6 * Math.abs(meanY) + 1e-12 * terms);
    }), { numRuns: 200 });
  });
});
