package io.lambdaforge.bench.warm;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.bench.BenchContext;
import io.lambdaforge.bench.Case;
import io.lambdaforge.bench.Variant;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One warm invocation, per source and per variant: the event bytes as the runtime hands them to
 * the handler (a fresh {@code InputStream} each time) and an output buffer reused across
 * invocations, as a runtime reuses its response buffer. The three variants get identical input and
 * produce equivalent responses ({@link ResponseCheck}, run once at setup).
 *
 * <p>Run through {@code bench/run.sh}; it adds {@code -prof gc} for bytes allocated per invocation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WarmInvocationBenchmark {
  @Param({"REST", "HTTP_API", "ALB", "SDK"})
  public String source;

  private final Context context = new BenchContext();
  private final ByteArrayOutputStream output = new ByteArrayOutputStream(1024);
  private byte[] event;
  private RequestStreamHandler generated;
  private RequestStreamHandler handWritten;
  private RequestStreamHandler managed;

  @Setup
  public void setUp() throws IOException {
    Case c = Case.valueOf(source);
    event = c.event();
    generated = c.newHandler(Variant.GENERATED);
    handWritten = c.newHandler(Variant.HAND_WRITTEN);
    managed = c.newHandler(Variant.MANAGED);
    ResponseCheck.agree(c, event, generated, handWritten, managed);
  }

  @Benchmark
  public int generated() throws IOException {
    return invoke(generated);
  }

  @Benchmark
  public int handWritten() throws IOException {
    return invoke(handWritten);
  }

  @Benchmark
  public int managed() throws IOException {
    return invoke(managed);
  }

  private int invoke(RequestStreamHandler handler) throws IOException {
    output.reset();
    handler.handleRequest(new ByteArrayInputStream(event), output, context);
    return output.size();
  }
}
