package io.lambdaforge.local.runtimeapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A runtime running in a child JVM against a {@link FakeRuntimeApi}: the way Lambda runs a Java
 * function, a fresh process whose only link to the platform is {@code AWS_LAMBDA_RUNTIME_API}.
 *
 * <p>The child gets the java binary of this JVM, the given classpath, the main class with the
 * handler as first argument, {@code _HANDLER} and {@code AWS_LAMBDA_RUNTIME_API}, the standard
 * {@code AWS_LAMBDA_FUNCTION_*} variables (overridable through {@code env}), and no inherited
 * {@code AWS_LAMBDA_*}, {@code _HANDLER} or {@code _X_AMZN_TRACE_ID}. Its stdout and stderr go to a
 * temporary file, readable with {@link #output()}.
 */
public final class RuntimeProcess implements AutoCloseable {
  /** Main class of AWS's runtime interface client (artifact aws-lambda-java-runtime-interface-client). */
  public static final String AWS_RIC_MAIN =
      "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
  /** Main class of Lambdaforge's own Runtime API loop. */
  public static final String LAMBDAFORGE_BOOTSTRAP_MAIN = "io.lambdaforge.runtime.Bootstrap";
  /**
   * The child's JVM options unless given: a cheap, fast-starting JVM as Lambda's Java 17+ runtimes
   * run by default (tiered compilation stopped at C1, the serial collector;
   * https://docs.aws.amazon.com/lambda/latest/dg/java-customization.html).
   */
  public static final List<String> DEFAULT_JVM_OPTIONS =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  /** Rewrites the child's command before it starts, e.g. to run it under a CPU quota. */
  @FunctionalInterface
  public interface CommandWrapper {
    /** Leaves the command as it is. */
    CommandWrapper NONE = command -> command;

    List<String> wrap(List<String> command) throws IOException;
  }

  private final Process process;
  private final Path log;

  private RuntimeProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /**
   * Starts {@code mainClass} in a child JVM.
   *
   * @param mainClass e.g. {@link #AWS_RIC_MAIN} or {@link #LAMBDAFORGE_BOOTSTRAP_MAIN}
   * @param handler the handler string, e.g. {@code com.acme.Orders_CreateHandler::handleRequest}
   * @param classpath the child's classpath; {@link #currentClasspath()} in a test
   * @param api the Runtime API the child talks to
   * @param env extra or overriding environment variables
   */
  public static RuntimeProcess start(
      String mainClass, String handler, String classpath, FakeRuntimeApi api,
      Map<String, String> env) throws IOException {
    return start(mainClass, handler, classpath, api, env, DEFAULT_JVM_OPTIONS, CommandWrapper.NONE);
  }

  /**
   * Starts {@code mainClass} in a child JVM with {@code jvmOptions} instead of {@link
   * #DEFAULT_JVM_OPTIONS} (they go on the command line, so they win over {@code
   * JAVA_TOOL_OPTIONS} in {@code env}, which the JVM reads first), its command passed through
   * {@code wrapper}.
   */
  public static RuntimeProcess start(
      String mainClass, String handler, String classpath, FakeRuntimeApi api,
      Map<String, String> env, List<String> jvmOptions, CommandWrapper wrapper) throws IOException {
    Path log = Files.createTempFile("lambdaforge-runtime-", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.add(handler);
    ProcessBuilder builder;
    try {
      builder = new ProcessBuilder(wrapper.wrap(command));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(log);
      throw e;
    }
    Map<String, String> childEnv = builder.environment();
    childEnv.keySet().removeIf(
        key -> key.startsWith("AWS_LAMBDA_") || key.equals("_HANDLER")
            || key.equals("_X_AMZN_TRACE_ID"));
    childEnv.put("AWS_LAMBDA_RUNTIME_API", api.address());
    childEnv.put("_HANDLER", handler);
    childEnv.put("AWS_LAMBDA_FUNCTION_NAME", "local");
    childEnv.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    childEnv.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
    childEnv.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/local");
    childEnv.put("AWS_LAMBDA_LOG_STREAM_NAME", "local");
    childEnv.putAll(env);
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    try {
      return new RuntimeProcess(builder.start(), log);
    } catch (IOException e) {
      Files.deleteIfExists(log);
      throw e;
    }
  }

  /**
   * The classpath of this JVM's application: Surefire's {@code surefire.test.class.path} when set
   * (its own {@code java.class.path} may be a manifest-only jar), otherwise {@code
   * java.class.path}.
   */
  public static String currentClasspath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path", "");
  }

  /** The child process (its CPU time: {@code toHandle().info().totalCpuDuration()}). */
  public ProcessHandle toHandle() {
    return process.toHandle();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for the child to exit; returns its exit code, or null if it is still running. */
  public Integer waitFor(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
  }

  /** Everything the child printed so far (stdout and stderr interleaved). */
  public String output() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** Kills the child (a runtime loops forever) and deletes its log. */
  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
