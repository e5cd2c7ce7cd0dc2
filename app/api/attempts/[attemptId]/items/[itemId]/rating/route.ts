// A student's own rating of a written answer against the rubric, given once the model answer is released.
import { z } from 'zod';
import { idSchema } from '@/content/schema';
import { setSelfRating } from '@/lib/db/queries/answers';
import { getAttemptForDevice } from '@/lib/db/queries/student-attempts';
import { apiError, errorResponse } from '@/lib/errors';
import { json, readJson } from '@/lib/http';
import { isReleased } from '@/lib/quiz/assignment-view';
import { rejectCrossOrigin } from '@/lib/security/origin';
import { limitAnswerSave } from '@/lib/security/rate-limits';

const paramsSchema = z.object({ attemptId: z.uuid(), itemId: idSchema });
const bodySchema = z.strictObject({ selfRating: z.int().min(0).max(2) });

export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string; itemId: string }> }) {
  const crossOrigin = rejectCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  try {
    const p = paramsSchema.safeParse(await params);
    const mine = p.success ? await getAttemptForDevice({ attemptId: p.data.attemptId }) : null;
    if (!p.success || !mine) return apiError('not_found:attempt', 'attempt.notOnDevice');
    await limitAnswerSave({ attemptId: mine.attempt.id }); // the same budget as saving answers
    // rating means reading the model answer: only once feedback is released
    if (!isReleased(mine.assignment, mine.attempt)) return apiError('forbidden:not_released', 'attempt.notReleased');
    const body = await readJson(request, bodySchema);
    if (!body.ok) return body.response;
    await setSelfRating({ studentId: mine.student.id, attemptId: mine.attempt.id, itemId: p.data.itemId, rating: body.data.selfRating });
    return json({ saved: true });
  } catch (error) {
    return errorResponse(error, 'rate written answer');
  }
}
