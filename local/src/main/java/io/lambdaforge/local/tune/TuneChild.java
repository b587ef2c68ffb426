package io.lambdaforge.local.tune;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.invoke.InvocationResult;
import io.lambdaforge.local.invoke.LocalFunction;
import io.lambdaforge.local.invoke.ProcessMemory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The child JVM {@code tune} starts for one memory size (inside its CPU quota, with Lambda's heap
 * settings): loads the function, which is its init, invokes it once (the first, cold invocation),
 * then {@code N} times warm over the events in turn, and writes what it measured as JSON to a
 * file.
 *
 * <p>Arguments: {@code <app classpath> <function> <memoryMb> <warm invocations> <result file>
 * <event file>...}. The result: {@code initMs} (JVM start to handler ready: the JVM, the tool's
 * loader and the function's static initialisers and constructor), {@code firstMs}, {@code
 * durationsMs} (each warm invocation, wall clock in ms with microsecond precision), {@code
 * errors}, {@code firstError}, {@code peakRssMb} (the process's resident-set high-water mark,
 * {@code VmHWM} of {@code /proc/self/status}, what Lambda's "Max Memory Used" also counts: the
 * whole process) and {@code maxHeapMb}.
 */
public final class TuneChild {
  private TuneChild() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 6) {
      System.err.println("usage: TuneChild <app classpath> <function> <memoryMb> <invocations> <result> <event>...");
      System.exit(2);
    }
    String classpath = args[0];
    String name = args[1];
    int memoryMb = Integer.parseInt(args[2]);
    int invocations = Integer.parseInt(args[3]);
    Path result = Path.of(args[4]);
    List<byte[]> events = new ArrayList<>();
    for (int i = 5; i < args.length; i++) {
      events.add(Files.readAllBytes(Path.of(args[i])));
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    try (LocalApp app = LocalApp.fromClasspath(classpath, System.err);
        LocalFunction function = app.loadAt(name, memoryMb)) {
      out.put("initMs", ManagementFactory.getRuntimeMXBean().getUptime());
      int errors = 0;
      String firstError = null;
      long start = System.nanoTime();
      InvocationResult first = function.invoke(events.get(0));
      out.put("firstMs", millis(System.nanoTime() - start));
      if (!(first instanceof InvocationResult.Success)) {
        errors++;
        firstError = describe(first);
      }
      ArrayNode durations = out.putArray("durationsMs");
      for (int i = 0; i < invocations; i++) {
        byte[] event = events.get(i % events.size());
        start = System.nanoTime();
        InvocationResult warm = function.invoke(event);
        durations.add(millis(System.nanoTime() - start));
        if (!(warm instanceof InvocationResult.Success)) {
          errors++;
          if (firstError == null) {
            firstError = describe(warm);
          }
        }
      }
      out.put("errors", errors);
      if (firstError != null) {
        out.put("firstError", firstError);
      }
    } catch (RuntimeException e) {
      out.put("failure", e.getMessage() == null ? e.toString() : e.getMessage());
    }
    peakRssMb().ifPresent(mb -> out.put("peakRssMb", mb));
    out.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0));
    Files.writeString(result, out.toString(), StandardCharsets.UTF_8);
    System.exit(0);
  }

  private static double millis(long nanos) {
    return Math.round(nanos / 1_000.0) / 1_000.0;
  }

  private static String describe(InvocationResult result) {
    if (result instanceof InvocationResult.Failure failure) {
      return failure.errorType() + ": " + failure.errorMessage();
    }
    if (result instanceof InvocationResult.Timeout timeout) {
      return "timed out after " + timeout.timeoutSeconds() + " s";
    }
    return "succeeded";
  }

  /** {@code VmHWM} of {@code /proc/self/status} in MB, where there is one (Linux); see {@link ProcessMemory}. */
  static java.util.Optional<Double> peakRssMb() {
    java.util.OptionalLong kb = ProcessMemory.peakKb();
    return kb.isPresent() ? java.util.Optional.of(kb.getAsLong() / 1024.0) : java.util.Optional.empty();
  }
}
