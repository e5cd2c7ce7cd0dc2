// Zod schemas for what students type. The join code's real rule is normalizeJoinCode's; this bounds the raw input.
import { z } from 'zod';

export const joinCodeInputSchema = z
  .string()
  .trim()
  .min(1, 'student.joinCodeRequired')
  .max(20, 'student.joinCodeTooLong');

/** What a refused form may echo back: never more than a field could hold. */
export function echo(value: string, max: number): string {
  return value.slice(0, max);
}
