package io.lambdaforge.bench.priming;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.bench.BenchContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One fresh JVM of the priming proxy: initialises a SnapStart adapter as Lambda's init would
 * (class initialisation and one instance), then in mode {@code primed} runs its priming exactly as
 * the CRaC {@code beforeCheckpoint} hook would (the adapter's {@code PRIMING} resource), and times
 * the first invocation of the event read from a file; then {@value #WARMUP} untimed invocations and
 * {@value #TIMED} timed ones, whose median is the warm time. Uses nothing but the JDK before the
 * first invocation (the event is bytes from a file), so no class the adapter needs is loaded early.
 *
 * <p>Prints one line: {@code first_ns=<n> warm_ns=<n> prime_ns=<n> second_ns=<n> first_cpu_ns=<n>
 * warm_cpu_ns=<n> idle_cpu_ns=<n>}: wall times of the first, second and (median) warm invocation,
 * the priming's wall time, the invoking thread's CPU time of the first and (median) warm
 * invocation, which a loaded machine's preemptions do not inflate, and the median thread CPU time
 * of {@value #IDLE} warm invocations each after {@value #IDLE_MILLIS} ms of idleness (what a warm
 * but not back-to-back invocation costs: caches and branch predictors cooled by the pause). The
 * clocks are read {@value #CLOCK_WARMUP} times before the first invocation, so that its time holds
 * no first call of the clocks themselves.
 *
 * <p>With {@code -Dlambdaforge.probe.callgrind=true} the first, the second and one warm invocation
 * are each preceded by {@code Thread.yield()} and followed by {@code Thread.sleep(1)}: run under
 * {@code valgrind --tool=callgrind --separate-threads=yes --zero-before=JVM_Yield
 * --dump-before=JVM_Sleep}, each of the main thread's dumps 1, 2 and 3 holds exactly one
 * invocation's instructions ({@code bench/priming-instructions.sh}).
 *
 * <pre>{@code java -cp ... PrimingProbe <adapter class> <event file> <primed|unprimed> <expected substring>}</pre>
 */
public final class PrimingProbe {
  static final int WARMUP = 5_000;
  static final int TIMED = 1_000;
  static final int IDLE = 5;
  static final int IDLE_MILLIS = 100;
  static final int CLOCK_WARMUP = 1_000;

  private PrimingProbe() {}

  public static void main(String[] args) throws Exception {
    String adapter = args[0];
    byte[] event = Files.readAllBytes(Path.of(args[1]));
    boolean primed = args[2].equals("primed");
    String expected = args[3];
    BenchContext context = new BenchContext();

    RequestStreamHandler handler =
        (RequestStreamHandler) Class.forName(adapter).getDeclaredConstructor().newInstance();
    long primeNanos = 0;
    if (primed) {
      long start = System.nanoTime();
      Field field = handler.getClass().getDeclaredField("PRIMING");
      field.setAccessible(true);
      Object priming = field.get(null);
      Method prime = priming.getClass().getMethod("beforeCheckpoint", org.crac.Context.class);
      prime.invoke(priming, (Object) null);
      primeNanos = System.nanoTime() - start;
    }

    if (Boolean.getBoolean("lambdaforge.probe.preparse")) {
      // experiment: the event's field names seen once by the runtime's JsonFactory (its symbol table)
      try (com.fasterxml.jackson.core.JsonParser p =
          io.lambdaforge.runtime.internal.codec.Streams.FACTORY.createParser(event)) {
        while (p.nextToken() != null) {
          p.getText();
        }
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    if (Boolean.getBoolean("lambdaforge.probe.marker")) {
      // with -verbose:class, separates the classes loaded by init and priming from the first invocation's
      System.out.println("---- first invocation ----");
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < CLOCK_WARMUP; i++) {
      threads.getCurrentThreadCpuTime();
      System.nanoTime();
    }
    boolean grind = Boolean.getBoolean("lambdaforge.probe.callgrind");
    mark(grind);
    long startCpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    handler.handleRequest(new ByteArrayInputStream(event), out, context);
    long first = System.nanoTime() - start;
    long firstCpu = threads.getCurrentThreadCpuTime() - startCpu;
    endMark(grind);
    String response = out.toString(StandardCharsets.UTF_8);
    if (!response.contains(expected)) {
      throw new IllegalStateException("unexpected first response: " + response);
    }
    out.reset();
    mark(grind);
    start = System.nanoTime();
    handler.handleRequest(new ByteArrayInputStream(event), out, context);
    long second = System.nanoTime() - start;
    endMark(grind);

    for (int i = 0; i < WARMUP; i++) {
      out.reset();
      handler.handleRequest(new ByteArrayInputStream(event), out, context);
    }
    long[] warm = new long[TIMED];
    long[] warmCpu = new long[TIMED];
    for (int i = 0; i < TIMED; i++) {
      out.reset();
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      handler.handleRequest(new ByteArrayInputStream(event), out, context);
      warm[i] = System.nanoTime() - t;
      warmCpu[i] = threads.getCurrentThreadCpuTime() - c;
    }
    out.reset();
    mark(grind);
    handler.handleRequest(new ByteArrayInputStream(event), out, context);
    endMark(grind);
    long[] idleCpu = new long[IDLE];
    for (int i = 0; i < IDLE; i++) {
      out.reset();
      Thread.sleep(IDLE_MILLIS);
      long c = threads.getCurrentThreadCpuTime();
      handler.handleRequest(new ByteArrayInputStream(event), out, context);
      idleCpu[i] = threads.getCurrentThreadCpuTime() - c;
    }
    Arrays.sort(warm);
    Arrays.sort(warmCpu);
    Arrays.sort(idleCpu);
    System.out.println("first_ns=" + first + " warm_ns=" + warm[TIMED / 2] + " prime_ns=" + primeNanos
        + " second_ns=" + second + " first_cpu_ns=" + firstCpu + " warm_cpu_ns=" + warmCpu[TIMED / 2]
        + " idle_cpu_ns=" + idleCpu[IDLE / 2]);
  }

  /** Under callgrind: zeroes the counters ({@code --zero-before=JVM_Yield}). */
  private static void mark(boolean grind) {
    if (grind) {
      Thread.yield();
    }
  }

  /** Under callgrind: dumps the counters since {@link #mark} ({@code --dump-before=JVM_Sleep}). */
  private static void endMark(boolean grind) throws InterruptedException {
    if (grind) {
      Thread.sleep(1);
    }
  }
}
