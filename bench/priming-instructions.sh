#!/usr/bin/env bash
# SnapStart priming proxy in instructions (issue 19 §2): the first, second and a warm invocation of
# each source and mode counted by valgrind's callgrind (main thread, -Xbatch), which the machine's
# load does not change. Slow (about 1.5 minutes per JVM, 12 JVMs per run). Writes
# bench/results/raw/priming-instructions.md.
# Usage: bench/priming-instructions.sh [runs] [--no-build]   (needs valgrind)
#   runs        JVMs per source and mode, the median is reported (default 3)
set -euo pipefail

command -v valgrind > /dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
. "$(dirname "$0")/harness.sh"
bench_setup 3 "$@"
echo "commit $commit"
"$java_bin" -cp "target/classes:$(cat target/classpath.txt)" io.lambdaforge.bench.priming.PrimingInstructions \
  "$runs" target/classes target/classpath.txt results/raw
