// Stored answers, read back: parsed with the same schema the routes use, graded again from content, so tags and
// option counts come from the quiz as it is now, never from what a row claims.
import type { Item, Misconception } from '@/content/schema';
import { gradeItem } from '@/lib/quiz/grade';
import { responseSchema, type Response } from '@/lib/quiz/responses';
import type { ReportAttempt } from './types';

/** The stored response if it is well-formed and of this item's type, else null. */
export function parseStoredResponse(item: Item, raw: unknown): Response | null {
  const parsed = responseSchema.safeParse(raw);
  if (!parsed.success || parsed.data.type !== item.type) return null;
  return parsed.data;
}

/** The misconceptions this answer shows, by gradeItem on the stored response. */
export function misconceptionsOf(item: Item, raw: unknown): Misconception[] {
  const response = parseStoredResponse(item, raw);
  if (!response) return [];
  try {
    return gradeItem(item, response).misconceptions;
  } catch {
    return [];
  }
}

/** One attempt per student: the latest (highest number). Reports count each student once. */
export function latestAttempts(attempts: readonly ReportAttempt[]): ReportAttempt[] {
  const byStudent = new Map<string, ReportAttempt>();
  for (const a of attempts) {
    const current = byStudent.get(a.studentId);
    if (!current || a.number > current.number) byStudent.set(a.studentId, a);
  }
  return [...byStudent.values()];
}

/** A written answer with neither a self-rating nor a teacher's rating has no mark yet. */
export function isPending(item: Item, answer: { response: unknown; selfRating: number | null; teacherRating: number | null }): boolean {
  if (item.type !== 'written' || answer.teacherRating !== null || answer.selfRating !== null) return false;
  const response = parseStoredResponse(item, answer.response);
  return response?.type !== 'written' || response.selfRating === undefined;
}
