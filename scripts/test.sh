#!/usr/bin/env bash
# Runs every test: type check, unit tests (vitest) and the end-to-end suite (Playwright, headless
# Chromium), on SQLite and on a throwaway PostgreSQL server (scripts/postgres.sh) that is stopped
# at the end, also when a test fails. The e2e suite runs against a production build on its own
# database, so it never touches demo data.
#   E2E_DATABASES="sqlite postgres"  the databases the e2e suite runs on (the default; E2E_DATABASES=sqlite
#                                    leaves the PostgreSQL pass out; the unit tests that use a
#                                    database run on both either way)
#   E2E_POSTGRES_SPECS="e2e/x.spec.ts"  more specs for the PostgreSQL pass (see below)
#   E2E_TRACE=retain-on-failure      keep a Playwright trace of a failed test (default here: off,
#                                    recording traces costs the whole run about a tenth)
# Arguments are passed to Playwright on every database (e.g. one spec file).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
export NEXT_TELEMETRY_DISABLED=1 CHECKPOINT_DISABLE=1
export E2E_TRACE=${E2E_TRACE:-off}

postgres_dir=$(mktemp -d /tmp/afwegingskader-postgres.XXXXXX)
trap 'bash scripts/postgres.sh stop "$postgres_dir"' EXIT
postgres_url=$(bash scripts/postgres.sh start "$postgres_dir")

npx tsc --noEmit -p .
npx vitest run
# The tests that use a database, again on PostgreSQL (each gets a database of its own on the
# server), and the check of PostgreSQL's migrations against the data model.
TEST_DATABASE_URL="$postgres_url" npx vitest run tests/migrations.test.ts tests/postgres-server.test.ts \
  lib/assessments/mutations.test.ts lib/reviews/mutations.test.ts lib/municipalities/mutations.test.ts \
  lib/policy/mutations.test.ts lib/demo/cycle.test.ts lib/auth/auth.test.ts lib/auth/password-lock.test.ts \
  lib/notifications/delivery-instances.test.ts lib/db/plan-cache.test.ts lib/municipalities/queries.test.ts lib/reviews/queries.test.ts \
  lib/assessments/queries.test.ts lib/auth/session-statements.test.ts lib/evaluations/mutations.test.ts lib/evaluations/reminders.test.ts \
  lib/policy/evaluation-sources.test.ts lib/policy/published.test.ts lib/peers/peers.test.ts lib/transparency/transparency.test.ts \
  lib/reviews/own-edits.test.ts

# On PostgreSQL: two app instances on one database behind a round-robin load balancer
# (playwright.instances.config.ts). The specs in e2e/instances/ alternate between them on purpose
# (sessions, the sign-in lock and rate limit, autosave conflicts, the stored PDFs, the outbox);
# through the balancer run the policy's adoption, freeze and publication (the database triggers),
# the reviews (four eyes, decisions; the assessment's row lock) and answers saved in quick
# succession. When both databases run, these specs are left out of the SQLite pass
# (e2e/cycle.spec.ts adopts a policy on SQLite, e2e/assessments.spec.ts saves answers there): the
# whole suite on both would take CI over its 25 minutes. E2E_POSTGRES_SPECS="e2e/a.spec.ts …"
# moves more specs.
postgres_specs=(e2e/instances e2e/policy.spec.ts e2e/reviews.spec.ts e2e/answer-input.spec.ts ${E2E_POSTGRES_SPECS:-})
databases=${E2E_DATABASES:-sqlite postgres}

npx next build
for database in $databases; do
  echo "== end-to-end on ${database}"
  case "$database" in
    sqlite)
      export DATABASE_URL="file:./data/e2e.db"
      rm -f data/e2e.db data/e2e.db-journal data/e2e.db-wal data/e2e.db-shm
      config=playwright.config.ts
      specs=()
      if [[ " $databases " == *" postgres "* ]]; then
        mapfile -t specs < <(ls e2e/*.spec.ts | grep -v -x -F -f <(printf '%s\n' "${postgres_specs[@]}"))
      fi
      ;;
    postgres)
      export DATABASE_URL="$postgres_url"
      config=playwright.instances.config.ts
      specs=("${postgres_specs[@]}")
      ;;
    *) echo "unknown database in E2E_DATABASES: $database" >&2; exit 2 ;;
  esac
  npx prisma migrate deploy >/dev/null
  npx tsx prisma/seed.ts
  # Arguments name the specs to run; without them, the database's own selection.
  if (($# > 0)); then npx playwright test -c "$config" "$@"; else npx playwright test -c "$config" "${specs[@]}"; fi
done
