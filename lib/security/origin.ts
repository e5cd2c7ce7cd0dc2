import 'server-only';
// Cross-site request forgery guard for the route handlers that change state: a browser names the page that sent a
// POST in its Origin header (and, in Sec-Fetch-Site, whether it was another site). Only our own origin may post.
// Clients that are not browsers send neither header and carry no student's or teacher's cookies, so they pass.
// Server actions get the same check in proxy.ts (lib/security/action-guard.ts); /api/auth/* from better-auth.
import { getEnv } from '@/lib/env';
import { apiError } from '@/lib/errors';
import { log } from '@/lib/log';
import { crossOriginProblem } from './cross-origin';

export { crossOriginProblem } from './cross-origin';

export const CROSS_ORIGIN_MESSAGE =
  'request.crossOrigin';

/** For a route handler's first line: a 403 JSON reply for a cross-site request, else null. */
export function rejectCrossOrigin(request: Request): Promise<Response> | null {
  const env = getEnv();
  const problem = crossOriginProblem(request.headers, env.appUrlConfigured ? env.appUrl : undefined);
  if (!problem) return null;
  log.warn({ method: request.method, route: new URL(request.url).pathname, problem }, 'refused a cross-origin request');
  return apiError('forbidden:cross_origin', CROSS_ORIGIN_MESSAGE);
}
