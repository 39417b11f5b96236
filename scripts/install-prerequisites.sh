#!/usr/bin/env bash
# Installs, on Debian, what RescueGraph needs and a fresh machine may lack: PostgreSQL server binaries
# (15 or newer, with contrib), Node.js 20+ with npm, Chromium for the GraphiQL browser test, and bc
# for the test summary. Idempotent.
set -euo pipefail
need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql postgresql-contrib)
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v bc >/dev/null 2>&1 || need+=(bc)
[ -x /usr/bin/chromium ] || need+=(chromium) # GraphiQL browser test
if [ ${#need[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}"
fi
command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is required (https://dot.net); install it and re-run." >&2; exit 1; }
