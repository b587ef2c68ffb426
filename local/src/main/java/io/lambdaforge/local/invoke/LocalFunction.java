package io.lambdaforge.local.invoke;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One function running in-process the way Lambda runs it
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html): a pool of
 * execution environments, each with its own class loader (see {@link Isolation}) and its own
 * instance of the generated adapter, created by one init (static initialisers and constructor,
 * reported once as {@code Init Duration}) and handling one invocation at a time. A request that
 * finds every environment busy gets a new one, up to the function's concurrency limit; past it the
 * invocation is throttled, as Lambda throttles it. An environment whose invocation timed out or
 * threw an {@link Error} is thrown away, so the next request pays init again. With {@link
 * Isolation#childJvm} each environment is a child JVM instead ({@link ChildJvm}): same pool, same
 * limits, and discarding it kills the process.
 *
 * <p>Each invocation gets a {@link LocalContext}, the function's declared environment bound to the
 * invoking thread (see {@link LocalEnvironment}), the environment's class loader as context class
 * loader, and its timeout enforced; Lambda's {@code START}, {@code END} and {@code REPORT} lines
 * go to the log.
 */
public final class LocalFunction implements AutoCloseable {
  /** The per-function limit of environments when none is given: {@code --concurrency}'s default. */
  public static final int DEFAULT_CONCURRENCY = 10;

  private final String name;
  private final String className;
  private final int memoryMb;
  private final int timeoutSeconds;
  private final Map<String, String> environment;
  private final Isolation isolation;
  private final int concurrency;
  private final PrintStream log;
  private final ExecutorService executor;
  private final Deque<Environment> idle = new ConcurrentLinkedDeque<>();
  private final AtomicInteger live = new AtomicInteger();
  private final AtomicInteger inits = new AtomicInteger();
  /** Every environment not yet discarded, busy or idle: {@link #close} kills the child JVMs among them. */
  private final Set<Environment> all = ConcurrentHashMap.newKeySet();
  private volatile long generation;

  private LocalFunction(String name, String className, int memoryMb, int timeoutSeconds,
      Map<String, String> environment, Isolation isolation, int concurrency, PrintStream log) {
    this.name = name;
    this.className = className;
    this.memoryMb = memoryMb;
    this.timeoutSeconds = timeoutSeconds;
    this.environment = Map.copyOf(environment);
    this.isolation = isolation;
    this.concurrency = concurrency;
    this.log = log;
    this.executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "lambda-" + name);
      thread.setDaemon(true);
      return thread;
    });
  }

  /** What one invocation gave, with its REPORT figures (none when it was throttled). */
  public record Run(InvocationResult result, Optional<Report> report) {}

  /**
   * The function whose adapter class is named by {@code handler} ({@code com.acme.Foo_BarHandler}
   * or {@code com.acme.Foo_BarHandler::handleRequest}), with its first environment created now, so
   * a missing or broken handler shows at start-up: the one reflective call, at init, as Lambda's
   * own runtime does. The static initialiser and constructor run with the function's environment
   * bound, like its invocations.
   *
   * @param concurrency the most environments at once (at least 1)
   * @throws IllegalStateException if the class is missing, is not a {@link RequestStreamHandler}
   *     or fails to initialise; the message says which and why
   */
  public static LocalFunction load(String name, String handler, int memoryMb, int timeoutSeconds,
      Map<String, String> environment, Isolation isolation, int concurrency, PrintStream log) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
    }
    String className = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
    LocalFunction function = new LocalFunction(name, className, memoryMb, timeoutSeconds, environment, isolation,
        concurrency, log);
    try {
      function.live.incrementAndGet();
      function.idle.add(function.init());
      return function;
    } catch (RuntimeException e) {
      function.close();
      throw e;
    }
  }

  private Environment init() {
    Environment env = isolation.childJvm() ? initChild() : initHere();
    inits.incrementAndGet();
    all.add(env);
    return env;
  }

  private Environment initChild() {
    long born = generation;
    return new Environment(ChildJvm.start(name, className, memoryMb, environment, isolation.childClasspath(), log),
        born);
  }

  private Environment initHere() {
    long start = System.nanoTime();
    long born = generation;
    ClassLoader loader = isolation.newLoader(name);
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
      return new Environment(instance, loader, System.nanoTime() - start, born);
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

  /** The most environments this function runs at once. */
  public int concurrency() {
    return concurrency;
  }

  /** How many environments were created so far (each one init). */
  public int inits() {
    return inits.get();
  }

  /** How many environments exist now, busy or idle. */
  public int environments() {
    return live.get();
  }

  /**
   * Retires every environment (hot reload): idle ones now, busy ones when their invocation ends;
   * the next request creates a fresh one from the classes as they are now.
   */
  public void recycle() {
    generation++;
    Environment stale;
    while ((stale = idle.pollFirst()) != null) {
      drop(stale);
    }
  }

  /** Retires every environment and takes no more invocations; running ones finish. */
  public void retire() {
    recycle();
    executor.shutdown();
  }

  /** Invokes the function with {@code event}, enforcing its timeout. */
  public InvocationResult invoke(byte[] event) {
    return invoke(event, RequestIds.next(), null);
  }

  /**
   * Invokes the function with {@code event} as request {@code requestId}, enforcing its timeout;
   * what it logs through {@code Context.getLogger()} also goes to {@code tail} (when not null), as
   * the log of this one invocation ({@code X-Amz-Log-Result} of the Invoke API).
   */
  public InvocationResult invoke(byte[] event, String requestId, OutputStream tail) {
    return run(event, requestId, tail).result();
  }

  /** Like {@link #invoke(byte[], String, OutputStream)}, with the invocation's REPORT figures. */
  public Run run(byte[] event, String requestId, OutputStream tail) {
    PrintStream logs = tail == null ? log
        : new PrintStream(new TeeOutputStream(log, tail), true, StandardCharsets.UTF_8);
    Environment env;
    try {
      env = acquire();
    } catch (IllegalStateException e) {
      logs.println(e.getMessage());
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return new Run(new InvocationResult.Failure("Runtime.ExitError", e.getMessage(), frames(cause), 0),
          Optional.empty());
    }
    if (env == null) {
      logs.println("function " + name + " throttled: all " + concurrency + " environments are busy"
          + " (Rate Exceeded, " + InvocationResult.Throttled.RESERVED_REASON + ")");
      return new Run(new InvocationResult.Throttled(concurrency), Optional.empty());
    }
    long initNanos = env.takeInitNanos();
    logs.println("START RequestId: " + requestId + " Version: $LATEST");
    long start = System.nanoTime();
    long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
    Attempt attempt = env.child == null
        ? inThisJvm(env, event, requestId, deadline, logs, start)
        : inChildJvm(env, event, requestId, deadline, logs, start);
    long nanos = System.nanoTime() - start;
    Report report = new Report(requestId, nanos, initNanos, memoryMb, attempt.discard ? -1 : attempt.allocatedBytes,
        attempt.maxMemoryUsedMb);
    logs.println(report.endAndReportLines());
    release(env, attempt.discard);
    return new Run(attempt.result, Optional.of(report));
  }

  /** How one invocation went, before its REPORT line. */
  private record Attempt(InvocationResult result, boolean discard, long allocatedBytes, long maxMemoryUsedMb) {}

  private Attempt inThisJvm(Environment env, byte[] event, String requestId, long deadline, PrintStream logs,
      long start) {
    LocalContext context = new LocalContext(requestId, name, memoryMb, deadline, logs);
    long[] allocated = {-1};
    Future<byte[]> call = executor.submit(() -> {
      Thread thread = Thread.currentThread();
      thread.setContextClassLoader(env.loader);
      long before = Allocation.current();
      try {
        return LocalEnvironment.with(environment, () -> {
          ByteArrayOutputStream output = new ByteArrayOutputStream();
          env.handler.handleRequest(new ByteArrayInputStream(event), output, context);
          return output.toByteArray();
        });
      } finally {
        long after = Allocation.current();
        allocated[0] = before < 0 || after < 0 ? -1 : after - before;
      }
    });
    try {
      byte[] output = call.get(timeoutSeconds, TimeUnit.SECONDS);
      return new Attempt(new InvocationResult.Success(output, elapsed(start)), false, allocated[0], -1);
    } catch (TimeoutException e) {
      call.cancel(true);
      return timedOut(requestId, logs, start);
    } catch (ExecutionException e) {
      Throwable error = e.getCause();
      String message = error.getLocalizedMessage() == null ? error.getClass().getName() : error.getLocalizedMessage();
      InvocationResult result = new InvocationResult.Failure(error.getClass().getName(), message, frames(error),
          elapsed(start));
      logs.println(ErrorDocument.of(result));
      return new Attempt(result, error instanceof Error, allocated[0], -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      call.cancel(true);
      return new Attempt(new InvocationResult.Timeout(timeoutSeconds, elapsed(start)), true, -1, -1);
    }
  }

  /**
   * One invocation in the environment's child JVM; a timeout kills the child (the executor's
   * thread, blocked on the child's answer, then ends), and so does an {@link Error} or a crash.
   */
  private Attempt inChildJvm(Environment env, byte[] event, String requestId, long deadline, PrintStream logs,
      long start) {
    Future<ChildJvm.Reply> call = executor.submit(() -> env.child.invoke(requestId, deadline, event));
    try {
      ChildJvm.Reply reply = call.get(timeoutSeconds, TimeUnit.SECONDS);
      ChildJvm.print(logs, reply.frame().log());
      if (reply.succeeded()) {
        return new Attempt(new InvocationResult.Success(reply.frame().body(), elapsed(start)), false,
            reply.allocatedBytes(), reply.maxMemoryUsedMb());
      }
      InvocationResult.Failure failure = reply.failure(elapsed(start));
      logs.println(ErrorDocument.of(failure));
      return new Attempt(failure, reply.fatal(), reply.allocatedBytes(), reply.maxMemoryUsedMb());
    } catch (TimeoutException e) {
      env.discard();
      call.cancel(true);
      return timedOut(requestId, logs, start);
    } catch (ExecutionException e) {
      // The child is gone mid-invocation (it exited, or the channel broke): Lambda's Runtime.ExitError.
      env.discard();
      String message = "RequestId: " + requestId + " Error: " + e.getCause().getMessage();
      InvocationResult result = new InvocationResult.Failure("Runtime.ExitError", message, List.of(), elapsed(start));
      logs.println(ErrorDocument.of(result));
      return new Attempt(result, true, -1, -1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      env.discard();
      call.cancel(true);
      return new Attempt(new InvocationResult.Timeout(timeoutSeconds, elapsed(start)), true, -1, -1);
    }
  }

  private Attempt timedOut(String requestId, PrintStream logs, long start) {
    logs.printf("%s Task timed out after %d.00 seconds%n", requestId, timeoutSeconds);
    return new Attempt(new InvocationResult.Timeout(timeoutSeconds, elapsed(start)), true, -1, -1);
  }

  /** An idle environment of the current generation, a new one within the limit, or null (throttled). */
  private Environment acquire() {
    long current = generation;
    Environment env;
    while ((env = idle.pollFirst()) != null) {
      if (env.generation == current) {
        return env;
      }
      drop(env);
    }
    while (true) {
      int count = live.get();
      if (count >= concurrency) {
        return null;
      }
      if (live.compareAndSet(count, count + 1)) {
        break;
      }
    }
    try {
      return init();
    } catch (RuntimeException e) {
      live.decrementAndGet();
      throw e;
    }
  }

  private void release(Environment env, boolean discard) {
    if (discard || env.generation != generation || executor.isShutdown()) {
      drop(env);
    } else {
      idle.addFirst(env);
    }
  }

  /** Throws an environment away (a child JVM is killed). */
  private void drop(Environment env) {
    live.decrementAndGet();
    all.remove(env);
    env.discard();
  }

  private static List<String> frames(Throwable error) {
    List<String> frames = new ArrayList<>();
    for (StackTraceElement frame : error.getStackTrace()) {
      frames.add(frame.toString());
    }
    return frames;
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
    idle.clear();
    for (Environment env : List.copyOf(all)) {
      all.remove(env);
      env.discard();
    }
  }
}
