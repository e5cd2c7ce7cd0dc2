// Runs before every page and API route: a fresh CSP nonce per request. Next reads the nonce from the request's
// Content-Security-Policy header and puts it on its own scripts, so pages must render per request (the root
// layout awaits connection()). The other security headers come from next.config.js, static files and API replies included.
// A POST to a page is a server action: refused here when it comes from another site or carries no form data
// (lib/security/action-guard.ts), so Next never answers those with a 500; the refusal is in the reader's language.
import { NextResponse, type NextRequest } from 'next/server';
import { hasInvalidEncoding } from '@/lib/http/segment';
import { LOCALE_COOKIE } from '@/lib/i18n/locales';
import { negotiateLocale } from '@/lib/i18n/negotiate';
import { pagePostProblem } from '@/lib/security/action-guard';
import { refusalText } from '@/lib/security/refusal-text';
import { contentSecurityPolicy, createNonce, STRICT_TRANSPORT_SECURITY } from '@/lib/security/headers';
import { JOIN_DEVICE_COOKIE, isJoinDeviceId, newJoinDeviceId } from '@/lib/students/join-key';

export function proxy(request: NextRequest) {
  // "/join/%ff%fe": Next would fail to decode the route params with a 500; it is simply no page (the 404 page)
  if (hasInvalidEncoding(request.nextUrl.pathname)) return NextResponse.rewrite(new URL('/_invalid-path', request.url));
  const refused = pagePostProblem(request.method, request.headers, process.env.BETTER_AUTH_URL || undefined);
  if (refused) {
    console.warn(`[security] refused a ${request.method} to ${request.nextUrl.pathname}: ${refused.why}`);
    const locale = negotiateLocale(request.cookies.get(LOCALE_COOKIE)?.value, request.headers.get('accept-language'));
    return new NextResponse(refusalText(refused.key, locale), {
      status: refused.status,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': locale, 'Cache-Control': 'no-store' },
    });
  }
  const nonce = createNonce();
  const https =
    request.nextUrl.protocol === 'https:' ||
    request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https' ||
    (process.env.BETTER_AUTH_URL ?? '').startsWith('https://');
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV === 'development', https });

  // a browser opening a join page gets its join-device id, which that page's one-time join key is bound to
  // (lib/students/join-key.ts); set on the request too, so the page rendering now can issue the key
  const joinDevice =
    request.method === 'GET' && /^\/join(\/|$)/.test(request.nextUrl.pathname) && !isJoinDeviceId(request.cookies.get(JOIN_DEVICE_COOKIE)?.value)
      ? newJoinDeviceId()
      : undefined;
  if (joinDevice) request.cookies.set(JOIN_DEVICE_COOKIE, joinDevice);

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  if (joinDevice) {
    response.cookies.set(JOIN_DEVICE_COOKIE, joinDevice, { httpOnly: true, sameSite: 'lax', secure: https, path: '/', maxAge: 60 * 60 * 24 * 365 });
  }
  return response;
}

export const config = {
  // Pages only. Build assets and public files (a path ending in .ext) carry no HTML to protect, and neither do the
  // JSON API routes: they get a fixed deny-everything policy from next.config.js instead. Skipping the proxy there
  // saves ≈ 0.5 ms of CPU on each of a student's 38 answer saves (docs/benchmarks.md). A server action call is
  // checked whatever its path.
  matcher: [
    '/((?!api/|_next/static/|_next/image|.*\\.[A-Za-z0-9]+$).*)',
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
