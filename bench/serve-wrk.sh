#!/usr/bin/env bash
# Measures the dev server (`serve`) with wrk on loopback against a fast GET route of the examples
# (ALB GET /health), with the execution model on (class-loader isolation, REPORT lines):
#   wrk -t2 -c64 -d10s             (throughput, 64 keep-alive connections)
#   wrk -t1 -c4 -d10s --latency    (latency, 4 keep-alive connections)
# Installs wrk from Debian when it is missing. Prints the machine's load (uptime) with the figures:
# on a shared machine they are lower bounds. Usage: bench/serve-wrk.sh [--no-build]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
port="${PORT:-3900}"

if ! command -v wrk > /dev/null; then
  apt-get install -y wrk
fi
if [ "${1:-}" != "--no-build" ]; then
  (cd "$root" && mvn -B -q package -DskipTests -pl local,examples -am)
fi

cd "$root"
java -jar local/target/lambdaforge-local.jar serve --classpath examples/target/classes --port "$port" \
  --no-lambda --share io.lambdaforge.examples.orders.data > /dev/null 2>&1 &
server=$!
trap 'kill $server' EXIT
for _ in $(seq 1 100); do
  curl -s -o /dev/null "http://127.0.0.1:$port/health" && break
  sleep 0.1
done

url="http://127.0.0.1:$port/health"
wrk -t1 -c4 -d3s "$url" > /dev/null # warm-up: JIT and one environment per connection
echo "== $(uptime)"
echo "== wrk -t2 -c64 -d10s $url"
wrk -t2 -c64 -d10s "$url"
echo "== $(uptime)"
echo "== wrk -t1 -c4 -d10s --latency $url"
wrk -t1 -c4 -d10s --latency "$url"
echo "== $(uptime)"
