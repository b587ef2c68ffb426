package io.lambdaforge.local.invoke;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One function running in-process: its generated adapter, created once (as in a warm execution
 * environment) and invoked with a {@link LocalContext}, its declared environment bound to the
 * invoking thread (see {@link LocalEnvironment}), the application's class loader as context class
 * loader, and its timeout enforced.
 */
public final class LocalFunction implements AutoCloseable {
  private final String name;
  private final int memoryMb;
  private final int timeoutSeconds;
  private final Map<String, String> environment;
  private final RequestStreamHandler handler;
  private final ClassLoader loader;
  private final PrintStream log;
  private final ExecutorService executor;

  private LocalFunction(String name, int memoryMb, int timeoutSeconds,
      Map<String, String> environment, RequestStreamHandler handler, ClassLoader loader,
      PrintStream log) {
    this.name = name;
    this.memoryMb = memoryMb;
    this.timeoutSeconds = timeoutSeconds;
    this.environment = Map.copyOf(environment);
    this.handler = handler;
    this.loader = loader;
    this.log = log;
    this.executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "lambda-" + name);
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Loads the adapter class named by {@code handler} ({@code com.acme.Foo_BarHandler} or
   * {@code com.acme.Foo_BarHandler::handleRequest}) from {@code loader}: the one reflective call,
   * at init, as Lambda's own runtime does. Its static initialiser and constructor run with the
   * function's environment bound, like its invocations.
   *
   * @throws IllegalStateException if the class is missing, is not a {@link RequestStreamHandler}
   *     or fails to initialise; the message says which and why
   */
  public static LocalFunction load(String name, String handler, int memoryMb, int timeoutSeconds,
      Map<String, String> environment, ClassLoader loader, PrintStream log) {
    String className = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      RequestStreamHandler instance = LocalEnvironment.with(environment, () -> {
        Class<?> type = Class.forName(className, true, loader);
        if (!RequestStreamHandler.class.isAssignableFrom(type)) {
          throw new IllegalStateException("handler " + className + " of function " + name
              + " is not a com.amazonaws.services.lambda.runtime.RequestStreamHandler");
        }
        return (RequestStreamHandler) type.getConstructor().newInstance();
      });
      return new LocalFunction(name, memoryMb, timeoutSeconds, environment, instance, loader, log);
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      throw new IllegalStateException("handler class " + className + " of function " + name
          + " is not on the classpath; did the build run the Lambdaforge processor?", e);
    } catch (InvocationTargetException | ExceptionInInitializerError e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IllegalStateException("initialising function " + name + " failed: " + cause, cause);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create handler " + className + " of function "
          + name + " (it needs a public no-argument constructor): " + e, e);
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("initialising function " + name + " failed: " + e, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  public String name() {
    return name;
  }

  public int memoryMb() {
    return memoryMb;
  }

  public int timeoutSeconds() {
    return timeoutSeconds;
  }

  /** Invokes the function with {@code event}, enforcing its timeout. */
  public InvocationResult invoke(byte[] event) {
    return invoke(event, UUID.randomUUID().toString(), null);
  }

  /**
   * Invokes the function with {@code event} as request {@code requestId}, enforcing its timeout;
   * what it logs through {@code Context.getLogger()} also goes to {@code tail} (when not null), as
   * the log of this one invocation ({@code X-Amz-Log-Result} of the Invoke API).
   */
  public InvocationResult invoke(byte[] event, String requestId, OutputStream tail) {
    long start = System.nanoTime();
    long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
    PrintStream logs = tail == null ? log : new PrintStream(new TeeOutputStream(log, tail), true, StandardCharsets.UTF_8);
    LocalContext context = new LocalContext(requestId, name, memoryMb, deadline, logs);
    Future<byte[]> call = executor.submit(() -> {
      Thread.currentThread().setContextClassLoader(loader);
      return LocalEnvironment.with(environment, () -> {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event), output, context);
        return output.toByteArray();
      });
    });
    try {
      byte[] output = call.get(timeoutSeconds, TimeUnit.SECONDS);
      return new InvocationResult.Success(output, elapsed(start));
    } catch (TimeoutException e) {
      call.cancel(true);
      log.printf("Task timed out after %d.00 seconds (function %s)%n", timeoutSeconds, name);
      return new InvocationResult.Timeout(timeoutSeconds, elapsed(start));
    } catch (ExecutionException e) {
      Throwable error = e.getCause();
      List<String> frames = new ArrayList<>();
      for (StackTraceElement frame : error.getStackTrace()) {
        frames.add(frame.toString());
      }
      log.println("function " + name + " failed: " + error);
      String message = error.getLocalizedMessage() == null ? error.getClass().getName() : error.getLocalizedMessage();
      return new InvocationResult.Failure(error.getClass().getName(), message, frames, elapsed(start));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      call.cancel(true);
      return new InvocationResult.Timeout(timeoutSeconds, elapsed(start));
    }
  }

  /** Writes to the shared log and one invocation's log. */
  private static final class TeeOutputStream extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    TeeOutputStream(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
      first.write(bytes, offset, length);
      second.write(bytes, offset, length);
    }

    @Override
    public void flush() throws java.io.IOException {
      first.flush();
      second.flush();
    }
  }

  private static long elapsed(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
