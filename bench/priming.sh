#!/usr/bin/env bash
# SnapStart priming proxy (issue 19 §2): fresh JVMs answering their first invocation with and
# without the adapter's generated priming, against a warm invocation in the same JVM, round-robin.
# Writes bench/results/raw/priming.md (and .csv). Usage: bench/priming.sh [runs] [--no-build]
#   runs        fresh JVMs per source and mode (default 15)
#   --no-build  use the existing bench/target (otherwise: mvn -pl bench -am package -DskipTests)
# PRIORITY=1 runs it in a high-share cpu cgroup (as root), as bench/serve-wrk.sh does.
# Instruction counts, which load does not change: bench/priming-instructions.sh.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs=15
build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    ''|*[!0-9]*) echo "unknown option: $arg (use a number of runs, --no-build)" >&2; exit 2 ;;
    *) runs="$arg" ;;
  esac
done
if [ "${PRIORITY:-}" = "1" ]; then
  # On a machine other work shares: this script and its JVMs in a cgroup (v1 cpu controller) whose
  # cpu.shares outweigh everything else 256:1, so they get the CPU whenever they want it.
  mkdir -p /sys/fs/cgroup/cpu/lambdaforge-bench
  echo 262144 > /sys/fs/cgroup/cpu/lambdaforge-bench/cpu.shares
  echo $$ > /sys/fs/cgroup/cpu/lambdaforge-bench/tasks
fi
if $build; then
  (cd "$root" && mvn -B -q -pl bench -am package -DskipTests)
fi
cd "$here" # the harness finds the sample events at ../testdata/events from here
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
echo "commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- . ':(exclude)bench/results' || echo ' (with uncommitted changes)'); load: $(uptime | sed 's/.*load average: //')"
"$java_bin" -cp "target/classes:$(cat target/classpath.txt)" io.lambdaforge.bench.priming.PrimingProxy \
  "$runs" target/classes target/classpath.txt results/raw
echo "load after: $(uptime | sed 's/.*load average: //')"
