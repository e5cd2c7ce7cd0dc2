// better-auth's HTTP endpoints (/api/auth/*), rate-limited through the shared rate_limits table. better-auth checks
// the Origin of state-changing requests itself; names and other text are held to the app's limits here first.
import { toNextJsHandler } from 'better-auth/next-js';
import { authHandler } from '@/lib/auth/server';
import { apiError } from '@/lib/errors';
import { authBodyProblem, MAX_AUTH_BODY_BYTES } from '@/lib/validation/auth-body';

const handlers = toNextJsHandler(authHandler);

export const GET = handlers.GET;

export async function POST(request: Request) {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_AUTH_BODY_BYTES) return apiError('payload_too_large:auth');
  const problem = authBodyProblem(await request.clone().text(), request.headers.get('content-type') ?? '');
  if (problem) return apiError('bad_request:auth', problem);
  return handlers.POST(request);
}
