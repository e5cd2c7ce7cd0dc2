// @ts-check
// The bare page the Lighthouse budgets are measured against (scripts/lighthouse/baseline.ts builds and serves it):
// the same `next`, `react` and `react-dom` as the app (resolved from the project's node_modules), App Router, one
// server page and one client button, served by the app's own server.js. Nothing of the app is in it, so the ratio
// of a page's timing to this page's, measured side by side, is what the app adds on whatever machine runs it.
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..', '..');

/** @type {import('next').NextConfig} */
module.exports = {
  distDir: '.next-baseline',
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root },
  outputFileTracingRoot: root,
};
