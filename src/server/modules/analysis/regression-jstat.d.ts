/**
 * jstat ships no type declarations; this covers only the part the regression uses. jstat is a
 * CommonJS module whose `module.exports` is the jStat object, so it arrives as the default import.
 */
declare module 'jstat' {
  interface StudentT {
    /** Quantile function: the x with P(T ≤ x) = p for dof degrees of freedom. */
    inv(p: number, dof: number): number;
    cdf(x: number, dof: number): number;
  }
  const jStat: { studentt: StudentT };
  export = jStat;
}
