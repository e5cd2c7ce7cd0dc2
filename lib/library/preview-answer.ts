import 'server-only';
// A teacher's preview of a quiz answers through the server like practice does, graded by the same code, but only
// for a signed-in teacher who may open the quiz (shipped, theirs, or the library's; drafts and assessments too).
// Nothing is stored and no student is made; another teacher's private quiz is the same 404 as an unknown one. The
// route refuses a cross-site post first (rejectCrossOrigin).
import { findItem, loadQuizForTeacher } from '@/lib/content';
import { assertTeacher } from '@/lib/auth/session';
import { apiError, errorResponse } from '@/lib/errors';
import { json, readJson } from '@/lib/http';
import { itemFeedback } from '@/lib/quiz/feedback';
import { previewScope } from '@/lib/quiz/id-scope';
import { itemParamsSchema } from '@/lib/quiz/params';
import { feedbackForBrowser } from '@/lib/quiz/public-feedback';
import { partIds } from '@/lib/quiz/public-ids';
import { responseFromBrowser } from '@/lib/quiz/public-responses';
import { answerSchema } from '@/lib/quiz/responses';

export async function previewAnswerResponse(request: Request, params: { quizId: string; itemId: string }): Promise<Response> {
  try {
    const teacher = await assertTeacher();
    const parsed = itemParamsSchema.safeParse(params);
    if (!parsed.success) return apiError('not_found:item', 'quiz.noSuchItem');
    const loaded = await loadQuizForTeacher(teacher.id, parsed.data.quizId);
    if (!loaded) return apiError('not_found:quiz', 'quiz.notFound');
    const item = findItem(loaded.quiz, parsed.data.itemId);
    if (!item) return apiError('not_found:item', 'quiz.noItemWithId');
    const body = await readJson(request, answerSchema);
    if (!body.ok) return body.response;
    const ids = partIds(previewScope(teacher.id, loaded.quiz.id), item);
    const read = responseFromBrowser(item, body.data.response, ids);
    if ('problem' in read) return apiError('bad_request:response', { key: 'answer.doesNotFit', english: read.problem });
    return json({ feedback: feedbackForBrowser(itemFeedback(item, read.response), ids) });
  } catch (error) {
    return errorResponse(error, 'quiz preview');
  }
}
