#!/usr/bin/env bash
# Starts a GraphQL server on a free 127.0.0.1 port, runs the graphql-http audit against it, stops the server.
#
# Usage: run-audit.sh [server command and arguments...]
#   Without arguments the sample host (tests/RescueGraph.GraphQL.AspNetCore.SampleServer) is built and run.
#   A given command must listen where ASPNETCORE_URLS says (ASP.NET Core hosts do that by default).
# Environment: GRAPHQL_PATH (default /graphql), STARTUP_TIMEOUT seconds (default 60).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
graphql_path="${GRAPHQL_PATH:-/graphql}"
startup_timeout="${STARTUP_TIMEOUT:-60}"

if [ ! -d "$here/node_modules/graphql-http" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close();})")"
base_url="http://127.0.0.1:${port}"
url="${base_url}${graphql_path}"

if [ "$#" -eq 0 ]; then
  sample="$here/../RescueGraph.GraphQL.AspNetCore.SampleServer"
  dotnet build "$sample" -c Release --nologo -v quiet >&2
  set -- dotnet "$sample/bin/Release/net10.0/RescueGraph.GraphQL.AspNetCore.SampleServer.dll"
fi

log="$(mktemp)"
# Own process group, so stopping the server also stops anything it spawned (e.g. `dotnet run`'s child).
ASPNETCORE_URLS="$base_url" ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}" setsid "$@" >"$log" 2>&1 &
server_pid=$!
stop_server() {
  kill -- "-$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  rm -f "$log"
}
trap stop_server EXIT

ready=0
for _ in $(seq 1 $((startup_timeout * 4))); do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "server exited before becoming ready; its output:" >&2
    cat "$log" >&2
    exit 1
  fi
  if node -e "fetch(process.argv[1]).then(r=>process.exit(r.status===200?0:1),()=>process.exit(1))" "${url}?query=%7B__typename%7D"; then
    ready=1
    break
  fi
  sleep 0.25
done
if [ "$ready" -ne 1 ]; then
  echo "server did not answer at $url within ${startup_timeout}s; its output:" >&2
  cat "$log" >&2
  exit 1
fi

echo "auditing $url" >&2
node "$here/audit.mjs" "$url"
