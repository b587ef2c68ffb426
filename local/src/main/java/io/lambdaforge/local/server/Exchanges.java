package io.lambdaforge.local.server;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ThreadFactory;

/**
 * What both local servers ({@link DevServer}, {@link InvokeApiServer}) do with the JDK HTTP server:
 * daemon worker threads, request bodies bounded by Lambda's payload limit, fixed-length answers.
 */
final class Exchanges {
  /** Largest request body accepted: Lambda's synchronous payload limit. */
  static final int MAX_BODY_BYTES = 6 * 1024 * 1024;

  private Exchanges() {}

  /**
   * Turns on TCP_NODELAY for the JDK HTTP server ({@code sun.net.httpserver.nodelay}, read once
   * when its first server starts) unless the user chose otherwise: without it keep-alive clients
   * wait out the delayed-ACK timer (about 40 ms) on every response.
   */
  static void noDelay() {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
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
