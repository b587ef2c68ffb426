#!/usr/bin/env bash
# SnapStart priming proxy (issue 19 §2): fresh JVMs answering their first invocation with and
# without the adapter's generated priming, against a warm invocation in the same JVM, round-robin.
# Writes bench/results/raw/priming.md (and .csv). Usage: bench/priming.sh [runs] [--no-build]
#   runs        fresh JVMs per source and mode (default 15)
#   --no-build  use the existing bench/target (otherwise: mvn -pl bench -am package -DskipTests)
# PRIORITY=1 runs it in a high-share cpu cgroup (as root), as bench/serve-wrk.sh does.
# Instruction counts, which load does not change: bench/priming-instructions.sh.
set -euo pipefail

. "$(dirname "$0")/harness.sh"
bench_setup 15 "$@"
echo "commit $commit; load: $(uptime | sed 's/.*load average: //')"
"$java_bin" -cp "target/classes:$(cat target/classpath.txt)" io.lambdaforge.bench.priming.PrimingProxy \
  "$runs" target/classes target/classpath.txt results/raw
echo "load after: $(uptime | sed 's/.*load average: //')"
