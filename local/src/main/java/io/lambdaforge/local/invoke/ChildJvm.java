package io.lambdaforge.local.invoke;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.local.tune.LambdaSizing;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One execution environment as its own JVM ({@code --isolation jvm}), the parent's side: started
 * with the JVM flags Lambda's Java runtime uses at the function's memory ({@link
 * LambdaSizing#jvmFlags}: the heap, metaspace and code cache split of the memory setting, the
 * serial collector, C1 only), the function's declared environment as its real process environment
 * (so {@code System.getenv} agrees), and {@link ChildMain} as its main class. It handles one
 * invocation at a time over {@link ChildFrames}; destroying it is how a timeout or an {@link Error}
 * discards the environment.
 *
 * <p>The child's stderr carries only what the JVM itself prints (the function's {@code System.err}
 * travels in the frames); it is copied to the tool's log.
 */
final class ChildJvm {
  private final Process process;
  private final DataOutputStream to;
  private final DataInputStream from;
  private final long initNanos;

  private ChildJvm(Process process, DataOutputStream to, DataInputStream from, long initNanos) {
    this.process = process;
    this.to = to;
    this.from = from;
    this.initNanos = initNanos;
  }

  /** The figures and output of one invocation in the child. */
  record Reply(ChildFrames.Frame frame) {
    boolean succeeded() {
      return "ok".equals(frame.header().path("status").asText());
    }

    /** An {@link Error}: the environment is discarded. */
    boolean fatal() {
      return frame.header().path("fatal").asBoolean();
    }

    InvocationResult.Failure failure(long millis) {
      ObjectNode header = frame.header();
      List<String> stack = new ArrayList<>();
      header.path("stackTrace").forEach(line -> stack.add(line.asText()));
      return new InvocationResult.Failure(header.path("errorType").asText(), header.path("errorMessage").asText(),
          stack, millis);
    }

    long allocatedBytes() {
      return frame.header().path("allocatedBytes").asLong(-1);
    }

    /** The child's peak resident memory so far in MB, rounded up (Lambda reports whole MB), or -1. */
    long maxMemoryUsedMb() {
      long kb = frame.header().path("peakKb").asLong(-1);
      return kb < 0 ? -1 : (kb + 1023) / 1024;
    }
  }

  /**
   * Starts the child and runs the function's init in it.
   *
   * @param classpath the application's classes first, then the tool's
   * @throws IllegalStateException when the JVM does not start or the init fails; the message says why
   */
  static ChildJvm start(String function, String className, int memoryMb, Map<String, String> environment,
      String classpath, PrintStream log) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(LambdaSizing.jvmFlags(memoryMb));
    command.add("-cp");
    command.add(classpath);
    command.add(ChildMain.class.getName());
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("AWS_LAMBDA_") || key.equals("JAVA_TOOL_OPTIONS"));
    env.putAll(environment);
    env.put("AWS_LAMBDA_FUNCTION_NAME", function);
    env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
    env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a JVM for function " + function + ": " + e.getMessage(), e);
    }
    copy(process.getErrorStream(), log, "lambda-" + function + "-jvm-stderr");
    try {
      DataOutputStream to = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
      ObjectNode init = ChildFrames.JSON.createObjectNode().put("function", function).put("handler", className)
          .put("memoryMb", memoryMb);
      ObjectNode declared = init.putObject("environment");
      environment.forEach(declared::put);
      ChildFrames.write(to, new ChildFrames.Frame(init));
      DataInputStream from = new DataInputStream(new BufferedInputStream(process.getInputStream()));
      ChildFrames.Frame answer = ChildFrames.read(from);
      if (answer == null) {
        throw new IllegalStateException("the JVM of function " + function + " exited during init with status "
            + exitStatus(process));
      }
      print(log, answer.log());
      if (!"ready".equals(answer.header().path("status").asText())) {
        throw new IllegalStateException(answer.header().path("message").asText());
      }
      return new ChildJvm(process, to, from, answer.header().path("initNanos").asLong());
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      if (e instanceof IllegalStateException state) {
        throw state;
      }
      throw new IllegalStateException("the JVM of function " + function + " failed during init: " + e, e);
    }
  }

  long initNanos() {
    return initNanos;
  }

  /**
   * Runs one invocation in the child and waits for its answer (the caller enforces the timeout by
   * {@link #destroy}ing the child, which ends this call with an {@link IOException}).
   *
   * @throws IOException when the child is gone (it exited, or was destroyed)
   */
  Reply invoke(String requestId, long deadlineMillis, byte[] event) throws IOException {
    ObjectNode header = ChildFrames.JSON.createObjectNode().put("requestId", requestId).put("deadlineMs", deadlineMillis);
    ChildFrames.write(to, new ChildFrames.Frame(header, event, new byte[0]));
    ChildFrames.Frame answer = ChildFrames.read(from);
    if (answer == null) {
      throw new IOException("Runtime exited with error: exit status " + exitStatus(process));
    }
    return new Reply(answer);
  }

  /** The child's process id (tests check which process ran). */
  long pid() {
    return process.pid();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Kills the child: a discarded environment. */
  void destroy() {
    process.destroyForcibly();
  }

  /** Writes what the function logged to the tool's log, as the invocation's own lines. */
  static void print(PrintStream log, byte[] bytes) {
    if (bytes.length > 0) {
      log.write(bytes, 0, bytes.length);
      log.flush();
    }
  }

  private static String exitStatus(Process process) {
    try {
      return process.waitFor(2, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "unknown";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "unknown";
    }
  }

  private static void copy(InputStream from, PrintStream log, String name) {
    Thread pump = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try {
        int n;
        while ((n = from.read(buffer)) > 0) {
          log.write(buffer, 0, n);
          log.flush();
        }
      } catch (IOException e) {
        // the child is gone
      }
    }, name);
    pump.setDaemon(true);
    pump.start();
  }
}
