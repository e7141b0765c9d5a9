#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine: installs what the tests need, builds once, tests once.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "PostgreSQL on loopback for the storage tests"
if WORDHELPER_POSTGRES=$(bash tests/setup-postgres.sh); then
  export WORDHELPER_POSTGRES
elif [ "${CI:-}" = "true" ]; then
  echo "PostgreSQL could not be started; CI needs it." >&2
  exit 1
else
  echo "PostgreSQL could not be started: its storage tests will be skipped." >&2
fi

step "Restore and build"
dotnet build WordHelper.sln -c Release -nologo -v quiet

step "Chromium from Debian's packages for the add-in's browser tests"
if ! command -v chromium >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

step "Add-in: packages from the npm registry"
npm ci --prefix addin --no-audit --no-fund --loglevel=error

step "Add-in: type-check against the Office.js typings"
(cd addin && npx --no-install tsc -p jsconfig.json)

step "Test"
log=$(mktemp)
set +e
dotnet test WordHelper.sln -c Release --no-build -nologo -v quiet 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
(cd addin && node --test test/*.test.js e2e/*.e2e.js) 2>&1 | tee -a "$log"
node_status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] && status=$node_status
set -e

# One closing line with the totals of every test assembly and of the add-in's tests.
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     }
     /^# pass [0-9]+$/ { p += $3 }
     /^# fail [0-9]+$/ { f += $3 }
     /^# skipped [0-9]+$/ { s += $3 }
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
