#!/usr/bin/env bash
# Load-independent view of the processor's compile-time cost: CPU time (user+sys, /usr/bin/time) and
# wall time of fresh javac processes over SourceTree apps of N functions, with -proc:none, with
# the Lambdaforge processor, and -proc:none over the app plus the sources the processor generated
# ("pregenerated": what compiling the generated files costs), interleaved, plus the classes the
# first two load (-J-Xlog:class+load, one extra run each). Prints one row per size.
#
#   bench/compile-cpu.sh [runs] [sizes...]     # needs bench/target (mvn -B -q package -DskipTests -pl bench -am)
set -euo pipefail
cd "$(dirname "$0")"
runs="${1:-5}"; shift || true
sizes=("${@:-10 100}"); sizes=(${sizes[@]})
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
javac_bin="$java_home/bin/javac"
cp="target/classes:$(cat target/classpath.txt)"
pick() { tr ':' '\n' < target/classpath.txt | grep -E "/($1)[^/]*\.jar$" | paste -sd: -; }
compile_cp="$(pick 'lambdaforge-annotations|lambdaforge-runtime|aws-lambda-java-core|jackson-core|jackson-databind|jackson-annotations')"
proc_cp="$(pick 'lambdaforge-processor|lambdaforge-annotations|lambdaforge-descriptor|javapoet|jackson-core|jackson-databind|jackson-annotations|jackson-dataformat-yaml|snakeyaml')"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
one() { # mode argfile [extra javac args] -> "cpu_s wall_s"
  local mode="$1" args="$2"; shift 2
  rm -rf "$work/classes" "$work/gen"; mkdir -p "$work/classes" "$work/gen"
  local flags=(-proc:none); [ "$mode" = processor ] && flags=(-processorpath "$proc_cp")
  /usr/bin/time -f '%U %S %e' -o "$work/time" "$javac_bin" --release 17 -encoding UTF-8 -parameters \
    -Xlint:none -nowarn -d "$work/classes" -s "$work/gen" -cp "$compile_cp" "${flags[@]}" "$@" "@$args" \
    > "$work/javac.log" 2>&1 || { cat "$work/javac.log"; exit 1; }
  awk '{printf "%.2f %.2f\n", $1+$2, $3}' "$work/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "| functions | runs | javac -proc:none CPU s | + processor CPU s | added CPU | of which compiling the generated files CPU s | -proc:none wall s | + processor wall s | added wall | classes none | classes processor |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  java -cp "$cp" io.lambdaforge.bench.compile.SourceTree "$work/src-$n" "$n" > "$work/app-$n.txt"
  one processor "$work/app-$n.txt" > /dev/null   # warm the page cache; keep the generated sources
  rm -rf "$work/keep-$n"; cp -r "$work/gen" "$work/keep-$n"
  { cat "$work/app-$n.txt"; find "$work/keep-$n" -name '*.java' | sort; } > "$work/all-$n.txt"
  : > "$work/none"; : > "$work/proc"; : > "$work/pregen"
  for ((r = 0; r < runs; r++)); do
    one none "$work/app-$n.txt" >> "$work/none"
    one processor "$work/app-$n.txt" >> "$work/proc"
    one none "$work/all-$n.txt" >> "$work/pregen"
  done
  one none "$work/app-$n.txt" -J-Xlog:class+load:file="$work/cl-none" > /dev/null
  one processor "$work/app-$n.txt" -J-Xlog:class+load:file="$work/cl-proc" > /dev/null
  cn=$(awk '{print $1}' "$work/none" | median); cp_=$(awk '{print $1}' "$work/proc" | median)
  cg=$(awk '{print $1}' "$work/pregen" | median)
  wn=$(awk '{print $2}' "$work/none" | median); wp=$(awk '{print $2}' "$work/proc" | median)
  printf '| %d | %d | %.2f | %.2f | %+.0f%% | %+.2f | %.2f | %.2f | %+.0f ms (%+.0f%%) | %d | %d |\n' "$n" "$runs" \
    "$cn" "$cp_" "$(echo "100*($cp_-$cn)/$cn" | bc -l)" "$(echo "$cg-$cn" | bc -l)" "$wn" "$wp" "$(echo "1000*($wp-$wn)" | bc -l)" \
    "$(echo "100*($wp-$wn)/$wn" | bc -l)" "$(grep -c 'source:' "$work/cl-none")" "$(grep -c 'source:' "$work/cl-proc")"
done
