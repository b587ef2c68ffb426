#!/usr/bin/env bash
# Measures the dev server (`serve`) with wrk on loopback against a fast GET route of the examples
# (ALB GET /health), with the execution model on (class-loader isolation, REPORT lines), interleaved
# with a bare JDK HTTP server answering a constant (bench BareServer: the floor), so that both see the
# same machine load:
#   wrk -t2 -c64 -d10s             (throughput, 64 keep-alive connections)
#   wrk -t1 -c4 -d10s --latency    (latency, 4 keep-alive connections)
# Two rounds of: serve -c64, bare -c64, serve -c4, bare -c4. Prints each run, the load (uptime) and
# the ratios serve / bare: on a shared machine the absolute figures are lower bounds, the ratios are
# what to compare. Installs wrk from Debian when it is missing.
# Usage: bench/serve-wrk.sh [--no-build]   (PRIORITY=1 runs it in a high-share cpu cgroup, as root; JFR=1 also records serve with JFR into /tmp/serve.jfr;
# SERVE_JAR=<jar> measures another build of the local tool, e.g. an earlier commit's)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
port="${PORT:-3900}"
bare_port=$((port + 1))

if ! command -v wrk > /dev/null; then
  apt-get install -y wrk
fi
if [ "${1:-}" != "--no-build" ]; then
  (cd "$root" && mvn -B -q package -DskipTests -pl local,examples,bench -am)
fi

cd "$root"
if [ "${PRIORITY:-}" = "1" ]; then
  # On a machine other work shares: run this script, both servers and wrk in a cgroup (v1 cpu controller)
  # whose cpu.shares outweigh everything else 256:1, so they get the CPU whenever they want it.
  mkdir -p /sys/fs/cgroup/cpu/lambdaforge-bench
  echo 262144 > /sys/fs/cgroup/cpu/lambdaforge-bench/cpu.shares
  echo $$ > /sys/fs/cgroup/cpu/lambdaforge-bench/tasks
fi
jfr=()
if [ "${JFR:-}" = "1" ]; then
  jfr=("-XX:StartFlightRecording=filename=/tmp/serve.jfr,settings=profile")
fi
java "${jfr[@]}" -jar "${SERVE_JAR:-local/target/lambdaforge-local.jar}" serve --classpath examples/target/classes --port "$port" \
  --no-lambda --share io.lambdaforge.examples.orders.data > /dev/null 2>&1 &
server=$!
java -Dsun.net.httpserver.nodelay=true -cp bench/target/benchmarks.jar io.lambdaforge.bench.serve.BareServer \
  "$bare_port" &
bare=$!
trap 'kill $server $bare; wait $server $bare 2> /dev/null || true' EXIT
for p in "$port" "$bare_port"; do
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$p/health" && break
    sleep 0.1
  done
done

serve_url="http://127.0.0.1:$port/health"
bare_url="http://127.0.0.1:$bare_port/health"
# warm-up: JIT and the environments (serve's per-request path needs about 15 s at 64 connections before
# C2 has compiled it; with 5 s the first measured round read 11-15k req/s and the second 26-28k)
wrk -t2 -c64 -d15s "$serve_url" > /dev/null
wrk -t2 -c64 -d5s "$bare_url" > /dev/null
out="$(mktemp)"
run() { # name, wrk arguments...
  local name="$1"
  shift
  echo "== $name: wrk $* ($(uptime | sed 's/.*load/load/'))"
  wrk "$@" | tee -a "$out.$name"
}
for round in 1 2; do
  run serve-c64 -t2 -c64 -d10s "$serve_url"
  run bare-c64 -t2 -c64 -d10s "$bare_url"
  run serve-c4 -t1 -c4 -d10s --latency "$serve_url"
  run bare-c4 -t1 -c4 -d10s --latency "$bare_url"
done
rps() { awk '/Requests\/sec/ {s += $2; n++} END {printf "%.0f", s / n}' "$out.$1"; }
p50() { awk '$1 == "50%" {v = $2; if (v ~ /us$/) {sub(/us/, "", v); v /= 1000} else if (v ~ /ms$/) {sub(/ms/, "", v)} else {sub(/s$/, "", v); v *= 1000}; s += v; n++} END {printf "%.3f", s / n}' "$out.$1"; }
echo "== mean of both rounds"
echo "serve -c64: $(rps serve-c64) req/s   bare -c64: $(rps bare-c64) req/s   ratio serve/bare: $(awk "BEGIN {printf \"%.2f\", $(rps serve-c64) / $(rps bare-c64)}")"
echo "serve -c4 p50: $(p50 serve-c4) ms   bare -c4 p50: $(p50 bare-c4) ms   ratio serve/bare: $(awk "BEGIN {printf \"%.2f\", $(p50 serve-c4) / $(p50 bare-c4)}")"
rm -f "$out"*
