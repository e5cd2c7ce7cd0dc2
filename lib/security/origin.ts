import 'server-only';
// Cross-site request forgery guard for the route handlers that change state: a browser names the page that sent a
// POST in its Origin header (and, in Sec-Fetch-Site, whether it was another site). Only our own origin may post.
// Clients that are not browsers send neither header and carry no student's or teacher's cookies, so they pass.
// Server actions get the same check from Next itself; /api/auth/* from better-auth.
import { getEnv } from '@/lib/env';
import { apiError } from '@/lib/errors';
import { log } from '@/lib/log';

export const CROSS_ORIGIN_MESSAGE =
  'This request came from another website, so it was refused. Open Claimcheck itself and try again.';

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

function firstValue(value: string | null): string | null {
  return value?.split(',')[0]?.trim() || null;
}

/** Null when the request may change state; otherwise why not. `appUrl` is the configured public URL, if any. */
export function crossOriginProblem(headers: Headers, appUrl?: string): string | null {
  const origin = headers.get('origin');
  if (origin === null) {
    const site = headers.get('sec-fetch-site');
    return site === 'cross-site' || site === 'same-site' ? `a ${site} request` : null;
  }
  if (origin === 'null') return 'an opaque Origin (a sandboxed frame or a local file)';
  const from = parseUrl(origin);
  if (!from || from.origin === 'null') return `an unreadable Origin (${origin.slice(0, 100)})`;
  if (appUrl && parseUrl(appUrl)?.origin === from.origin) return null;
  // the host the browser addressed (a proxy in front names it in X-Forwarded-Host), as Next does for server actions
  const host = firstValue(headers.get('x-forwarded-host')) ?? firstValue(headers.get('host'));
  if (host && parseUrl(`${from.protocol}//${host}`)?.host === from.host) return null;
  return `Origin ${from.origin}`;
}

/** For a route handler's first line: a 403 JSON reply for a cross-site request, else null. */
export function rejectCrossOrigin(request: Request): Response | null {
  const env = getEnv();
  const problem = crossOriginProblem(request.headers, env.appUrlConfigured ? env.appUrl : undefined);
  if (!problem) return null;
  log.warn({ method: request.method, route: new URL(request.url).pathname, problem }, 'refused a cross-origin request');
  return apiError('forbidden:cross_origin', CROSS_ORIGIN_MESSAGE);
}
