#!/usr/bin/env bash
# Runs every test of the repository: the .NET test projects (which start their own throwaway
# PostgreSQL clusters) and the differential conformance harness against graphql-js.
# Ends with one line "tests: N passed, N failed" summed from the runners' own reports.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

logs=$(mktemp -d)
chmod 755 "$logs" # the audit's throwaway cluster runs as the postgres user, which must reach into it
trap 'rm -rf "$logs"' EXIT
status=0

echo "== dotnet test"
dotnet test RescueGraph.sln -c Release --logger "console;verbosity=minimal" 2>&1 | tee "$logs/dotnet.log" || status=1

conformance_dir=tests/RescueGraph.GraphQL.Conformance
if [ -f "$conformance_dir/compare.mjs" ]; then
  echo "== conformance against graphql-js"
  (cd "$conformance_dir" && { [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error; } && node compare.mjs) 2>&1 | tee "$logs/conformance.log" || status=1
fi

# The audit runs against the real directory server, on a private throwaway cluster (never .data/).
audit_dir=tests/RescueGraph.GraphQL.AspNetCore.Audit
api_dll=src/RescueGraph.Directory.Api/bin/Release/net10.0/RescueGraph.Directory.Api.dll
if [ -x "$audit_dir/run-audit.sh" ] && [ -f "$api_dll" ]; then
  echo "== graphql-http audit against the directory server"
  RESCUEGRAPH_DATA_DIR="$logs/audit-data" STARTUP_TIMEOUT=180 \
    bash "$audit_dir/run-audit.sh" dotnet "$root/$api_dll" 2>&1 | tee "$logs/audit.log" || status=1
elif [ -x "$audit_dir/run-audit.sh" ]; then
  echo "== graphql-http audit: the directory server was not built" | tee "$logs/audit.log"
  status=1
fi

# dotnet prints one summary per test project: "Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ..."
sum() { grep -Eo "$1: +[0-9]+" "$2" 2>/dev/null | grep -Eo '[0-9]+' | paste -sd+ - | bc 2>/dev/null || echo 0; }
passed=$(sum "Passed" "$logs/dotnet.log"); passed=${passed:-0}
failed=$(sum "Failed" "$logs/dotnet.log"); failed=${failed:-0}
# The conformance harness and the audit each end with "<name>: N passed, N failed".
add_summary() { # $1 = log file, $2 = label
  [ -f "$1" ] || return 0
  local line
  line=$(grep -E "^$2: [0-9]+ passed, [0-9]+ failed" "$1" | tail -n1)
  if [ -n "$line" ]; then
    passed=$((passed + $(echo "$line" | sed -E "s/^$2: ([0-9]+) passed.*/\\1/")))
    failed=$((failed + $(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')))
  else
    failed=$((failed + 1)) # it did not even report: count that as a failure
  fi
}
add_summary "$logs/conformance.log" conformance
add_summary "$logs/audit.log" audit
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi # a build failure runs no test but must not pass

echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
