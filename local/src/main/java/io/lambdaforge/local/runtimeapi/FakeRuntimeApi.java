package io.lambdaforge.local.runtimeapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-process Lambda Runtime API (2018-06-01) on 127.0.0.1 with an ephemeral port, for running a
 * runtime (Lambdaforge's {@code Bootstrap}, or AWS's runtime interface client) locally or in tests.
 *
 * <p>Queue events with {@link #invoke}; the runtime fetches them from {@code
 * /runtime/invocation/next} (which blocks until one is queued) and answers on {@code
 * /invocation/{id}/response} or {@code /invocation/{id}/error}, which completes the returned
 * future. Like the Lambda emulator it answers 202 to accepted posts, 400 {@code InvalidRequestID}
 * to unknown or already answered ids, and 413 {@code RequestEntityTooLarge} to bodies over {@link
 * #MAX_PAYLOAD_BYTES}. {@link #failNextRequests} makes it answer 5xx for resilience tests.
 *
 * <pre>{@code
 * try (FakeRuntimeApi api = FakeRuntimeApi.start()) {
 *   // start the runtime with AWS_LAMBDA_RUNTIME_API = api.address()
 *   InvocationOutcome outcome = api.invoke(eventBytes).get(10, TimeUnit.SECONDS);
 * }
 * }</pre>
 */
public final class FakeRuntimeApi implements AutoCloseable {
  /** Largest accepted response or error body: 6 MiB + 100 bytes, as in the Lambda emulator. */
  public static final int MAX_PAYLOAD_BYTES = 6 * 1024 * 1024 + 100;

  private static final String PREFIX = "/2018-06-01/runtime";
  private static final String FUNCTION_ERROR_TYPE = "Lambda-Runtime-Function-Error-Type";

  private record Pending(String requestId, InvocationRequest request,
      CompletableFuture<InvocationOutcome> future) {}

  private final HttpServer server;
  private final ExecutorService executor;
  private final LinkedBlockingDeque<Pending> queue = new LinkedBlockingDeque<>();
  private final Map<String, Pending> inFlight = new ConcurrentHashMap<>();
  private final CompletableFuture<InitError> initError = new CompletableFuture<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private volatile int failureStatus = 500;
  private volatile boolean closed;

  private FakeRuntimeApi(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts a server on 127.0.0.1 and an ephemeral port. */
  public static FakeRuntimeApi start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // /next blocks a thread per waiting runtime, so the pool must grow.
    ExecutorService executor =
        Executors.newCachedThreadPool(
            task -> {
              Thread thread = new Thread(task, "fake-runtime-api");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(executor);
    FakeRuntimeApi api = new FakeRuntimeApi(server, executor);
    server.createContext(PREFIX + "/", api::handle);
    server.start();
    return api;
  }

  /** The value for {@code AWS_LAMBDA_RUNTIME_API}: {@code 127.0.0.1:<port>}. */
  public String address() {
    return "127.0.0.1:" + port();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Queues an event with default headers; see {@link #invoke(InvocationRequest)}. */
  public CompletableFuture<InvocationOutcome> invoke(byte[] event) {
    return invoke(InvocationRequest.of(event));
  }

  /**
   * Queues an invocation. The future completes when the runtime posts its response or error, or
   * with an error outcome carrying the init error if the runtime reports one before taking the
   * event; it fails with {@link IllegalStateException} when this server closes first. It never
   * times out by itself: bound it with {@code get(timeout)} or {@code orTimeout}.
   */
  public CompletableFuture<InvocationOutcome> invoke(InvocationRequest request) {
    if (closed) {
      throw new IllegalStateException("the fake Runtime API is closed");
    }
    Pending pending =
        new Pending(UUID.randomUUID().toString(), request, new CompletableFuture<>());
    queue.add(pending);
    return pending.future();
  }

  /** Completes when the runtime posts to {@code /runtime/init/error} (the first post wins). */
  public CompletableFuture<InitError> initError() {
    return initError;
  }

  /**
   * Answers the next {@code count} requests, whatever their path, with {@code status} (a 5xx)
   * before serving normally again; a failed {@code /next} does not consume an event.
   */
  public void failNextRequests(int count, int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("status must be a 5xx, got " + status);
    }
    failureStatus = status;
    failuresLeft.set(count);
  }

  /** Number of invocations queued and not yet fetched by the runtime. */
  public int queuedInvocations() {
    return queue.size();
  }

  /** Stops the server; pending invocations fail with {@link IllegalStateException}. */
  @Override
  public void close() {
    closed = true;
    server.stop(0);
    executor.shutdownNow();
    IllegalStateException reason = new IllegalStateException("the fake Runtime API was closed");
    List<Pending> pending = new ArrayList<>(inFlight.values());
    queue.drainTo(pending);
    inFlight.clear();
    pending.forEach(p -> p.future().completeExceptionally(reason));
    initError.completeExceptionally(reason);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
        Exchanges.error(exchange, failureStatus, "ServiceException", "injected failure");
        return;
      }
      String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
      String method = exchange.getRequestMethod();
      if (path.equals("/invocation/next")) {
        if (!method.equals("GET")) {
          Exchanges.error(exchange, 405, "MethodNotAllowed", "use GET " + PREFIX + path);
        } else {
          next(exchange);
        }
        return;
      }
      if (!method.equals("POST")) {
        Exchanges.error(exchange, 405, "MethodNotAllowed", "use POST " + PREFIX + path);
        return;
      }
      if (path.equals("/init/error")) {
        initError(exchange);
        return;
      }
      String[] parts = path.split("/", -1); // "", "invocation", id, "response"|"error"
      if (parts.length == 4 && parts[1].equals("invocation")
          && (parts[3].equals("response") || parts[3].equals("error"))) {
        answer(exchange, parts[2], parts[3].equals("error"));
        return;
      }
      Exchanges.error(exchange, 404, "NotFound", "no Runtime API endpoint at " + PREFIX + path);
    }
  }

  private void next(HttpExchange exchange) throws IOException {
    Pending pending;
    try {
      pending = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return; // closing
    }
    inFlight.put(pending.requestId(), pending);
    if (closed && inFlight.remove(pending.requestId()) != null) {
      pending.future().completeExceptionally(
          new IllegalStateException("the fake Runtime API was closed"));
      return;
    }
    InvocationRequest request = pending.request();
    long now = System.currentTimeMillis();
    var headers = exchange.getResponseHeaders();
    headers.set("Lambda-Runtime-Aws-Request-Id", pending.requestId());
    headers.set(
        "Lambda-Runtime-Deadline-Ms", Long.toString(now + request.timeout().toMillis()));
    headers.set("Lambda-Runtime-Invoked-Function-Arn", request.invokedFunctionArn());
    headers.set(
        "Lambda-Runtime-Trace-Id",
        request.traceId() != null ? request.traceId() : TraceIds.next(now));
    if (request.clientContext() != null) {
      headers.set("Lambda-Runtime-Client-Context", request.clientContext());
    }
    if (request.cognitoIdentity() != null) {
      headers.set("Lambda-Runtime-Cognito-Identity", request.cognitoIdentity());
    }
    Exchanges.send(exchange, 200, request.event());
  }

  private void answer(HttpExchange exchange, String requestId, boolean error) throws IOException {
    byte[] body = Exchanges.readBody(exchange, MAX_PAYLOAD_BYTES);
    Pending pending = inFlight.remove(requestId);
    if (pending == null) {
      Exchanges.error(
          exchange, 400, "InvalidRequestID", "Invalid request ID: " + requestId
              + " is unknown or already answered");
      return;
    }
    if (body == null) {
      String message =
          "Exceeded maximum allowed payload size (" + MAX_PAYLOAD_BYTES + " bytes).";
      pending.future().complete(
          new InvocationOutcome(
              requestId, true, InvocationOutcome.RESPONSE_TOO_LARGE,
              Exchanges.errorDocument(InvocationOutcome.RESPONSE_TOO_LARGE, message)));
      Exchanges.error(exchange, 413, "RequestEntityTooLarge", message);
      return;
    }
    String errorType = error ? exchange.getRequestHeaders().getFirst(FUNCTION_ERROR_TYPE) : null;
    pending.future().complete(new InvocationOutcome(requestId, error, errorType, body));
    Exchanges.accepted(exchange);
  }

  private void initError(HttpExchange exchange) throws IOException {
    byte[] body = Exchanges.readBody(exchange, MAX_PAYLOAD_BYTES);
    if (body == null) {
      Exchanges.error(
          exchange, 413, "RequestEntityTooLarge",
          "Exceeded maximum allowed payload size (" + MAX_PAYLOAD_BYTES + " bytes).");
      return;
    }
    String errorType = exchange.getRequestHeaders().getFirst(FUNCTION_ERROR_TYPE);
    initError.complete(new InitError(errorType, body));
    // As in Lambda, the invocations waiting for this environment fail with the init error.
    List<Pending> waiting = new ArrayList<>();
    queue.drainTo(waiting);
    waiting.forEach(
        p -> p.future().complete(new InvocationOutcome(p.requestId(), true, errorType, body)));
    Exchanges.accepted(exchange);
  }
}
