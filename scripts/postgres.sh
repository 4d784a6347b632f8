#!/usr/bin/env bash
# Makes sure the PostgreSQL test server answers on 127.0.0.1:5432 (trust auth, database `test`):
# starts the machine's cluster if it is installed but stopped, installs Debian's `postgresql`
# if it is missing. Exits non-zero when no server answers afterwards: CI must not skip the
# PostgreSQL tests silently.
set -euo pipefail

answers() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi

if ! answers; then
  if ! command -v pg_ctlcluster >/dev/null && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "postgres: installing postgresql (Debian package)" >&2
    export DEBIAN_FRONTEND=noninteractive
    if ! $SUDO apt-get install -y --no-install-recommends postgresql >/dev/null 2>&1; then
      $SUDO apt-get update -qq >/dev/null
      $SUDO apt-get install -y --no-install-recommends postgresql >/dev/null
    fi
  fi
  echo "postgres: starting the local cluster" >&2
  started=""
  if command -v pg_lsclusters >/dev/null; then
    while read -r version name _; do
      [ -n "$version" ] || continue
      $SUDO pg_ctlcluster "$version" "$name" start 2>/dev/null && started=1
    done < <(pg_lsclusters --no-header 2>/dev/null)
  fi
  [ -n "$started" ] || $SUDO service postgresql start >/dev/null 2>&1 || true
  for _ in $(seq 1 30); do answers && break; sleep 1; done
fi

if ! answers; then
  echo "postgres: no PostgreSQL server answers on 127.0.0.1:5432; the PostgreSQL tests cannot run" >&2
  exit 1
fi

# The `test` database the tests use (trust auth for 127.0.0.1 is the machine's setup).
if ! psql -h 127.0.0.1 -U postgres -d test -qAtc 'SELECT 1' >/dev/null 2>&1; then
  psql -h 127.0.0.1 -U postgres -d postgres -qAtc 'CREATE DATABASE test' >/dev/null
fi
