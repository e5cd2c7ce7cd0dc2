// Practice mode: grade a whole set of answers on the server and summarise them for the results page.
import { z } from 'zod';
import { idSchema } from '@/content/schema';
import { allItems, findItem } from '@/lib/content';
import { apiError, errorMessage } from '@/lib/errors';
import { json, readJson } from '@/lib/http';
import { getAuthSecret } from '@/lib/env';
import { itemFeedback } from '@/lib/quiz/feedback';
import { quizParamsSchema } from '@/lib/quiz/params';
import { feedbackForBrowser } from '@/lib/quiz/public-feedback';
import { partIds } from '@/lib/quiz/public-ids';
import { responseFromBrowser } from '@/lib/quiz/public-responses';
import { answerSchema } from '@/lib/quiz/responses';
import { rejectCrossOrigin } from '@/lib/security/origin';
import { summarize } from '@/lib/quiz/summary';
import { practiceScope } from '@/lib/quiz/id-scope';
import { getPracticeQuiz } from '@/lib/content/practice';

const bodySchema = z.strictObject({ answers: z.record(idSchema, answerSchema) });

export async function POST(request: Request, { params }: { params: Promise<{ quizId: string }> }) {
  const crossOrigin = rejectCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  const parsedParams = quizParamsSchema.safeParse(await params);
  const quiz = parsedParams.success ? await getPracticeQuiz(parsedParams.data.quizId) : undefined;
  if (!quiz) return apiError('not_found:quiz', 'quiz.noQuizWithId');
  const body = await readJson(request, bodySchema);
  if (!body.ok) return body.response;
  const feedback = [];
  const graded = [];
  const secret = getAuthSecret();
  for (const [itemId, answer] of Object.entries(body.data.answers)) {
    const item = findItem(quiz, itemId);
    if (!item) return apiError('bad_request:item', errorMessage('quiz.noItemNamed', { itemId }));
    // answers arrive in public ids; graded in the author's, feedback sent back in public ones
    const ids = partIds(practiceScope(quiz.id), item, secret);
    const read = responseFromBrowser(item, answer.response, ids);
    if ('problem' in read) return apiError('bad_request:response', errorMessage('quiz.itemProblem', { itemId, problem: { key: 'answer.doesNotFit', english: read.problem } }));
    const f = itemFeedback(item, read.response);
    feedback.push(feedbackForBrowser(f, ids));
    graded.push({ itemId, grade: f.grade, confidence: answer.confidence });
  }
  const complete = allItems(quiz).every((item) => body.data.answers[item.id] !== undefined);
  // the claim map shows the key for every claim, so it waits until every question is answered
  return json({ summary: summarize(quiz, graded), feedback, claimMap: complete ? quiz.claimMap : null });
}
