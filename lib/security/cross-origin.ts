// Whether a state-changing request came from our own pages, from its Origin and Sec-Fetch-Site headers. Pure (no
// settings read here), so the proxy can use it for server actions as well as the route handlers (origin.ts).
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
