#!/usr/bin/env bash
# Runs every test: type check, unit tests (vitest) and the end-to-end suite (Playwright, headless Chromium).
# The e2e suite runs against a production build on its own database, so it never touches demo data.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

npx tsc --noEmit -p .
npx vitest run

export DATABASE_URL="file:./data/e2e.db"
rm -f data/e2e.db data/e2e.db-journal data/e2e.db-wal data/e2e.db-shm
npx prisma migrate deploy >/dev/null
npx tsx prisma/seed.ts
npx next build
npx playwright test "$@"
