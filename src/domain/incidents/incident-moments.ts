/** The moments an incident records (reported, each step) must have happened: none may lie in the future. */
import { invalid } from '../commitments/invalid.ts';

/** Parses an ISO moment (or takes `now` when absent) and refuses one later than `now`. */
export function pastMoment(field: string, value: string | undefined, now: Date): Date {
  const at = value === undefined ? now : new Date(value);
  if (at.getTime() > now.getTime()) throw invalid(field, 'must not be in the future', 'That moment has not come yet. Give the time it actually happened.');
  return at;
}
