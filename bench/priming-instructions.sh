#!/usr/bin/env bash
# SnapStart priming proxy in instructions (issue 19 §2): the first, second and a warm invocation of
# each source and mode counted by valgrind's callgrind (main thread, -Xbatch), which the machine's
# load does not change. Slow (about 1.5 minutes per JVM, 12 JVMs per run). Writes
# bench/results/raw/priming-instructions.md.
# Usage: bench/priming-instructions.sh [runs] [--no-build]   (needs valgrind)
#   runs        JVMs per source and mode, the median is reported (default 3)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
runs=3
build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    ''|*[!0-9]*) echo "unknown option: $arg (use a number of runs, --no-build)" >&2; exit 2 ;;
    *) runs="$arg" ;;
  esac
done
command -v valgrind > /dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
if $build; then
  (cd "$root" && mvn -B -q -pl bench -am package -DskipTests)
fi
cd "$here" # the harness finds the sample events at ../testdata/events from here
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
echo "commit $(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- . ':(exclude)bench/results' || echo ' (with uncommitted changes)')"
"$java_bin" -cp "target/classes:$(cat target/classpath.txt)" io.lambdaforge.bench.priming.PrimingInstructions \
  "$runs" target/classes target/classpath.txt results/raw
