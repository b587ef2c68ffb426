#!/usr/bin/env bash
# Warm time, generated adapter against the hand-written floor (issue 19 §1), as JMH forks that
# alternate: one fork of each variant per round and source, the order swapped every round, so that a
# shared machine's drift over minutes falls on both sides of each ratio; a fork's time is the median
# of its 10 measured seconds. About 17 s per fork: 6 rounds of REST and HTTP API take about 7 minutes.
# Writes bench/results/raw/warm-interleaved.md.
# Usage: bench/warm-interleaved.sh [rounds] [--no-build] (default 6 rounds); SOURCES="REST HTTP_API"
# picks the sources (default all four). PRIORITY=1 runs it in a high-share cpu cgroup (as root).
set -euo pipefail

. "$(dirname "$0")/harness.sh"
bench_setup 6 "$@"
# The warm headline of docs/benchmarks.md comes from here: like run.sh, measure committed code only.
clean() { git -C "$root" diff --quiet HEAD -- . ':(exclude)bench/results'; }
if ! clean; then
  echo "bench/warm-interleaved.sh: the work tree has uncommitted changes; commit them first so the results name the code measured" >&2
  exit 3
fi
load_before="$(uptime | sed 's/.*load average: //')"
echo "commit $commit; load: $load_before"
start=$(date +%s)
# shellcheck disable=SC2086 # SOURCES is a list of words
"$java_bin" -cp "target/classes:$(cat target/classpath.txt)" io.lambdaforge.bench.warm.WarmInterleaved \
  "$runs" results/raw ${SOURCES:-}
if ! clean; then
  echo "bench/warm-interleaved.sh: the work tree changed during the run; results/raw/warm-interleaved.md does not name the code measured" >&2
  exit 3
fi
after="commit $commit (clean tree, checked before and after the run); $(( $(date +%s) - start )) s; load before: $load_before; after: $(uptime | sed 's/.*load average: //')"
printf '\n%s\n' "$after" >> results/raw/warm-interleaved.md
echo "$after"
