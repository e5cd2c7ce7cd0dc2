// Import an exported quiz (YAML, claimcheck-quiz/1) as the teacher's private draft: see lib/library/import-request.ts.
import { importResponse } from '@/lib/library/import-request';
import { rejectCrossOrigin } from '@/lib/security/origin';

export async function POST(request: Request) {
  return rejectCrossOrigin(request) ?? importResponse(request);
}
