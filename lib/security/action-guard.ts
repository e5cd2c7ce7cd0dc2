// Server actions are POSTs to page URLs. Next refuses a foreign Origin itself, but with a 500, lets a cross-site
// request without Origin through, and answers a call whose arguments are not form data with whatever the action
// throws (a 500). Every action of this app takes one FormData, which Next's client always sends as
// multipart/form-data, so the proxy answers anything else before Next decodes it.
import { crossOriginProblem } from './cross-origin';

export const CROSS_SITE_ACTION_MESSAGE = 'This form was sent from another website, so it was refused. Open Claimcheck itself and try again.';
export const BAD_ACTION_MESSAGE = 'This form could not be read. Reload the page and try again.';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Null when a request to a page may go on; otherwise the status and message to answer with. */
export function pagePostProblem(method: string, headers: Headers, appUrl?: string): { status: 400 | 403; message: string; why: string } | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const crossOrigin = crossOriginProblem(headers, appUrl);
  if (crossOrigin) return { status: 403, message: CROSS_SITE_ACTION_MESSAGE, why: crossOrigin };
  if (headers.has('next-action') && !(headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
    return { status: 400, message: BAD_ACTION_MESSAGE, why: `a server action with a ${headers.get('content-type') ?? 'missing'} body` };
  }
  return null;
}
