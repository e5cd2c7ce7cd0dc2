// @ts-check
const securityHeaders = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // a second build dir lets two builds of one checkout coexist (e.g. a benchmark beside the test server)
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  // Content files are read from disk at request time by server code; make sure they ship with the server output.
  outputFileTracingIncludes: { '/**': ['./content/**/*', './drizzle/**/*'] },
  // PGlite loads its WebAssembly and data files from its own package folder at run time: do not bundle it.
  serverExternalPackages: ['@electric-sql/pglite'],
  // On every response, static files included. The per-request Content-Security-Policy (with its nonce) is set by
  // proxy.ts. Keep this list equal to BASE_SECURITY_HEADERS in lib/security/headers.ts (a unit test checks).
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

module.exports = nextConfig;
