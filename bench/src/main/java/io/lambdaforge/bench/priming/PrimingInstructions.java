package io.lambdaforge.bench.priming;

import io.lambdaforge.bench.Callgrind;
import io.lambdaforge.bench.Case;
import io.lambdaforge.bench.report.Format;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The priming proxy in instructions, which the machine's load does not change: one {@link
 * PrimingProbe} per source and mode under valgrind's callgrind, whose main-thread dumps 1, 2 and 3
 * hold the instructions of the first, the second and one warm invocation
 * ({@code -Dlambdaforge.probe.callgrind=true}: {@code --zero-before=JVM_Yield
 * --dump-before=JVM_Sleep}). The JVM runs with {@code -Xbatch} besides the proxy's flags, so a
 * method queued for compilation is compiled before it runs again and the counts do not depend on
 * when the compiler thread gets the CPU. The same build mostly gives the same counts, run after
 * run; now and then a run differs (a method the JIT compiled at another moment, valgrind running
 * the JVM's threads about fifty times slower than they run), so each count is the median of
 * {@code runs} JVMs.
 *
 * <p>Instructions are not time: a first invocation also stalls on caches, TLBs and branch
 * predictors that its new code and data miss, which {@link PrimingProxy}'s thread CPU times show
 * and instruction counts do not. What instructions isolate is the work the JVM does only the first
 * time (resolving call sites and constant-pool entries, running methods in the interpreter,
 * interning new names), which is what priming can remove.
 *
 * <pre>{@code java -cp ... PrimingInstructions <runs> <classes dir> <classpath.txt> <out dir>}</pre>
 *
 * <p>Writes {@code priming-instructions.md} into the out dir.
 */
public final class PrimingInstructions {
  private static final String ADAPTER = "io.lambdaforge.bench.app.PrimedOrderApi_";
  private static final List<String> MODES = List.of("unprimed", "primed", "primed+@Prime");

  private PrimingInstructions() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      throw new IllegalArgumentException("usage: PrimingInstructions <runs> <classes dir> <classpath.txt> <out dir>");
    }
    int runs = Integer.parseInt(args[0]);
    String classpath = Path.of(args[1]).toAbsolutePath() + File.pathSeparator
        + Files.readString(Path.of(args[2])).trim();
    Path out = Files.createDirectories(Path.of(args[3]));
    StringBuilder md = new StringBuilder();
    md.append("### SnapStart priming proxy in instructions (callgrind, main thread, -Xbatch, median of ")
        .append(runs).append(" JVM").append(runs == 1 ? "" : "s").append(")\n\n");
    md.append("| source | mode | first invocation | second | warm | first / warm | second / warm |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|\n");
    for (Case source : Case.values()) {
      Path event = out.resolve("priming-event-" + source.name().toLowerCase() + ".json");
      Files.write(event, PrimingProxy.event(source));
      for (String mode : MODES) {
        long[][] all = new long[runs][];
        for (int run = 0; run < runs; run++) {
          all[run] = grind(classpath, source, event, mode, out);
        }
        long[] counts = new long[3];
        for (int i = 0; i < 3; i++) {
          long[] column = new long[runs];
          for (int run = 0; run < runs; run++) {
            column[run] = all[run][i];
          }
          java.util.Arrays.sort(column);
          counts[i] = column[runs / 2];
        }
        md.append("| ").append(source).append(" | ").append(mode)
            .append(" | ").append(String.format("%,d", counts[0]))
            .append(" | ").append(String.format("%,d", counts[1]))
            .append(" | ").append(String.format("%,d", counts[2]))
            .append(" | ").append(Format.ratio((double) counts[0] / counts[2]))
            .append(" | ").append(Format.ratio((double) counts[1] / counts[2])).append(" |\n");
        System.out.println("priming instructions: " + source + " " + mode + " done");
      }
    }
    Files.writeString(out.resolve("priming-instructions.md"), md);
    System.out.print(md);
  }

  /** The main thread's instructions of the first, second and one warm invocation. */
  private static long[] grind(String classpath, Case source, Path event, String mode, Path out) throws Exception {
    String adapter = ADAPTER + (source == Case.SDK ? "PlaceOrderHandler" : "CreateOrderHandler");
    String expected = source == Case.SDK ? "\"orderId\"" : "\"statusCode\":200";
    Path dir = Files.createTempDirectory(out, "callgrind-");
    try {
      List<String> jvm = new ArrayList<>(List.of("-Xbatch", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          "-Dlambdaforge.probe.callgrind=true",
          "-Dlambdaforge.bench.primeUserCode=" + mode.endsWith("@Prime")));
      String rounds = System.getProperty("lambdaforge.priming.rounds");
      if (rounds != null) {
        jvm.add("-Dlambdaforge.priming.rounds=" + rounds);
      }
      jvm.addAll(List.of("-cp", classpath, PrimingProbe.class.getName(), adapter, event.toString(),
          mode.startsWith("primed") ? "primed" : "unprimed", expected));
      Callgrind.run(dir, jvm, source + " " + mode);
      long[] counts = new long[3];
      for (int dump = 1; dump <= 3; dump++) {
        counts[dump - 1] = Callgrind.mainThreadCount(dir, dump);
      }
      return counts;
    } finally {
      Callgrind.clear(dir);
      Files.delete(dir);
    }
  }
}
