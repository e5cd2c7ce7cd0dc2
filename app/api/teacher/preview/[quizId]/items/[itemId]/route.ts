// A teacher's preview answer: graded at once, stored nowhere (lib/library/preview-answer.ts).
import { previewAnswerResponse } from '@/lib/library/preview-answer';
import { rejectCrossOrigin } from '@/lib/security/origin';

export async function POST(request: Request, { params }: { params: Promise<{ quizId: string; itemId: string }> }) {
  return rejectCrossOrigin(request) ?? previewAnswerResponse(request, await params);
}
