import 'server-only';
// The CSV downloads of an assignment's results: signed in (401), the teacher's own assignment (404), then the file.
import { assertTeacher } from '@/lib/auth/session';
import { AppError, errorResponse } from '@/lib/errors';
import { answersCsv, CSV_BOM, studentsCsv } from '@/lib/reports/csv';
import { loadAssignmentResults } from './results';

export type ResultsCsvKind = 'students' | 'answers';

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 40) || 'class';

export async function resultsCsvResponse(assignmentId: string, kind: ResultsCsvKind): Promise<Response> {
  try {
    const teacher = await assertTeacher();
    const results = await loadAssignmentResults({ teacherId: teacher.id, assignmentId });
    if (!results) throw new AppError('not_found:assignment', 'assignment.notFound');
    const { data, quiz, report, versions } = results;
    const body = kind === 'students' ? studentsCsv(report.students) : answersCsv(quiz, data.students, data.attempts, versions);
    const filename = `claimcheck-${slug(data.class.name)}-${quiz.id}-${kind}.csv`;
    return new Response(CSV_BOM + body, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return errorResponse(error, `results ${kind} csv`);
  }
}
