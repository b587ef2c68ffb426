#!/usr/bin/env bash
# What each isolation mode costs (docs/local-tools.md): first-request latency (the environment's
# init plus its first invocation) and warm-request latency of the examples' ALB health check, with
# --isolation classloader and --isolation jvm interleaved round by round, and their ratios.
# Usage: bench/isolation-latency.sh [--no-build] [rounds] [warm requests per round]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
if [ "${1:-}" = "--no-build" ]; then
  shift
else
  (cd "$root" && mvn -B -q package -DskipTests -pl local,examples,bench -am)
fi
cd "$root"
echo "== $(uptime)"
java -cp bench/target/benchmarks.jar io.lambdaforge.bench.isolation.IsolationLatency \
  examples/target/classes health "${1:-5}" "${2:-500}"
echo "== $(uptime)"
