#!/usr/bin/env bash
# Installs what is missing, prepares the embedded database with demo data, builds and starts the app.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export NEXT_TELEMETRY_DISABLED=1
npx next build
port="${PORT:-3000}"
export BETTER_AUTH_URL="${BETTER_AUTH_URL:-http://localhost:${port}}"
echo "Afwegingskader: http://localhost:${port} (demo accounts: see README.md)"
exec node_modules/.bin/next start -p "$port"
