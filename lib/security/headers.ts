// The security headers of every response. Plain code with no server-only import: proxy.ts uses it, and
// next.config.js repeats BASE_SECURITY_HEADERS and ASSET_SECURITY_HEADERS (a test keeps them equal).

/** Sent on every response, pages, API replies and static files alike. */
export const BASE_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // the app needs none of these; an injected frame or script cannot ask for them either
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  // frame-ancestors in the CSP does the same for current browsers
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** Build assets (/_next/static: scripts, styles) are never rendered as documents; only this one applies to them. */
export const ASSET_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = BASE_SECURITY_HEADERS.filter(
  (h) => h.key === 'X-Content-Type-Options',
);

/** API replies are JSON, never rendered: nothing may load, frame or submit from them (they skip proxy.ts). */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** 128 random bits, base64: a fresh one for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export interface CspOptions {
  nonce: string;
  /** `next dev` needs eval for its error overlay and stack traces; production does not. */
  dev?: boolean;
  /** Served over https: ask browsers to upgrade any stray http:// URL. */
  https?: boolean;
}

/**
 * Scripts run only with this response's nonce (Next puts it on its own scripts, read from the request's CSP
 * header), or when loaded by such a script ('strict-dynamic'). Styles allow 'unsafe-inline' because React renders
 * `style` attributes into the server HTML, which no nonce can cover; a style cannot run code.
 */
export function contentSecurityPolicy({ nonce, dev = false, https = false }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // the quiz's service worker (/sw.js): without this, worker-src falls back to script-src, where
    // 'strict-dynamic' would refuse it
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** HSTS, only when the app is served over https (browsers ignore it over http anyway). */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';
