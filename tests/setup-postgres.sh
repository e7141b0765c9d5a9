#!/usr/bin/env bash
# Installs (from Debian's packages) and starts a PostgreSQL server on loopback for the storage tests, then prints
# the connection string they read from WORDHELPER_POSTGRES. Idempotent; needs root, as CI and this workplace give.
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')

for _ in $(seq 1 30); do
  su postgres -c "psql -p $port -qAtc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $port -qc \"ALTER USER postgres PASSWORD 'wordhelper'\"" >&2

echo "Host=127.0.0.1;Port=$port;Username=postgres;Password=wordhelper;Database=postgres"
