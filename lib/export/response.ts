import 'server-only';
// The export download for the teacher area: signed in as a teacher (401), a known format (400), a quiz the loader
// knows (404), then the file as an attachment. The route re-checks all of it itself: nothing trusts the page.
import { z } from 'zod';
import { idSchema } from '@/content/schema';
import { assertTeacher } from '@/lib/auth/session';
import { loadQuizForTeacher } from '@/lib/content';
import { AppError, errorMessage, errorResponse } from '@/lib/errors';
import { exportQuiz, FORMATS } from './index';

const formatSchema = z.enum(FORMATS);

export async function exportResponse(request: Request, quizId: string): Promise<Response> {
  try {
    const teacher = await assertTeacher();
    const format = formatSchema.safeParse(new URL(request.url).searchParams.get('format'));
    if (!format.success) throw new AppError('bad_request:export', errorMessage('quiz.exportFormat', { formats: FORMATS.join(', ') }));
    const loaded = idSchema.safeParse(quizId).success ? await loadQuizForTeacher(teacher.id, quizId) : undefined;
    if (!loaded) throw new AppError('not_found:quiz', 'quiz.notFound'); // another teacher's private one too
    const file = exportQuiz(loaded.quiz, loaded.article, format.data);
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
