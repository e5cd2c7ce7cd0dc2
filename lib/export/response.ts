import 'server-only';
// The export download for the teacher area: signed in as a teacher (401), a known format (400), a quiz the loader
// knows (404), then the file as an attachment. The route re-checks all of it itself: nothing trusts the page.
import { z } from 'zod';
import { idSchema } from '@/content/schema';
import { assertTeacher } from '@/lib/auth/session';
import { getArticle, getQuiz } from '@/lib/content';
import { AppError, errorResponse } from '@/lib/errors';
import { exportQuiz, FORMATS } from './index';

const formatSchema = z.enum(FORMATS);

export async function exportResponse(request: Request, quizId: string): Promise<Response> {
  try {
    await assertTeacher();
    const format = formatSchema.safeParse(new URL(request.url).searchParams.get('format'));
    if (!format.success) throw new AppError('bad_request:export', `Choose a format: ${FORMATS.join(', ')}.`);
    const quiz = idSchema.safeParse(quizId).success ? getQuiz(quizId) : undefined;
    if (!quiz) throw new AppError('not_found:quiz', 'That quiz was not found.');
    const file = exportQuiz(quiz, getArticle(quiz.article), format.data);
    return new Response(new Blob([file.body as Uint8Array<ArrayBuffer>]).stream(), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Length': String(file.body.length),
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return errorResponse(error, 'quiz export');
  }
}
