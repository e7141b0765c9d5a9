#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine: installs what the tests need, builds once, tests once.
# Each step is a function, run in order at the bottom; the last line printed is "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

configuration=Release
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step() { printf '\n== %s\n' "$*"; }

start_postgres() {
  step "PostgreSQL on loopback for the storage tests"
  if WORDHELPER_POSTGRES=$(bash tests/setup-postgres.sh); then
    export WORDHELPER_POSTGRES
  elif [ "${CI:-}" = "true" ]; then
    echo "PostgreSQL could not be started; CI needs it." >&2
    exit 1
  else
    echo "PostgreSQL could not be started: its storage tests will be skipped." >&2
  fi
}

install_chromium() {
  step "Chromium from Debian's packages for the add-in's browser tests"
  if ! command -v chromium >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium >/dev/null
  fi
}

install_libreoffice() {
  step "LibreOffice from Debian's packages: rolled documents must open in another word processor"
  if ! command -v soffice >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq libreoffice-writer-nogui >/dev/null
  fi
}

restore() {
  step "Restore NuGet and npm packages"
  dotnet restore WordHelper.sln -nologo -v quiet
  npm ci --prefix addin --no-audit --no-fund --loglevel=error
}

build() {
  step "Build ($configuration)"
  dotnet build WordHelper.sln -c "$configuration" --no-restore -nologo -v quiet
}

typecheck_addin() {
  step "Add-in: type-check against the Office.js typings"
  (cd addin && npx --no-install tsc -p jsconfig.json)
}

# Both test runs go on even when the first fails, so that the totals count everything; the status is kept.
run_tests() {
  step "Test"
  local dotnet_status node_status
  set +e
  dotnet test WordHelper.sln -c "$configuration" --no-build -nologo -v quiet --logger "console;verbosity=minimal" 2>&1 | tee "$log"
  dotnet_status=${PIPESTATUS[0]}
  (cd addin && node --test test/*.test.js e2e/*.e2e.js) 2>&1 | tee -a "$log"
  node_status=${PIPESTATUS[0]}
  set -e
  test_status=$dotnet_status
  [ "$test_status" -eq 0 ] && test_status=$node_status
  return 0
}

# Sums the summary line of every test assembly ("Passed!  - Failed: 0, Passed: 9, Skipped: 0, …") and node's
# "# pass N" / "# fail N".
print_totals() {
  awk '/(Passed|Failed)! +- +Failed:/ {
         for (i = 1; i <= NF; i++) { v = $(i+1); gsub(",", "", v); if ($i == "Failed:") f += v; if ($i == "Passed:") p += v; if ($i == "Skipped:") s += v }
       }
       /^# pass [0-9]+$/ { p += $3 }
       /^# fail [0-9]+$/ { f += $3 }
       /^# skipped [0-9]+$/ { s += $3 }
       END { printf "%d skipped\n%d passed, %d failed\n", s, p, f }' "$log"
}

start_postgres
install_chromium
install_libreoffice
restore
build
typecheck_addin
run_tests
print_totals
exit "$test_status"
