// @ts-check
const { sourceHash } = require('./lib/server/build-stamp.js');
// next-intl finds the request's locale and messages in i18n/request.ts. Messages are precompiled (lib/i18n/
// load-messages.ts) so that the browser gets icu-minify's format-only runtime (under 1 KB) and not an ICU parser
// (about 13 KB over gzip, measured on the question page, whose budget is 150 KiB): `precompile` makes the plugin alias
// use-intl's formatter to it. The messages are read from disk, not imported, so the plugin's catalog loader is unused.
const withNextIntl = require('next-intl/plugin')({
  requestConfig: './i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: ['en', 'ur'], precompile: true } },
});

const securityHeaders = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
const assetHeaders = securityHeaders.filter((h) => h.key === 'X-Content-Type-Options');

// The build id is the hash of the sources (lib/server/build-stamp.js): the same in every build worker, and the key of
// the service worker's cache, which the client learns from CLAIMCHECK_BUILD_ID.
const buildId = sourceHash(__dirname).slice(0, 20);

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // server.js compresses pages itself, with brotli where the browser takes it
  compress: false,
  generateBuildId: () => buildId,
  env: { CLAIMCHECK_BUILD_ID: buildId },
  // a second build dir lets two builds of one checkout coexist (e.g. a benchmark beside the test server)
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  reactStrictMode: true,
  // Turbopack's chunker keeps code shared by two pages (the question page and the results page share the quiz store,
  // the feedback views and every question type's client parts) in a chunk of its own once that code passes
  // minChunkSize (default 50 000 bytes of unminified code). On the question page that extra request cost more than
  // it saved (about 1 KB more JS over gzip than when the code was merged into each page's chunk); at 100 000 every
  // student page transfers less JS than before question types moved to their own folders (node
  // scripts/page-weight.mjs: question page 153.0 -> 152.9 KB, results 148.2 -> 148.1 KB). The question page budget
  // is 150 KiB: keep measuring when a type is added.
  // inlineCss: the stylesheet (about 2 KB over the wire) goes in the page's <head> instead of a render-blocking request,
  // so the server-rendered question paints as soon as the HTML arrives, before the scripts have run: with the
  // stylesheet as a request, the first paint waited for it and the scripts that arrived with it ran first, and the
  // question page's LCP counted their download and run time. The CSP allows inline styles (lib/security/headers.ts).
  experimental: { turbopackChunking: { minChunkSize: 100_000 }, inlineCss: true },
  // Content files are read from disk at request time by server code; make sure they ship with the server output.
  outputFileTracingIncludes: { '/**': ['./content/**/*', './drizzle/**/*', './messages/**/*'] },
  // PGlite loads its WebAssembly and data files from its own package folder at run time: do not bundle it.
  serverExternalPackages: ['@electric-sql/pglite'],
  // The per-request Content-Security-Policy (with its nonce) is set by proxy.ts. Keep these lists equal to
  // BASE_SECURITY_HEADERS, ASSET_SECURITY_HEADERS and API_CONTENT_SECURITY_POLICY in lib/security/headers.ts (a unit
  // test checks).
  async headers() {
    return [
      { source: '/:path((?!_next/static/).*)', headers: securityHeaders },
      // Build assets are scripts and styles, never documents: framing, referrer, opener and permission policies mean
      // nothing for them, and on a slow phone eleven copies of those headers cost about 2 KB per page.
      { source: '/_next/static/:path*', headers: assetHeaders },
      // JSON replies skip proxy.ts (no nonce to make): a fixed policy that allows nothing
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiContentSecurityPolicy }] },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
