/** A refusal of one field's value on its meaning (a date in the future, a date not after today): 400, field named. */
import { AppError } from '../errors.ts';

export function invalid(field: string, problem: string, message: string): AppError {
  return new AppError('validation_failed', message, { fields: { [field]: problem } });
}
