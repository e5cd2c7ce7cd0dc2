#!/usr/bin/env bash
# npm test: every check, in the order that fails fastest. CI calls this through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n== %s\n' "$*"; }

step "content check"
npm run -s content:check
step "content coverage"
npm run -s content:coverage >/dev/null
step "typecheck"
npx tsc --noEmit
step "unit and integration tests"
npx vitest run
step "production build"
npx next build
step "end-to-end tests (Chromium, ${DATABASE_URL:+PostgreSQL}${DATABASE_URL:-embedded database})"
rm -rf data/e2e-pglite
npx playwright test
