#!/usr/bin/env bash
# Runs every test: type check, unit tests (vitest) and the end-to-end suite (Playwright, headless
# Chromium), on SQLite and on a throwaway PostgreSQL server (scripts/postgres.sh) that is stopped
# at the end, also when a test fails. The e2e suite runs against a production build on its own
# database, so it never touches demo data.
#   E2E_DATABASES="sqlite postgres"  the databases the e2e suite runs on (default: sqlite; the unit
#                                    tests that use a database run on both either way)
#   E2E_POSTGRES_SPECS=all           the whole e2e suite on PostgreSQL too, instead of the specs
#                                    that take the database-specific paths (see below)
# Arguments are passed to Playwright on every database (e.g. one spec file).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1

postgres_dir=$(mktemp -d /tmp/afwegingskader-postgres.XXXXXX)
trap 'bash scripts/postgres.sh stop "$postgres_dir"' EXIT
postgres_url=$(bash scripts/postgres.sh start "$postgres_dir")

npx tsc --noEmit -p .
npx vitest run
# The tests that use a database, again on PostgreSQL (each gets a database of its own on the
# server), and the check of PostgreSQL's migrations against the data model.
TEST_DATABASE_URL="$postgres_url" npx vitest run tests/migrations.test.ts \
  lib/assessments/mutations.test.ts lib/reviews/mutations.test.ts lib/municipalities/mutations.test.ts \
  lib/policy/mutations.test.ts lib/demo/cycle.test.ts lib/auth/auth.test.ts lib/auth/password-lock.test.ts \
  lib/notifications/delivery-instances.test.ts

# On PostgreSQL by default the specs that take the paths where the databases differ: autosave and
# conflicting saves, reviews, adopting and freezing a policy, the audit trail (and its trigger),
# tenancy (E2E_DATABASES="sqlite postgres"). The whole suite on both does not fit CI's time limit.
postgres_specs=(e2e/assessments.spec.ts e2e/reviews.spec.ts e2e/policy.spec.ts e2e/admin.spec.ts e2e/tenancy.spec.ts)
[[ "${E2E_POSTGRES_SPECS:-}" == "all" ]] && postgres_specs=()

npx next build
# The e2e suite takes about 17 minutes on a 2-core machine; with the PostgreSQL subset CI would
# take about 29, over its 25-minute limit, so the PostgreSQL e2e run is asked for explicitly.
for database in ${E2E_DATABASES:-sqlite}; do
  echo "== end-to-end on ${database}"
  case "$database" in
    sqlite)
      export DATABASE_URL="file:./data/e2e.db"
      rm -f data/e2e.db data/e2e.db-journal data/e2e.db-wal data/e2e.db-shm
      specs=()
      ;;
    postgres)
      export DATABASE_URL="$postgres_url"
      specs=("${postgres_specs[@]}")
      ;;
    *) echo "unknown database in E2E_DATABASES: $database" >&2; exit 2 ;;
  esac
  npx prisma migrate deploy >/dev/null
  npx tsx prisma/seed.ts
  # Arguments name the specs to run; without them, the database's own selection.
  if (($# > 0)); then npx playwright test "$@"; else npx playwright test "${specs[@]}"; fi
done
