#!/usr/bin/env bash
# Runs end-to-end specs in isolation from other runs on this machine: own database, own build
# folder, own port. For parallel work; `npm test` is the full, canonical run.
#   bash scripts/e2e-local.sh NAME PORT [playwright args, e.g. e2e/reviews.spec.ts]
# With E2E_DATABASE_URL=postgresql://… the run uses that (empty) PostgreSQL database instead of
# its own SQLite file, e.g. one from scripts/postgres.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
name="$1"; port="$2"; shift 2
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
export DATABASE_URL="${E2E_DATABASE_URL:-file:./data/e2e-${name}.db}" NEXT_DIST_DIR=".next-${name}" E2E_PORT="$port" E2E_OUTPUT="test-results-${name}"
rm -f "data/e2e-${name}.db" "data/e2e-${name}.db-wal" "data/e2e-${name}.db-shm"
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts
# next build adds its own dist folder to tsconfig.json; that change is local to this run.
cp tsconfig.json "/tmp/tsconfig-${name}.json"
trap 'cp "/tmp/tsconfig-${name}.json" tsconfig.json' EXIT
npx next build >/tmp/build-${name}.log 2>&1 || { tail -30 /tmp/build-${name}.log; exit 1; }
npx playwright test "$@"
