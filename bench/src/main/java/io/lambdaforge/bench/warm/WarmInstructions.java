package io.lambdaforge.bench.warm;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.bench.BenchContext;
import io.lambdaforge.bench.Callgrind;
import io.lambdaforge.bench.Case;
import io.lambdaforge.bench.Variant;
import io.lambdaforge.bench.report.Format;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Instructions per warm invocation, per source, generated adapter against the hand-written floor,
 * counted by valgrind's callgrind: the one warm comparison a shared machine's load cannot move.
 * Each source runs in one JVM ({@code -XX:-BackgroundCompilation}, so that compilation happens at
 * the same points every run) that invokes both variants alternately {@value #WARMUP} times each
 * (the JIT's tiers all reached, as in {@link WarmInvocationBenchmark}), then counts {@value #COUNTED}
 * back-to-back invocations of the generated adapter and then of the floor, each between markers
 * ({@link Callgrind}). Instructions are not time: cache misses, branch mispredictions and
 * allocation's memory traffic are not in them, which is why the time comparisons stay the verdict.
 *
 * <pre>{@code java -cp ... WarmInstructions <classes dir> <classpath.txt> <out dir> [source...]}</pre>
 *
 * <p>Writes {@code warm-instructions.md} into the out dir.
 */
public final class WarmInstructions {
  static final int WARMUP = 15_000;
  static final int COUNTED = 2_000;

  private WarmInstructions() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--probe")) {
      probe(Case.valueOf(args[1]));
      return;
    }
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: WarmInstructions <classes dir> <classpath.txt> <out dir> [source...]");
    }
    String classpath = Path.of(args[0]).toAbsolutePath() + File.pathSeparator
        + Files.readString(Path.of(args[1])).trim();
    Path out = Files.createDirectories(Path.of(args[2]));
    List<Case> cases = args.length > 3
        ? List.of(args).subList(3, args.length).stream().map(Case::valueOf).toList()
        : List.of(Case.values());
    StringBuilder md = new StringBuilder();
    md.append("### Warm invocation in instructions (callgrind, main thread, ").append(String.format("%,d", COUNTED))
        .append(" invocations each after ").append(String.format("%,d", WARMUP)).append(" of each variant)\n\n");
    md.append("| source | generated instructions / invocation | hand-written floor | generated / floor |\n");
    md.append("|---|---:|---:|---:|\n");
    for (Case c : cases) {
      Path dir = Files.createTempDirectory(out, "callgrind-");
      try {
        Callgrind.run(dir, List.of("-XX:-BackgroundCompilation", "-XX:+UseSerialGC", "-cp", classpath,
            WarmInstructions.class.getName(), "--probe", c.name()), "warm " + c);
        long generated = Callgrind.mainThreadCount(dir, 1) / COUNTED;
        long floor = Callgrind.mainThreadCount(dir, 2) / COUNTED;
        md.append("| ").append(c).append(" | ").append(String.format("%,d", generated))
            .append(" | ").append(String.format("%,d", floor))
            .append(" | ").append(Format.ratio((double) generated / floor)).append(" |\n");
        System.out.println("warm instructions: " + c + " done");
      } finally {
        Callgrind.clear(dir);
        Files.delete(dir);
      }
    }
    Files.writeString(out.resolve("warm-instructions.md"), md);
    System.out.print(md);
  }

  /** Inside callgrind: warms both variants, then counts each between markers (dumps 1 and 2). */
  private static void probe(Case c) throws Exception {
    byte[] event = c.event();
    Context context = new BenchContext();
    ByteArrayOutputStream output = new ByteArrayOutputStream(1024);
    RequestStreamHandler generated = c.newHandler(Variant.GENERATED);
    RequestStreamHandler floor = c.newHandler(Variant.HAND_WRITTEN);
    ResponseCheck.agree(c, event, generated, floor, c.newHandler(Variant.MANAGED));
    for (int i = 0; i < WARMUP; i++) {
      invoke(generated, event, output, context);
      invoke(floor, event, output, context);
    }
    for (RequestStreamHandler handler : List.of(generated, floor)) {
      Thread.yield(); // callgrind zeroes its counters here
      for (int i = 0; i < COUNTED; i++) {
        invoke(handler, event, output, context);
      }
      Thread.sleep(1); // and dumps them here
    }
  }

  private static void invoke(RequestStreamHandler handler, byte[] event, ByteArrayOutputStream output, Context context)
      throws IOException {
    output.reset();
    handler.handleRequest(new ByteArrayInputStream(event), output, context);
  }
}
