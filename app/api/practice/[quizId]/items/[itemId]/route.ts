// Practice mode: check one answer and return its feedback at once. Nothing is stored on the server.
import { findItem } from '@/lib/content';
import { apiError } from '@/lib/errors';
import { json, readJson } from '@/lib/http';
import { itemFeedback } from '@/lib/quiz/feedback';
import { itemParamsSchema } from '@/lib/quiz/params';
import { feedbackForBrowser } from '@/lib/quiz/public-feedback';
import { partIds } from '@/lib/quiz/public-ids';
import { responseFromBrowser } from '@/lib/quiz/public-responses';
import { answerSchema } from '@/lib/quiz/responses';
import { rejectCrossOrigin } from '@/lib/security/origin';
import { practiceScope } from '@/lib/quiz/id-scope';
import { getPracticeQuiz } from '@/lib/content/practice';

export async function POST(request: Request, { params }: { params: Promise<{ quizId: string; itemId: string }> }) {
  const crossOrigin = rejectCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  const parsedParams = itemParamsSchema.safeParse(await params);
  if (!parsedParams.success) return apiError('not_found:item', 'quiz.noSuchItem');
  const quiz = await getPracticeQuiz(parsedParams.data.quizId); // an assessment quiz is not practice: 404
  if (!quiz) return apiError('not_found:quiz', 'quiz.noQuizWithId');
  const item = findItem(quiz, parsedParams.data.itemId);
  if (!item) return apiError('not_found:item', 'quiz.noItemWithId');
  const body = await readJson(request, answerSchema);
  if (!body.ok) return body.response;
  // the browser answers in public ids: graded in the author's, sent back in public ones
  const ids = partIds(practiceScope(quiz.id), item);
  const read = responseFromBrowser(item, body.data.response, ids);
  if ('problem' in read) return apiError('bad_request:response', { key: 'answer.doesNotFit', english: read.problem });
  return json({ feedback: feedbackForBrowser(itemFeedback(item, read.response), ids) });
}
