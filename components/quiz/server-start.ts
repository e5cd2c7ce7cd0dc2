// The state a question page is rendered with on the server, before the device's own copy of the quiz is read.
import type { ItemFeedback } from '@/lib/quiz/feedback';
import type { Answer } from '@/lib/quiz/responses';
import type { QuizStart } from './quiz-store';

/**
 * Practice knows nothing of the student on the server: the first question, with the seed the server chose. A device
 * that has been here before then moves to its own position (and order) once its copy is read; a new device, the
 * usual case, keeps what it was shown. (A cookie holding the position would spare the returning device that move, but
 * would send the position with every request and make the server trust a value only the device's store owns.)
 * An assignment's server has the saved answers: it opens at the first question without one (the last when all have
 * one), with those answers counted.
 */
export function serverStart(
  itemIds: readonly string[],
  saved: Record<string, { answer: Answer; feedback?: ItemFeedback }> | undefined,
  seed: string | undefined,
): QuizStart {
  const start: QuizStart = seed ? { seed } : {};
  if (!saved) return { ...start, position: 0 };
  const open = itemIds.findIndex((id) => !saved[id]);
  const answers: Record<string, Answer> = {};
  const feedback: Record<string, ItemFeedback> = {};
  for (const [id, entry] of Object.entries(saved)) {
    answers[id] = entry.answer;
    if (entry.feedback) feedback[id] = entry.feedback;
  }
  return { ...start, position: open === -1 ? Math.max(0, itemIds.length - 1) : open, answers, feedback };
}
