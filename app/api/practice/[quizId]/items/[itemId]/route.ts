// Practice mode: check one answer and return its feedback at once. Nothing is stored on the server.
import { findItem, getQuiz } from '@/lib/content';
import { json, jsonError, readJson } from '@/lib/http';
import { itemFeedback } from '@/lib/quiz/feedback';
import { responseProblem } from '@/lib/quiz/fit';
import { itemParamsSchema } from '@/lib/quiz/params';
import { answerSchema } from '@/lib/quiz/responses';
import { rejectCrossOrigin } from '@/lib/security/origin';

export async function POST(request: Request, { params }: { params: Promise<{ quizId: string; itemId: string }> }) {
  const crossOrigin = rejectCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  const parsedParams = itemParamsSchema.safeParse(await params);
  if (!parsedParams.success) return jsonError(404, 'There is no such quiz or question.');
  const quiz = getQuiz(parsedParams.data.quizId);
  if (!quiz) return jsonError(404, 'There is no quiz with that id.');
  const item = findItem(quiz, parsedParams.data.itemId);
  if (!item) return jsonError(404, 'This quiz has no question with that id.');
  const body = await readJson(request, answerSchema);
  if (!body.ok) return body.response;
  const problem = responseProblem(item, body.data.response);
  if (problem) return jsonError(400, problem);
  return json({ feedback: itemFeedback(item, body.data.response) });
}
