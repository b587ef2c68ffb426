package io.lambdaforge.bench.warm;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.bench.BenchContext;
import io.lambdaforge.bench.Case;
import io.lambdaforge.bench.Variant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Thread CPU time per warm invocation, per source, generated adapter against the hand-written floor:
 * the invocation of {@link WarmInvocationBenchmark} in a plain loop, measured with
 * {@code ThreadMXBean.getCurrentThreadCpuTime} in rounds that alternate the two variants. CPU time
 * of the invoking thread leaves out the time other processes take from it, so on a shared machine it
 * is steadier than JMH's wall time (it also leaves out the garbage collector's threads, which the
 * allocation comparison of {@link AllocationPerInvocation} covers).
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.lambdaforge.bench.warm.CpuPerInvocation
 * [rounds] [invocations per round]} (defaults 7 and 200,000; 300,000 warm-up invocations each).
 */
public final class CpuPerInvocation {
  private CpuPerInvocation() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Context context = new BenchContext();
    ByteArrayOutputStream output = new ByteArrayOutputStream(1024);
    System.out.println("| source | generated ns (median) | hand-written floor ns (median) | generated / floor | generated min-max | floor min-max |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (Case c : Case.values()) {
      byte[] event = c.event();
      RequestStreamHandler generated = c.newHandler(Variant.GENERATED);
      RequestStreamHandler floor = c.newHandler(Variant.HAND_WRITTEN);
      for (int i = 0; i < 300_000; i++) {
        invoke(generated, event, output, context);
        invoke(floor, event, output, context);
      }
      double[] gen = new double[rounds];
      double[] hand = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        gen[r] = perInvocation(threads, generated, event, output, context, count);
        hand[r] = perInvocation(threads, floor, event, output, context, count);
      }
      Arrays.sort(gen);
      Arrays.sort(hand);
      double g = gen[rounds / 2];
      double h = hand[rounds / 2];
      System.out.printf("| %s | %,.0f | %,.0f | %.2fx | %,.0f-%,.0f | %,.0f-%,.0f |%n",
          c, g, h, g / h, gen[0], gen[rounds - 1], hand[0], hand[rounds - 1]);
    }
  }

  private static double perInvocation(ThreadMXBean threads, RequestStreamHandler handler, byte[] event,
      ByteArrayOutputStream output, Context context, int count) throws IOException {
    long before = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < count; i++) {
      invoke(handler, event, output, context);
    }
    return (threads.getCurrentThreadCpuTime() - before) / (double) count;
  }

  private static void invoke(RequestStreamHandler handler, byte[] event, ByteArrayOutputStream output,
      Context context) throws IOException {
    output.reset();
    handler.handleRequest(new ByteArrayInputStream(event), output, context);
  }
}
