#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and CI: its own folder, a free port, reachable on
# 127.0.0.1 only (password auth over TCP; the Unix socket lives inside the owner-only folder).
#   url=$(bash scripts/postgres.sh start DIR)   initdb in DIR (made if missing), start, print the URL
#   bash scripts/postgres.sh stop DIR           stop the server and remove DIR
# The role it creates may create databases (Prisma's shadow database and the unit tests need that)
# and may end other sessions (pg_signal_backend): a test drops its database WITH (FORCE), and an
# autovacuum worker on it has no role that the test role could otherwise end.
# Installs Debian's postgresql package when no PostgreSQL is on the machine.
set -euo pipefail

command="${1:-}"; dir="${2:-}"
[[ -n "$command" && -n "$dir" ]] || { echo "usage: $0 start|stop DIR" >&2; exit 2; }

sudo_cmd=""
[[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"

bin_dir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [[ -z "$found" ]]; then
    echo "Installing Debian package: postgresql" >&2
    $sudo_cmd apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    found=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$found"
}

# PostgreSQL refuses to run as root: as root, the server runs as the postgres system user.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

case "$command" in
  start)
    bin=$(bin_dir)
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    data="$dir/data"
    [[ $(id -u) -eq 0 ]] && chown postgres "$dir"
    password=$(node -e 'console.log(require("crypto").randomBytes(12).toString("hex"))')
    as_owner "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    port=$(free_port)
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c fsync=off -c full_page_writes=off" start >/dev/null \
      || { cat "$data/server.log" >&2; exit 1; }
    as_owner "$bin/psql" -h "$data" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE afwegingskader LOGIN CREATEDB PASSWORD '$password'" \
      -c "GRANT pg_signal_backend TO afwegingskader" \
      -c "CREATE DATABASE afwegingskader OWNER afwegingskader" >&2
    echo "postgresql://afwegingskader:${password}@127.0.0.1:${port}/afwegingskader"
    ;;
  stop)
    if [[ ! -d "$dir/data" ]]; then rm -rf "$dir"; exit 0; fi
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2; exit 2
    ;;
esac
