package io.lambdaforge.runtime.internal.bootstrap;

import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The Lambda Runtime API loop behind {@link io.lambdaforge.runtime.Bootstrap}. Public only so
 * that {@code Bootstrap} can reach it; call {@code Bootstrap.run} instead.
 */
public final class RuntimeLoop {
  /** System property carrying the current invocation's X-Ray trace header. */
  public static final String TRACE_HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";
  /** Error type sent with a handler's exception. */
  static final String USER_EXCEPTION = "Runtime.UserException";

  static final int EXIT_RUNTIME_API_FAILURE = 1;
  static final int EXIT_INIT_FAILURE = 2;
  /** The JVM itself failed during an invocation (e.g. OutOfMemoryError): report, then restart. */
  static final int EXIT_VM_ERROR = 3;

  private final Map<String, String> env;
  private final RetryPolicy retry;
  private final long invocationLimit;
  private final PrintStream out;
  private final PrintStream err;
  private final LongSupplier clock;

  RuntimeLoop(
      Map<String, String> env,
      RetryPolicy retry,
      long invocationLimit,
      PrintStream out,
      PrintStream err,
      LongSupplier clock) {
    this.env = env;
    this.retry = retry;
    this.invocationLimit = invocationLimit;
    this.out = out;
    this.err = err;
    this.clock = clock;
  }

  /** Runs until a fatal condition; returns the process exit code. */
  public static int run(String[] args, Map<String, String> env) {
    return new RuntimeLoop(
            env, RetryPolicy.DEFAULT, Long.MAX_VALUE, System.out, System.err,
            System::currentTimeMillis)
        .run(args);
  }

  /**
   * Runs at most {@code invocationLimit} invocations (production: unlimited) and returns 0 when
   * the limit is reached, otherwise the exit code of the fatal condition.
   */
  int run(String[] args) {
    String api = env.get("AWS_LAMBDA_RUNTIME_API");
    if (api == null || api.isBlank()) {
      err.println(
          "lambdaforge: AWS_LAMBDA_RUNTIME_API is not set; this main class runs inside AWS Lambda"
              + " (custom runtime) or against a local Runtime API at host:port");
      return EXIT_RUNTIME_API_FAILURE;
    }
    RuntimeApiClient client = new RuntimeApiClient(api.trim(), retry, err);
    try {
      RequestStreamHandler handler;
      try {
        handler = HandlerLoader.load(handlerName(args), classLoader());
      } catch (InitFailure failure) {
        err.println("lambdaforge: init failed (" + failure.category() + "): " + failure.getMessage());
        if (failure.getCause() != null) {
          failure.getCause().printStackTrace(err);
        }
        client.reportInitError(failure.category(), failure.document());
        return EXIT_INIT_FAILURE;
      }
      return loop(client, handler);
    } catch (RuntimeApiException e) {
      err.println("lambdaforge: Runtime API at " + api + " is unusable, exiting: " + e.getMessage());
      return EXIT_RUNTIME_API_FAILURE;
    }
  }

  private int loop(RuntimeApiClient client, RequestStreamHandler handler)
      throws RuntimeApiException {
    FunctionSettings function = FunctionSettings.from(env);
    LambdaLogger logger = new StdoutLogger(out);
    for (long count = 0; count < invocationLimit; count++) {
      Invocation invocation = client.next();
      publishTraceHeader(invocation.traceId());
      InvocationContext context = new InvocationContext(invocation, function, logger, clock);
      ByteArrayOutputStream output = new ByteArrayOutputStream();
      try {
        handler.handleRequest(new ByteArrayInputStream(invocation.event()), output, context);
      } catch (Throwable failure) { // everything the handler throws is reported, as AWS's runtime does
        err.println("lambdaforge: invocation " + invocation.requestId() + " failed");
        failure.printStackTrace(err);
        client.reportInvocationError(
            invocation.requestId(), USER_EXCEPTION, ErrorDocuments.of(failure));
        if (failure instanceof VirtualMachineError) {
          return EXIT_VM_ERROR;
        }
        continue;
      }
      client.respond(invocation.requestId(), output.toByteArray());
    }
    return 0;
  }

  /** The explicit argument wins over {@code _HANDLER} (a bootstrap script passing one means it). */
  private String handlerName(String[] args) {
    if (args != null && args.length > 0 && !args[0].isBlank()) {
      return args[0];
    }
    return env.get("_HANDLER");
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : RuntimeLoop.class.getClassLoader();
  }

  private static void publishTraceHeader(String traceId) {
    if (traceId == null) {
      System.clearProperty(TRACE_HEADER_PROPERTY);
    } else {
      System.setProperty(TRACE_HEADER_PROPERTY, traceId);
    }
  }
}
