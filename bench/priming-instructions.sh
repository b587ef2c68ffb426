#!/usr/bin/env bash
# SnapStart priming proxy in instructions (issue 19 §2): the first, second and a warm invocation of
# each source and mode counted by valgrind's callgrind (main thread, -Xbatch), which the machine's
# load does not change. Slow (about a minute per JVM). Writes bench/results/raw/priming-instructions.md.
# Usage: bench/priming-instructions.sh [--no-build]   (needs valgrind)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
build=true
for arg in "$@"; do
  case "$arg" in
    --no-build) build=false ;;
    *) echo "unknown option: $arg (use --no-build)" >&2; exit 2 ;;
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
  target/classes target/classpath.txt results/raw
