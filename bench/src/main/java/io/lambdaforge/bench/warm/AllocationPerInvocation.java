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

/**
 * Bytes allocated per warm invocation, per source, generated adapter against the hand-written floor:
 * the same invocation as {@link WarmInvocationBenchmark} (fresh input stream over the event, reused
 * output buffer) in a plain loop, measured with {@code ThreadMXBean.getCurrentThreadAllocatedBytes}.
 * Allocation per invocation of compiled code does not depend on the machine's load, so this runs on a
 * busy machine where timings would not. The two variants are measured interleaved.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar io.lambdaforge.bench.warm.AllocationPerInvocation
 * [warm-up invocations] [measured invocations]} from the bench module directory (defaults 200,000 and
 * 20,000).
 */
public final class AllocationPerInvocation {
  private AllocationPerInvocation() {}

  public static void main(String[] args) throws IOException {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    Context context = new BenchContext();
    ByteArrayOutputStream output = new ByteArrayOutputStream(1024);
    System.out.println("| source | event bytes | generated B/op | hand-written floor B/op | difference |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (Case c : Case.values()) {
      byte[] event = c.event();
      RequestStreamHandler generated = c.newHandler(Variant.GENERATED);
      RequestStreamHandler floor = c.newHandler(Variant.HAND_WRITTEN);
      for (int i = 0; i < warmUp; i++) {
        invoke(generated, event, output, context);
        invoke(floor, event, output, context);
      }
      long gen = perInvocation(threads, generated, event, output, context, measured);
      long hand = perInvocation(threads, floor, event, output, context, measured);
      gen = Math.min(gen, perInvocation(threads, generated, event, output, context, measured));
      hand = Math.min(hand, perInvocation(threads, floor, event, output, context, measured));
      System.out.printf("| %s | %,d | %,d | %,d | %,d |%n", c, event.length, gen, hand, gen - hand);
    }
  }

  private static long perInvocation(com.sun.management.ThreadMXBean threads, RequestStreamHandler handler,
      byte[] event, ByteArrayOutputStream output, Context context, int count) throws IOException {
    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < count; i++) {
      invoke(handler, event, output, context);
    }
    return Math.round((threads.getCurrentThreadAllocatedBytes() - before) / (double) count);
  }

  private static void invoke(RequestStreamHandler handler, byte[] event, ByteArrayOutputStream output,
      Context context) throws IOException {
    output.reset();
    handler.handleRequest(new ByteArrayInputStream(event), output, context);
  }
}
