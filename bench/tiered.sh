#!/usr/bin/env bash
# Lambda's C1-only JIT default against full tiered compilation (issue 19 §3): fresh JVMs under AWS's
# runtime interface client, with Lambda's JVM flags and CPU share for each memory size, each answering
# 1 + 11,000 events of its source (REST, HTTP API, ALB, SDK) back to back through a local Runtime API;
# C1 only (-XX:+TieredCompilation -XX:TieredStopAtLevel=1) and full tiered (no TieredStopAtLevel)
# interleaved round-robin. Writes bench/results/raw/tiered.md (and .csv). Then the adapters alone,
# in process: JMH's average time of the generated adapters (WarmInvocationBenchmark.generated), one
# fork with -XX:TieredStopAtLevel=1 and one without, alternating, twice (skip with JMH=0).
# Usage: bench/tiered.sh [runs] [--no-build]
#   runs        fresh JVMs per memory size, source and JIT setting (default 10)
#   --no-build  use the existing bench/target (otherwise: mvn -pl bench -am package -DskipTests)
# SIZES="512 1769" sets the memory sizes (MB; 1,769 MB = 1 vCPU); AFTER=11000 the invocations after
# the first; LAUNCHER=BOOTSTRAP runs Lambdaforge's own Runtime API loop instead of AWS's RIC.
# PRIORITY=1 runs it in a high-share cpu cgroup (cgroup v1, as root), as bench/serve-wrk.sh does; the
# per-JVM CPU quotas are then made inside it.
set -euo pipefail

. "$(dirname "$0")/harness.sh"
bench_setup 10 "$@"
jvm="$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.vm.name|java.runtime.version/ {printf "%s ", $2}')"
echo "commit $commit; JVM $jvm; $(nproc) cores; load: $(uptime | sed 's/.*load average: //')"
start=$(date +%s)
"$java_bin" -Dlambdaforge.tiered.after="${AFTER:-11000}" -Dlambdaforge.tiered.launcher="${LAUNCHER:-RIC}" -cp "target/classes:$(cat target/classpath.txt)" \
  io.lambdaforge.bench.coldstart.TieredCompilation "$runs" target/classes target/classpath.txt results/raw \
  ${SIZES:-512 1769}
echo "commit $commit; $(( $(date +%s) - start )) s; load after: $(uptime | sed 's/.*load average: //')"
if [ "${JMH:-1}" = "1" ]; then
  jmh=(-f 1 -wi 3 -i 3 -w 1s -r 1s -foe true)
  for round in 1 2; do
    for jit in c1 full; do
      extra=()
      [ "$jit" = c1 ] && extra=(-jvmArgsAppend "-XX:+TieredCompilation -XX:TieredStopAtLevel=1")
      echo "== JMH round $round, $jit ($(uptime | sed 's/.*load average: /load /'))"
      "$java_bin" -jar target/benchmarks.jar 'WarmInvocationBenchmark.generated' "${jmh[@]}" "${extra[@]}" \
        | grep -E '^WarmInvocationBenchmark.generated' | sed "s/^/$jit: /"
    done
  done
fi
