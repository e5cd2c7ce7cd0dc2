import 'server-only';
// Builds what a student's device may see of its attempt: saved answers, and feedback only once it is due, both in
// the public ids the device was given (the database keeps the author's).
import type { Quiz } from '@/content/schema';
import { correctnessReleased, feedbackReleased } from '@/lib/assignments/feedback-policy';
import { findItem } from '@/lib/content';
import type { Answer as AnswerRow, Assignment, Attempt } from '@/lib/db/schema';
import { getAuthSecret } from '@/lib/env';
import { itemFeedback, type ItemFeedback } from './feedback';
import { feedbackForBrowser } from './public-feedback';
import { partIds } from './public-ids';
import { responseForBrowser } from './public-responses';
import { answerSchema, type Answer } from './responses';
import type { IdScope } from './id-scope';

function releaseArgs(assignment: Assignment, attempt: Attempt) {
  return {
    mode: assignment.mode,
    attemptSubmitted: attempt.submittedAt !== null,
    dueAt: assignment.dueAt,
    closedAt: assignment.closedAt,
    attemptNumber: attempt.number,
    attemptsAllowed: assignment.attemptsAllowed,
  };
}

/** The key, feedback and explanations may reach this attempt's device. */
export function isReleased(assignment: Assignment, attempt: Attempt): boolean {
  return feedbackReleased(releaseArgs(assignment, attempt));
}

/** Only right, partly right or wrong per question (a handed-in attempt while more may follow). */
export function isCorrectnessReleased(assignment: Assignment, attempt: Attempt): boolean {
  return correctnessReleased(releaseArgs(assignment, attempt));
}

export function savedAnswers(quiz: Quiz, rows: AnswerRow[], released: boolean, scope: IdScope) {
  const out: Record<string, { answer: Answer; feedback?: ItemFeedback }> = {};
  const secret = getAuthSecret();
  for (const row of rows) {
    const item = findItem(quiz, row.itemId);
    // a written answer's rating may have been given after it was saved
    const response =
      row.selfRating !== null &&
      typeof row.response === 'object' &&
      row.response !== null &&
      'type' in row.response &&
      row.response.type === 'written'
        ? { ...row.response, selfRating: row.selfRating }
        : row.response;
    const parsed = answerSchema.safeParse({ response, ...(row.confidence ? { confidence: row.confidence } : {}) });
    if (!item || !parsed.success) continue;
    const ids = partIds(scope, item, secret);
    const answer = { ...parsed.data, response: responseForBrowser(parsed.data.response, ids) };
    out[row.itemId] = released ? { answer, feedback: feedbackForBrowser(itemFeedback(item, parsed.data.response), ids) } : { answer };
  }
  return out;
}

/** When feedback comes, as a message key of `student.feedbackNote` (null: after each question, no note). */
export function feedbackNote(assignment: Assignment): 'afterLastAttempt' | 'afterHandIn' | 'afterDue' | null {
  if (assignment.mode === 'each') return null;
  return assignment.mode === 'submit' ? (assignment.attemptsAllowed > 1 ? 'afterLastAttempt' : 'afterHandIn') : 'afterDue';
}
