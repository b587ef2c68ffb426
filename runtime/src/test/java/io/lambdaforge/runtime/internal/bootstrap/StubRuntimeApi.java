package io.lambdaforge.runtime.internal.bootstrap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately minimal Runtime API for the bootstrap's tests (the reusable fake lives in the
 * local module, which runtime tests cannot see). Events are queued up front; {@code /next} answers
 * 500 when none is left.
 */
final class StubRuntimeApi implements AutoCloseable {
  record Post(String path, String errorType, String body) {}

  private final HttpServer server;
  private final Deque<Map<String, String>> headers = new ArrayDeque<>();
  private final Deque<String> events = new ArrayDeque<>();
  private final List<Post> posts = new ArrayList<>();
  private int nextRequests;
  private int failuresLeft;
  private int failureStatus;
  private int postStatus = 202;

  StubRuntimeApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/2018-06-01/runtime/", this::handle);
    server.start();
  }

  String address() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  synchronized StubRuntimeApi event(String requestId, String body, Map<String, String> extra) {
    Map<String, String> h = new LinkedHashMap<>(extra);
    h.put("Lambda-Runtime-Aws-Request-Id", requestId);
    headers.add(h);
    events.add(body);
    return this;
  }

  synchronized StubRuntimeApi event(String requestId, String body) {
    return event(requestId, body, Map.of());
  }

  /** The next {@code count} requests, whatever their path, are answered with {@code status}. */
  synchronized StubRuntimeApi failNext(int count, int status) {
    failuresLeft = count;
    failureStatus = status;
    return this;
  }

  /** Status for every POST (default 202). */
  synchronized StubRuntimeApi postStatus(int status) {
    postStatus = status;
    return this;
  }

  synchronized List<Post> posts() {
    return List.copyOf(posts);
  }

  synchronized int nextRequests() {
    return nextRequests;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath().substring("/2018-06-01/runtime".length());
      byte[] requestBody = exchange.getRequestBody().readAllBytes();
      synchronized (this) {
        if (failuresLeft > 0) {
          failuresLeft--;
          if (path.equals("/invocation/next")) {
            nextRequests++;
          } else {
            posts.add(post(exchange, path, requestBody));
          }
          send(exchange, failureStatus, Map.of(), "{\"errorMessage\":\"stub failure\"}");
          return;
        }
        if (path.equals("/invocation/next")) {
          nextRequests++;
          if (events.isEmpty()) {
            send(exchange, 500, Map.of(), "{\"errorMessage\":\"no more events\"}");
          } else {
            send(exchange, 200, headers.poll(), events.poll());
          }
          return;
        }
        posts.add(post(exchange, path, requestBody));
        send(exchange, postStatus, Map.of(), "{\"status\":\"OK\"}");
      }
    }
  }

  private static Post post(HttpExchange exchange, String path, byte[] body) {
    return new Post(
        path,
        exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"),
        new String(body, StandardCharsets.UTF_8));
  }

  private static void send(HttpExchange exchange, int status, Map<String, String> h, String body)
      throws IOException {
    h.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
