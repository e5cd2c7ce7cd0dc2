// Server actions are POSTs to page URLs. Next refuses a foreign Origin itself, but with a 500, lets a cross-site
// request without Origin through, and answers a call whose arguments are not form data with whatever the action
// throws (a 500). Every action of this app takes one FormData, which Next's client always sends as
// multipart/form-data, so the proxy answers anything else before Next decodes it.
// The refusal is a message key (errors.request.*): proxy.ts answers it in the reader's language (refusal-text.ts).
import { crossOriginProblem } from './cross-origin';
import type { RefusalKey } from './refusal-text';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Null when a request to a page may go on; otherwise the status and message to answer with. */
export function pagePostProblem(method: string, headers: Headers, appUrl?: string): { status: 400 | 403; key: RefusalKey; why: string } | null {
  if (SAFE_METHODS.has(method.toUpperCase())) return null;
  const crossOrigin = crossOriginProblem(headers, appUrl);
  if (crossOrigin) return { status: 403, key: 'crossSiteForm', why: crossOrigin };
  if (headers.has('next-action') && !(headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/form-data')) {
    return { status: 400, key: 'badForm', why: `a server action with a ${headers.get('content-type') ?? 'missing'} body` };
  }
  return null;
}
