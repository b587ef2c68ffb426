package io.lambdaforge.bench.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The floor {@code bench/serve-wrk.sh} measures the dev server against: the JDK's own HTTP server
 * with {@code TCP_NODELAY} ({@code -Dsun.net.httpserver.nodelay=true}) and 8 threads, answering
 * {@code {"status":"ok"}} on every path: no routing, no event, no function, no log.
 *
 * <p>Usage: {@code BareServer <port>}.
 */
public final class BareServer {
  private BareServer() {}

  public static void main(String[] args) throws IOException {
    byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
        Integer.parseInt(args[0])), 128);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.start();
  }
}
