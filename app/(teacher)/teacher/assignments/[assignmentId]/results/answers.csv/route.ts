// The answers of an assignment's results as a CSV download (see lib/teacher/results-csv.ts).
import { resultsCsvResponse } from '@/lib/teacher/results-csv';

export async function GET(_request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  return resultsCsvResponse(assignmentId, 'answers');
}
