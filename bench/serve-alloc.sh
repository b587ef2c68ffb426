#!/usr/bin/env bash
# Bytes the dev server allocates per request (load-independent): bench ServeAllocation starts serve's
# server in-process on the examples (class-loader isolation, request log and REPORT lines to a null
# stream) and counts the allocations of the server's and the functions' threads over N keep-alive
# GET /health requests after a warm-up.
# Usage: bench/serve-alloc.sh [--no-build] [N]
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
if [ "${1:-}" = "--no-build" ]; then
  shift
else
  (cd "$root" && mvn -B -q package -DskipTests -pl local,examples,bench -am)
fi
cd "$root"
java -cp bench/target/benchmarks.jar io.lambdaforge.bench.serve.ServeAllocation examples/target/classes /health \
  "${1:-20000}" 20000 io.lambdaforge.examples.orders.data
