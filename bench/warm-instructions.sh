#!/usr/bin/env bash
# Warm invocation in instructions (issue 19 §1): per source, the generated adapter against the
# hand-written floor, counted by valgrind's callgrind in one JVM per source, which the machine's load
# does not change (JMH's and the CPU-time loop's times do move with a shared machine's memory
# traffic). About 4 minutes per source. Writes bench/results/raw/warm-instructions.md.
# Usage: bench/warm-instructions.sh [--no-build] [source...]   (needs valgrind; sources: REST HTTP_API ALB SDK)
set -euo pipefail

command -v valgrind > /dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
build_args=()
sources=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build_args+=(--no-build) ;;
    REST|HTTP_API|ALB|SDK) sources+=("$arg") ;;
    *) echo "unknown argument: $arg (use --no-build, REST, HTTP_API, ALB, SDK)" >&2; exit 2 ;;
  esac
done
. "$(dirname "$0")/harness.sh"
bench_setup 1 "${build_args[@]}"
echo "commit $commit"
"$java_bin" -cp "target/classes:$(cat target/classpath.txt)" io.lambdaforge.bench.warm.WarmInstructions \
  target/classes target/classpath.txt results/raw "${sources[@]}"
