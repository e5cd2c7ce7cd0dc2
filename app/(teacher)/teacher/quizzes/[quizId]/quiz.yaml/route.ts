// A quiz this teacher may open (shipped, theirs, or the library's) as a claimcheck-quiz/1 YAML file, for another
// instance's import. Another teacher's private quiz is the same 404 as an unknown one.
import { idSchema } from '@/content/schema';
import { assertTeacher } from '@/lib/auth/session';
import { exportQuizForTeacher } from '@/lib/db/queries/content-import';
import { AppError, errorResponse } from '@/lib/errors';

export async function GET(_request: Request, { params }: { params: Promise<{ quizId: string }> }) {
  try {
    const { quizId } = await params;
    const teacher = await assertTeacher();
    if (!idSchema.safeParse(quizId).success) throw new AppError('not_found:quiz', 'quiz.notFound');
    const text = await exportQuizForTeacher({ teacherId: teacher.id, quizId });
    return new Response(text, {
      headers: {
        'Content-Type': 'application/yaml; charset=utf-8',
        'Content-Disposition': `attachment; filename="${quizId}.claimcheck.yaml"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return errorResponse(error, 'quiz yaml export');
  }
}
