// Hands in an attempt. Idempotent: a second submit returns the same result.
import { z } from 'zod';
import { submitAttempt } from '@/lib/db/queries/attempts';
import { getAttemptForDevice } from '@/lib/db/queries/student-attempts';
import { apiError, errorResponse } from '@/lib/errors';
import { json } from '@/lib/http';
import { rejectCrossOrigin } from '@/lib/security/origin';
import { limitSubmit } from '@/lib/security/rate-limits';

const paramsSchema = z.object({ attemptId: z.uuid() });

export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  const crossOrigin = rejectCrossOrigin(request);
  if (crossOrigin) return crossOrigin;
  try {
    const p = paramsSchema.safeParse(await params);
    const mine = p.success ? await getAttemptForDevice({ attemptId: p.data.attemptId }) : null;
    if (!mine) return apiError('not_found:attempt', 'attempt.notOnDevice');
    await limitSubmit({ attemptId: mine.attempt.id });
    const attempt = await submitAttempt({ studentId: mine.student.id, attemptId: mine.attempt.id });
    return json({ submitted: true, submittedAt: attempt.submittedAt });
  } catch (error) {
    return errorResponse(error, 'submit attempt');
  }
}
