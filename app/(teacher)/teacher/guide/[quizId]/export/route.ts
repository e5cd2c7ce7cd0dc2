// A quiz as QTI 3.0 / QTI 2.1 / Moodle XML / GIFT for the school's LMS (?format=...); see lib/export/response.ts.
import { exportResponse } from '@/lib/export/response';

export async function GET(request: Request, { params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  return exportResponse(request, quizId);
}
