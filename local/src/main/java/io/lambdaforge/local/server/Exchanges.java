package io.lambdaforge.local.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;

/**
 * What both local servers ({@link DevServer}, {@link InvokeApiServer}) share on top of {@link
 * LocalHttpServer}: the request URI (or none), request bodies bounded by Lambda's payload limit,
 * fixed-length answers.
 */
final class Exchanges {
  /** Largest request body accepted: Lambda's synchronous payload limit. */
  static final int MAX_BODY_BYTES = 6 * 1024 * 1024;

  /** The most of a refused (too large) body read and discarded before answering 413. */
  private static final long DRAIN_LIMIT_BYTES = 64L * 1024 * 1024;

  private Exchanges() {}

  /**
   * The request's URI, or empty when its request target is not a valid URI ({@code /docs?x=%ZZ}):
   * Jetty hands such a request to the handler, whose answer is then the gateway's 400.
   */
  static Optional<URI> requestUri(HttpExchange exchange) {
    try {
      return Optional.of(exchange.getRequestURI());
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /** The request target as sent (path and query), for log lines: also when it is not a valid URI. */
  static String rawTarget(HttpExchange exchange) {
    return ((JettyExchange) exchange).rawTarget();
  }

  /** Daemon threads called {@code name}, so a running server never keeps the JVM alive. */
  static ThreadFactory daemonThreads(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /** The body, or null when it is larger than {@link #MAX_BODY_BYTES}; reads at most one byte more. */
  static byte[] readBody(HttpExchange exchange) throws IOException {
    var headers = exchange.getRequestHeaders();
    if (!headers.containsKey("Content-Length") && !headers.containsKey("Transfer-Encoding")) {
      return new byte[0]; // RFC 9112 section 6.3: a request with neither has no body
    }
    String length = headers.getFirst("Content-Length");
    if (length != null && !headers.containsKey("Transfer-Encoding")) {
      // The server has validated the header: read exactly that much, with no read-ahead buffer.
      long declared = Long.parseLong(length.trim());
      if (declared > MAX_BODY_BYTES) {
        // Drain what the client is sending (up to a bound) so it reads the 413 instead of a broken pipe.
        exchange.getRequestBody().skipNBytes(Math.min(declared, DRAIN_LIMIT_BYTES));
        return null;
      }
      return declared == 0 ? new byte[0] : exchange.getRequestBody().readNBytes((int) declared);
    }
    byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
    return body.length > MAX_BODY_BYTES ? null : body;
  }

  /**
   * Sends {@code status} with the response headers already set and {@code body} (none when empty),
   * then ends the exchange.
   */
  static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    // -1: no body; 0 would mean chunked in HttpServer's convention.
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }
}
