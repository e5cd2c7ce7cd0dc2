// @ts-check
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
};

module.exports = nextConfig;
