#!/bin/sh
# Entry point of the container image (Containerfile): brings the database schema up to date, adds
# the demo data when asked to (DEMO_DATA=1, for trying the app; never with real data), then starts
# the built app. Everything comes from the environment.
set -eu
cd "$(dirname "$0")/.."
: "${DATABASE_URL:=file:./data/afwegingskader.db}"
export DATABASE_URL
node_modules/.bin/prisma migrate deploy
if [ "${DEMO_DATA:-0}" = "1" ]; then
  node_modules/.bin/tsx prisma/seed.ts
fi
exec node_modules/.bin/next start -p "${PORT:-3000}" -H "${HOSTNAME:-0.0.0.0}"
