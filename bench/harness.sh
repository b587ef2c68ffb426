# Shared set-up of the fresh-JVM benchmark scripts (priming.sh, priming-instructions.sh, tiered.sh);
# sourced, not run. `bench_setup <default runs> "$@"` parses `[runs] [--no-build]`, honours PRIORITY=1
# (this shell and its JVMs in a cgroup v1 cpu controller whose cpu.shares outweigh everything else
# 256:1, as root, as bench/serve-wrk.sh does), builds bench unless --no-build, changes to bench/ (the
# harnesses find the sample events at ../testdata/events from there) and sets here, root, runs,
# java_bin and commit (short hash, marked when the tree has uncommitted changes).
bench_setup() {
  here="$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)"
  root="$(cd "$here/.." && pwd)"
  runs="$1"
  shift
  local build=true arg
  for arg in "$@"; do
    case "$arg" in
      --no-build) build=false ;;
      ''|*[!0-9]*) echo "unknown option: $arg (use a number of runs, --no-build)" >&2; exit 2 ;;
      *) runs="$arg" ;;
    esac
  done
  if [ "${PRIORITY:-}" = "1" ]; then
    mkdir -p /sys/fs/cgroup/cpu/lambdaforge-bench
    echo 262144 > /sys/fs/cgroup/cpu/lambdaforge-bench/cpu.shares
    echo $$ > /sys/fs/cgroup/cpu/lambdaforge-bench/tasks
  fi
  if $build; then
    (cd "$root" && mvn -B -q -pl bench -am package -DskipTests)
  fi
  cd "$here"
  java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  commit="$(git -C "$root" rev-parse --short HEAD)$(git -C "$root" diff --quiet HEAD -- . ':(exclude)bench/results' || echo ' (with uncommitted changes)')"
}
