// Saves one answer of an assignment attempt. Scored here; feedback returned only where the mode releases it,
// and otherwise the reply carries no sign of whether the answer was right.
import { z } from 'zod';
import { idSchema } from '@/content/schema';
import { findItem, getQuiz } from '@/lib/content';
import { saveAnswer } from '@/lib/db/queries/answers';
import { getAttemptForDevice } from '@/lib/db/queries/student-attempts';
import { apiError, errorResponse } from '@/lib/errors';
import { json, readJson } from '@/lib/http';
import { isReleased } from '@/lib/quiz/assignment-view';
import { itemFeedback } from '@/lib/quiz/feedback';
import { gradeItem } from '@/lib/quiz/grade';
import { feedbackForBrowser } from '@/lib/quiz/public-feedback';
import { partIds } from '@/lib/quiz/public-ids';
import { responseFromBrowser } from '@/lib/quiz/public-responses';
import { answerSchema, responseSchema } from '@/lib/quiz/responses';
import { rejectCrossOrigin } from '@/lib/security/origin';
import { limitAnswerSave } from '@/lib/security/rate-limits';
import { assignmentScope } from '@/lib/quiz/id-scope';

const paramsSchema = z.object({ attemptId: z.uuid(), itemId: idSchema });
const bodySchema = answerSchema.extend({ clientSeq: z.int().min(0).max(2 ** 31 - 1) });

export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string; itemId: string }> }) {
  const crossOrigin = rejectCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  try {
    const p = paramsSchema.safeParse(await params);
    if (!p.success) return apiError('not_found:attempt', 'attempt.noSuchItem');
    const mine = await getAttemptForDevice({ attemptId: p.data.attemptId });
    if (!mine) return apiError('not_found:attempt', 'attempt.notOnDeviceJoin');
    await limitAnswerSave({ attemptId: mine.attempt.id }); // counted per attempt, only once it is known to be this device's
    const quiz = await getQuiz(mine.assignment.quizId, mine.attempt.quizVersion); // the version the attempt started on
    const item = quiz ? findItem(quiz, p.data.itemId) : undefined;
    if (!quiz || !item) return apiError('not_found:item', 'quiz.noItemWithId');
    const body = await readJson(request, bodySchema);
    if (!body.ok) return body.response;
    // the browser answers in public ids; the database keeps the author's (reports, CSV exports and grading read them)
    const ids = partIds(assignmentScope(mine.assignment), item);
    const read = responseFromBrowser(item, body.data.response, ids);
    if ('problem' in read) return apiError('bad_request:response', { key: 'answer.doesNotFit', english: read.problem });
    const { response } = read;
    const { confidence, clientSeq } = body.data;
    const grade = gradeItem(item, response);
    const { answer } = await saveAnswer({
      studentId: mine.student.id,
      attemptId: mine.attempt.id,
      itemId: item.id,
      response,
      confidence: confidence ?? null,
      score: grade.score,
      maxScore: 1,
      clientSeq,
      selfRating: response.type === 'written' ? (response.selfRating ?? null) : null,
    });
    if (!isReleased(mine.assignment, mine.attempt)) return json({ saved: true });
    // feedback describes what is stored: after a stale resend that is the newer answer
    const stored = responseSchema.safeParse(answer.response);
    return json({ saved: true, feedback: feedbackForBrowser(itemFeedback(item, stored.success ? stored.data : response), ids) });
  } catch (error) {
    return errorResponse(error, 'save answer');
  }
}
