package io.lambdaforge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A JVM run under valgrind's callgrind, counting instructions between markers the measured code
 * sets on its main thread: {@code Thread.yield()} zeroes the counters ({@code --zero-before=JVM_Yield})
 * and {@code Thread.sleep} dumps them ({@code --dump-before=JVM_Sleep}), so each dump holds what
 * ran between two markers. Instruction counts do not change with the machine's load.
 */
public final class Callgrind {
  private Callgrind() {}

  /**
   * Runs {@code java} with {@code jvmArgs} (options, then the main class and its arguments) under
   * callgrind, its dumps written into {@code dir}. Under valgrind, HotSpot now and then cannot map
   * a fault it uses on purpose (implicit null checks, safepoint polls) back to its compiled code and
   * stops with SIGSEGV: such a run is started again, up to five times.
   */
  public static void run(Path dir, List<String> jvmArgs, String what) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of("valgrind", "--tool=callgrind", "-q",
        "--separate-threads=yes", "--zero-before=JVM_Yield", "--dump-before=JVM_Sleep",
        "--callgrind-out-file=" + dir.resolve("callgrind.%p"),
        java, "-XX:ErrorFile=" + dir.resolve("hs_err_%p.log")));
    command.addAll(jvmArgs);
    for (int attempt = 1; ; attempt++) {
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("output.txt").toFile())
          .start();
      if (process.waitFor(30, TimeUnit.MINUTES) && process.exitValue() == 0) {
        return;
      }
      String output = Files.readString(dir.resolve("output.txt"), StandardCharsets.UTF_8);
      if (!output.contains("SIGSEGV") || attempt == 5) {
        throw new IllegalStateException(what + " under callgrind failed: " + output);
      }
      clear(dir);
    }
  }

  /**
   * The instruction total of dump {@code dump}: callgrind names it {@code callgrind.<pid>.<dump>-<thread>},
   * one file per thread that ran since the previous dump; only the main thread calls the markers.
   */
  public static long mainThreadCount(Path dir, int dump) throws IOException {
    Map<String, Long> totals = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.matches("callgrind\\.\\d+\\." + dump + "-\\d+")) {
          for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("summary:") || line.startsWith("totals:")) {
              totals.put(name, Long.parseLong(line.substring(line.indexOf(':') + 1).trim().split("\\s+")[0]));
              break;
            }
          }
        }
      }
    }
    if (totals.size() != 1) {
      throw new IllegalStateException("expected one thread's dump " + dump + ", found " + totals);
    }
    return totals.values().iterator().next();
  }

  /** Deletes the files of {@code dir}. */
  public static void clear(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
  }
}
