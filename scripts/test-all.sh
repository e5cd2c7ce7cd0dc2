#!/usr/bin/env bash
# npm test: every check, in the order that fails fastest. CI calls this through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n== %s\n' "$*"; }

step "content check"
npm run -s content:check
step "content lint (item quality: cues to the key, tags, sources, reading level)"
npm run -s content:lint
step "content coverage"
npm run -s content:coverage >/dev/null
step "typecheck"
npx tsc --noEmit
step "lint (oxlint, zero warnings)"
npm run -s lint
step "unit and integration tests"
npx vitest run
step "production build"
npx next build
step "end-to-end tests (Chromium, ${DATABASE_URL:+PostgreSQL}${DATABASE_URL:-embedded database})"
rm -rf data/e2e-pglite
npx playwright test

# The same integration and end-to-end suites against a real PostgreSQL server, started and stopped here.
if [ -z "${DATABASE_URL:-}" ]; then
  if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    step "integration and end-to-end tests against PostgreSQL"
    PG_BIN="$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")" \
      bash scripts/with-postgres.sh bash -c 'npx vitest run && npx playwright test --grep-invert "@no-database|@screenshots"'
  else
    echo "PostgreSQL server binaries not found (apt-get install -y postgresql): the PostgreSQL run is skipped" >&2
    [ -z "${CI:-}" ] || exit 1
  fi
fi
