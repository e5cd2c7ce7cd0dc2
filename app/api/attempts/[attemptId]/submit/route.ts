// Hands in an attempt. Idempotent: a second submit returns the same result.
import { z } from 'zod';
import { submitAttempt } from '@/lib/db/queries/attempts';
import { getAttemptForDevice } from '@/lib/db/queries/student-attempts';
import { errorResponse } from '@/lib/errors';
import { json, jsonError } from '@/lib/http';

const paramsSchema = z.object({ attemptId: z.uuid() });

export async function POST(_request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  try {
    const p = paramsSchema.safeParse(await params);
    const mine = p.success ? await getAttemptForDevice({ attemptId: p.data.attemptId }) : null;
    if (!mine) return jsonError(404, 'This device has no attempt with that id.');
    const attempt = await submitAttempt({ studentId: mine.student.id, attemptId: mine.attempt.id });
    return json({ submitted: true, submittedAt: attempt.submittedAt });
  } catch (error) {
    return errorResponse(error, 'submit attempt');
  }
}
