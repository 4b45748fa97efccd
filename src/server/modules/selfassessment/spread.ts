/**
 * The group's spread: how many answered each rating 1–5, how many said "vet ej", and the median of
 * the ratings (the mean of the two middle ones when their number is even).
 */
import type { RatingSpread } from '../../../shared/api/analysis.ts';

export interface RatedAnswer {
  rating: number | null;
  dontKnow: boolean;
}

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function spreadOf(answers: readonly RatedAnswer[]): RatingSpread {
  const distribution = [0, 0, 0, 0, 0];
  let dontKnow = 0;
  const ratings: number[] = [];
  for (const a of answers) {
    if (a.dontKnow) dontKnow += 1;
    else if (a.rating !== null) {
      distribution[a.rating - 1]! += 1;
      ratings.push(a.rating);
    }
  }
  ratings.sort((x, y) => x - y);
  return { distribution, dontKnow, median: median(ratings) };
}
