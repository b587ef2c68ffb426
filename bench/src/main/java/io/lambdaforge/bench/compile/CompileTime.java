package io.lambdaforge.bench.compile;

import io.lambdaforge.bench.report.Format;
import io.lambdaforge.bench.report.Stats;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Compile time: {@code javac} (a fresh process per compilation, as a clean build runs it) over
 * {@link SourceTree}s of 10, 100 and 1000 functions, without annotation processing
 * ({@code -proc:none}) and with the Lambdaforge processor on the processor path, plus, to split
 * the added time, without processing over the app and the adapters the processor generated; the
 * modes rotate. A run with adapters must produce one adapter class per function, so the
 * measurement cannot silently time a processor that did nothing.
 *
 * <pre>{@code java -cp ... io.lambdaforge.bench.compile.CompileTime <classpath.txt> <out dir> [sizes...]}</pre>
 */
public final class CompileTime {
  /** Jars javac needs to compile the application and the adapters (what a user's build has). */
  private static final List<String> COMPILE_CLASSPATH = List.of("lambdaforge-annotations", "lambdaforge-runtime",
      "aws-lambda-java-core", "jackson-core", "jackson-databind", "jackson-annotations");
  /** The processor and its dependencies (what Maven puts on annotationProcessorPaths). */
  private static final List<String> PROCESSOR_PATH = List.of("lambdaforge-processor", "lambdaforge-annotations",
      "lambdaforge-descriptor", "javapoet", "jackson-core", "jackson-databind", "jackson-annotations",
      "jackson-dataformat-yaml", "snakeyaml");

  /**
   * One way of compiling a tree.
   *
   * @param label the mode's name in the table and in errors
   * @param key the mode's name in {@code compile.csv}
   * @param processor whether the Lambdaforge processor runs
   * @param pregenerated whether the adapters the processor generated are compiled as sources
   */
  private record Mode(String label, String key, boolean processor, boolean pregenerated) {
    /** Whether the compilation must write one adapter class per function. */
    boolean writesAdapters() {
      return processor || pregenerated;
    }
  }

  private static final Mode PLAIN = new Mode("javac -proc:none", "none", false, false);
  private static final Mode PROCESSED =
      new Mode("javac + Lambdaforge processor", "processor", true, false);
  private static final Mode PREGENERATED =
      new Mode("javac -proc:none, app + generated adapters", "pregenerated", false, true);

  private CompileTime() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: CompileTime <classpath.txt> <out dir> [sizes...]");
    }
    List<Path> jars = Stream.of(Files.readString(Path.of(args[0])).trim().split(File.pathSeparator))
        .map(Path::of).toList();
    Path out = Files.createDirectories(Path.of(args[1]));
    List<Integer> sizes = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      sizes.add(Integer.parseInt(args[i]));
    }
    if (sizes.isEmpty()) {
      sizes = List.of(10, 100, 1000);
    }
    String classpath = select(jars, COMPILE_CLASSPATH);
    String processorPath = select(jars, PROCESSOR_PATH);

    Map<Integer, Map<Mode, Stats>> results = new LinkedHashMap<>();
    StringBuilder csv = new StringBuilder("functions,mode,run,ms\n");
    Path work = Files.createTempDirectory("lambdaforge-compile-");
    try {
      for (int n : sizes) {
        Path src = work.resolve("src-" + n);
        List<Path> files = SourceTree.write(src, n);
        Path app = argfile(work.resolve("app-" + n + ".txt"), files);
        // one untimed run with the processor: warms the page cache, keeps the generated sources
        Path generated = Files.createDirectories(work.resolve("generated-" + n));
        javac(work, app, classpath, processorPath, PROCESSED, n, generated);
        List<Path> all = new ArrayList<>(files);
        try (Stream<Path> walk = Files.walk(generated)) {
          walk.filter(f -> f.toString().endsWith(".java")).sorted().forEach(all::add);
        }
        Path appAndAdapters = argfile(work.resolve("all-" + n + ".txt"), all);
        int runs = n >= 1000 ? 3 : 5;
        Map<Mode, List<Double>> times = new LinkedHashMap<>();
        List<Mode> modes = List.of(PLAIN, PROCESSED, PREGENERATED);
        modes.forEach(mode -> times.put(mode, new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
          for (int i = 0; i < modes.size(); i++) {
            Mode mode = modes.get((i + run) % modes.size());
            double ms = javac(work, mode.pregenerated() ? appAndAdapters : app, classpath, processorPath,
                mode, n, null);
            times.get(mode).add(ms);
            csv.append(n).append(',').append(mode.key()).append(',').append(run).append(',')
                .append(Format.fixed(ms, 0)).append('\n');
          }
        }
        Map<Mode, Stats> stats = new LinkedHashMap<>();
        times.forEach((mode, values) -> stats.put(mode, Stats.of(values)));
        results.put(n, stats);
        System.out.printf("compile time: %d functions done%n", n);
      }
    } finally {
      deleteTree(work);
    }
    Files.writeString(out.resolve("compile.csv"), csv);
    Files.writeString(out.resolve("compile.md"), table(results));
    System.out.print(Files.readString(out.resolve("compile.md")));
  }

  private static Path argfile(Path file, List<Path> sources) throws IOException {
    return Files.write(file, sources.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
  }

  /**
   * One javac process; returns its wall time in ms. {@code keepSources}, when not null, receives
   * the generated sources. Checks that exactly one adapter class per function was written when
   * {@code mode} {@linkplain Mode#writesAdapters() writes adapters}, none otherwise.
   */
  private static double javac(Path work, Path argfile, String classpath, String processorPath, Mode mode,
      int functions, Path keepSources) throws IOException, InterruptedException {
    Path classes = work.resolve("classes");
    deleteTree(classes);
    Files.createDirectories(classes);
    Path generated = keepSources != null ? keepSources : work.resolve("generated");
    if (keepSources == null) {
      deleteTree(generated);
      Files.createDirectories(generated);
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
        "--release", "17", "-encoding", "UTF-8", "-parameters", "-Xlint:none", "-nowarn",
        "-d", classes.toString(), "-s", generated.toString(), "-cp", classpath));
    if (mode.processor()) {
      command.addAll(List.of("-processorpath", processorPath));
    } else {
      command.add("-proc:none");
    }
    command.add("@" + argfile);
    Path log = work.resolve("javac.log");
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("javac did not finish in 10 minutes");
    }
    double ms = (System.nanoTime() - start) / 1e6;
    if (p.exitValue() != 0) {
      throw new IllegalStateException("javac failed (" + mode.label() + ", " + functions + " functions):\n"
          + Files.readString(log));
    }
    long adapters;
    try (Stream<Path> walk = Files.walk(classes)) {
      adapters = walk.filter(f -> f.getFileName().toString().endsWith("Handler.class")).count();
    }
    long expected = mode.writesAdapters() ? functions : 0;
    if (adapters != expected) {
      throw new IllegalStateException("expected " + expected + " adapter classes for " + functions
          + " functions (" + mode.label() + "), found " + adapters
          + "\n" + Files.readString(log));
    }
    return ms;
  }

  private static String table(Map<Integer, Map<Mode, Stats>> results) {
    StringBuilder md = new StringBuilder();
    md.append("### Compile time: javac over N @Function methods (fresh javac per compilation, median)\n\n");
    md.append("| functions | source files | javac -proc:none ms | javac + processor ms | added ms | added "
        + "| added ms per function | of which compiling the adapters ms | of which running the processor ms "
        + "| runs |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    Map<Integer, Double> added = new LinkedHashMap<>();
    Map<Integer, Double> addedPercent = new LinkedHashMap<>();
    for (Map.Entry<Integer, Map<Mode, Stats>> e : results.entrySet()) {
      int n = e.getKey();
      double without = e.getValue().get(PLAIN).median();
      double with = e.getValue().get(PROCESSED).median();
      double adapters = e.getValue().get(PREGENERATED).median() - without;
      double delta = with - without;
      double percent = 100 * delta / without;
      added.put(n, delta);
      addedPercent.put(n, percent);
      md.append("| ").append(Format.whole(n))
          .append(" | ").append((n + SourceTree.FUNCTIONS_PER_CLASS - 1) / SourceTree.FUNCTIONS_PER_CLASS)
          .append(" | ").append(Format.whole(without))
          .append(" | ").append(Format.whole(with))
          .append(" | ").append(Format.whole(delta))
          .append(" | ").append(Format.fixed(percent, 0)).append('%')
          .append(" | ").append(Format.fixed(delta / n, 2))
          .append(" | ").append(Format.whole(adapters))
          .append(" | ").append(Format.whole(delta - adapters))
          .append(" | ").append(e.getValue().get(PLAIN).n()).append(" |\n");
    }
    if (addedPercent.containsKey(1000)) {
      double percent = addedPercent.get(1000);
      md.append("\nTarget: processor adds <= 30% to javac time at 1000 functions: ")
          .append(Format.fixed(percent, 0)).append("% ").append(Format.verdict(percent <= 30)).append('\n');
    }
    if (added.containsKey(100) && added.containsKey(1000)) {
      md.append("Growth of the added time from 100 to 1000 functions: ")
          .append(Format.ratio(added.get(1000) / added.get(100)))
          .append(" (linear = 10x; below 10x means fixed costs amortised, above means super-linear)\n");
    }
    md.append("\n\"Compiling the adapters\" is javac -proc:none over the app plus the adapters the processor"
        + " generated, minus the app alone; \"running the processor\" is the rest of the added time.\n");
    return md.toString();
  }

  private static String select(List<Path> jars, List<String> prefixes) {
    List<String> chosen = new ArrayList<>();
    for (String prefix : prefixes) {
      Path jar = jars.stream()
          .filter(j -> j.getFileName().toString().startsWith(prefix + "-"))
          .filter(j -> !j.getFileName().toString().substring(prefix.length() + 1).matches("^[a-z].*"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no " + prefix + " jar in the bench classpath"));
      chosen.add(jar.toString());
    }
    return String.join(File.pathSeparator, chosen);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
