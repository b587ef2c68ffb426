package io.lambdaforge.runtime;

import io.lambdaforge.runtime.internal.bootstrap.RuntimeLoop;
import java.util.Map;

/**
 * Main class for running a Lambdaforge function on a custom runtime ({@code provided.al2023}) without
 * AWS's runtime interface client.
 *
 * <p>It implements the Lambda Runtime API loop: it reads {@code AWS_LAMBDA_RUNTIME_API}
 * ({@code host:port}) and the handler ({@code _HANDLER}, or the first argument), which names a
 * {@link com.amazonaws.services.lambda.runtime.RequestStreamHandler} with a public no-argument
 * constructor, in one of two forms: {@code com.acme.Foo_BarHandler} or
 * {@code com.acme.Foo_BarHandler::handleRequest}. The handler is created once; then each event from
 * {@code /runtime/invocation/next} is passed to it and its output (or its exception, as
 * {@code {"errorMessage","errorType","stackTrace"}}) is posted back.
 *
 * <p>Java cannot set environment variables, so the X-Ray header of each invocation
 * ({@code Lambda-Runtime-Trace-Id}, which the Runtime API asks runtimes to expose as
 * {@code _X_AMZN_TRACE_ID}) is published as the system property {@code
 * com.amazonaws.xray.traceHeader}, which is where the AWS X-Ray SDK for Java looks first, and via
 * {@link com.amazonaws.services.lambda.runtime.Context#getXrayTraceId()}.
 *
 * <p>A {@code bootstrap} script for {@code provided.al2023} is typically:
 * <pre>{@code
 * #!/bin/sh
 * exec java -XX:+TieredCompilation -XX:TieredStopAtLevel=1 -cp "$LAMBDA_TASK_ROOT/lib/*" \
 *     io.lambdaforge.runtime.Bootstrap
 * }</pre>
 */
public final class Bootstrap {
  private Bootstrap() {}

  /** Runs the Runtime API loop; exits the JVM with {@link #run}'s exit code when the loop ends. */
  public static void main(String[] args) {
    System.exit(run(args, System.getenv()));
  }

  /**
   * Runs the Runtime API loop in this thread and returns the process exit code instead of exiting.
   * In Lambda the loop only ends on a fatal condition: {@code 1} when the Runtime API stays
   * unreachable or reports a container error, {@code 2} after an init error (reported to {@code
   * /runtime/init/error}), {@code 3} after the handler threw a {@link VirtualMachineError} such as
   * {@link OutOfMemoryError} (reported to {@code /invocation/{id}/error} first, so that Lambda
   * starts a fresh environment).
   *
   * @param args optional; {@code args[0]}, when given, is the handler and wins over {@code _HANDLER}
   * @param env the process environment (normally {@link System#getenv()})
   */
  public static int run(String[] args, Map<String, String> env) {
    return RuntimeLoop.run(args, env);
  }
}
