#!/usr/bin/env bash
# Installs what a fresh machine lacks and prepares the database with demo data. Safe to run again.
#   bash scripts/setup.sh          packages for running the app
#   bash scripts/setup.sh --test   also what the tests need (Chromium, PDF tools, PostgreSQL)
# The database is DATABASE_URL: the embedded SQLite file by default, or a PostgreSQL database
# (postgresql://user:password@host:5432/name; the database must exist, the role must own it).
set -euo pipefail
cd "$(dirname "$0")/.."

export CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1
export DATABASE_URL="${DATABASE_URL:-file:./data/afwegingskader.db}"

debian_packages=(fonts-dejavu-core)
if [[ "${1:-}" == "--test" ]]; then
  debian_packages+=(chromium poppler-utils qpdf postgresql)
fi

missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when node_modules is missing or older than the lock file.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund
fi
# The fixes to react-pdf in patches/: npm ci applies them; an existing node_modules gets new ones here.
npx patch-package >/dev/null
# One generated client per database (see ARCHITECTURE.md, "Two databases"), generated again when a
# schema file changed since (a generator option such as PostgreSQL's relationJoins is in the client).
if [[ ! -f lib/generated/prisma/client.ts || ! -f lib/generated/prisma-postgresql/client.ts ]] ||
  [[ -n "$(find prisma -name '*.prisma' \( -newer lib/generated/prisma/client.ts -o -newer lib/generated/prisma-postgresql/client.ts \) -print -quit)" ]]; then
  npm run db:generate
fi

# A local secret for signing sessions, made once and kept out of git (.env is ignored).
if [[ ! -f .env ]] || ! grep -q '^BETTER_AUTH_SECRET=' .env; then
  echo "BETTER_AUTH_SECRET=$(node -e 'console.log(require("crypto").randomBytes(32).toString("base64url"))')" >> .env
fi

mkdir -p data
# prisma.config.ts picks the migrations of the database DATABASE_URL names.
npx prisma migrate deploy
npx tsx prisma/seed.ts
