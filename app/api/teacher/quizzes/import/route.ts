// Import an exported quiz (YAML, claimcheck-quiz/1) as the teacher's private draft: see lib/library/import-request.ts.
import { importResponse } from '@/lib/library/import-request';

export async function POST(request: Request) {
  return importResponse(request);
}
