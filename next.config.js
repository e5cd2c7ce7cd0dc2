// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Content files are read from disk at request time by server code; make sure they ship with the server output.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
};

module.exports = nextConfig;
