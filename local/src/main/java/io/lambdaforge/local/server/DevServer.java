package io.lambdaforge.local.server;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.invoke.Report;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The local gateway over HTTP: serves every route of a {@link LocalGateway} with the JDK HTTP
 * server, one log line per request ({@code METHOD path function status ms}).
 *
 * <p>Hardening: request bodies above Lambda's 6 MB payload limit get 413, their bytes discarded
 * (up to 64 MB) rather than kept, so the client reads the answer; the JDK server's request-read time limit is set by the CLI (see {@code Main}); bind
 * addresses are the caller's choice (the CLI binds loopback unless told otherwise); {@link
 * #close()} stops accepting, lets running requests finish briefly, then stops the workers.
 */
public final class DevServer implements AutoCloseable {
  private volatile LocalGateway gateway;
  private final PrintStream log;
  /** Requests handled at once; more wait their turn. */
  private static final int WORKERS = Math.max(8, Runtime.getRuntime().availableProcessors() * 4);

  private final LocalHttpServer server;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final RecentInvocations recent = new RecentInvocations();

  private DevServer(LocalGateway gateway, LocalHttpServer server, PrintStream log) {
    this.gateway = gateway;
    this.log = log;
    this.server = server;
    server.createContext("/", this::handle);
  }

  /**
   * Binds {@code address} and starts serving, with the API page {@code page} under {@value
   * ApiPage#PREFIX}.
   */
  public static DevServer start(LocalGateway gateway, InetSocketAddress address, PrintStream log, ApiPage page)
      throws IOException {
    LocalHttpServer server = new LocalHttpServer(address, "lambdaforge-serve", WORKERS);
    DevServer devServer = new DevServer(gateway, server, log);
    server.createContext(ApiPage.PREFIX, exchange -> page.handle(exchange, devServer.recent));
    server.start();
    return devServer;
  }

  /**
   * Serves {@code replacement} from now on (hot reload with changed routes); requests already
   * routed finish on the old gateway.
   */
  public void gateway(LocalGateway replacement) {
    this.gateway = replacement;
  }

  /** The recent requests this server answered. */
  public RecentInvocations recent() {
    return recent;
  }

  /**
   * Binds {@code address} and starts serving.
   *
   * @throws java.net.BindException when the port is in use or the address is not local
   */
  public static DevServer start(LocalGateway gateway, InetSocketAddress address, PrintStream log)
      throws IOException {
    LocalHttpServer server = new LocalHttpServer(address, "lambdaforge-serve", WORKERS);
    DevServer devServer = new DevServer(gateway, server, log);
    server.start();
    return devServer;
  }

  public InetSocketAddress address() {
    return server.address();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    String method = exchange.getRequestMethod();
    Optional<URI> uri = Exchanges.requestUri(exchange);
    if (uri.isEmpty()) {
      malformedUri(exchange, method, start);
      return;
    }
    String rawPath = uri.get().getRawPath();
    String function = "-";
    Optional<Report> report = Optional.empty();
    GatewayResponse response;
    try {
      byte[] body = Exchanges.readBody(exchange);
      if (body == null) {
        response = GatewayResponse.json(413, "{\"message\":\"Request Too Long\"}");
      } else {
        LocalRequest request = new LocalRequest(method, rawPath, uri.get().getRawQuery(),
            headers(exchange.getRequestHeaders()), body, exchange.getRemoteAddress().getAddress().getHostAddress());
        LocalGateway.Exchange answer = gateway.handle(request, exchange.getRequestHeaders().getFirst("Host"));
        response = answer.response();
        function = answer.function();
        report = answer.report();
      }
    } catch (RuntimeException unexpected) {
      log.println("dev server error: " + unexpected);
      response = GatewayResponse.json(500, "{\"message\":\"Internal Server Error\"}");
    }
    long nanos = System.nanoTime() - start;
    log.println(logLine(method, rawPath, function, response.status(), nanos, report));
    recent.add(new RecentInvocations.Entry(java.time.Instant.now(), method, rawPath, function, response.status(),
        Math.round(nanos / 10_000.0) / 100.0));
    write(exchange, response);
  }

  /**
   * A request target that is not a valid URI: the gateways' own {@code 400 {"message":"Bad
   * Request"}}, before any routing, and a log line with the target as sent.
   */
  private void malformedUri(HttpExchange exchange, String method, long start) throws IOException {
    String target = Exchanges.rawTarget(exchange);
    GatewayResponse response = GatewayResponse.json(400, "{\"message\":\"Bad Request\"}");
    long nanos = System.nanoTime() - start;
    log.println(logLine(method, target, "-", 400, nanos, Optional.empty()) + " (malformed URI)");
    recent.add(new RecentInvocations.Entry(java.time.Instant.now(), method, target, "-", 400,
        Math.round(nanos / 10_000.0) / 100.0));
    write(exchange, response);
  }

  /**
   * {@code GET /orders/1 getOrder 200 2 ms} and, when a function ran, its REPORT figures: {@code
   * [duration 0.84 ms, billed 1 ms, init 212.40 ms, allocated 35 KB]}.
   */
  static String logLine(String method, String rawPath, String function, int status, long nanos,
      Optional<Report> report) {
    StringBuilder line = new StringBuilder(96).append(method).append(' ').append(rawPath).append(' ')
        .append(function).append(' ').append(status).append(' ')
        .append(TimeUnit.NANOSECONDS.toMillis(nanos)).append(" ms");
    report.ifPresent(r -> {
      Report.appendMillis(line.append(" [duration "), r.durationNanos()).append(" ms, billed ")
          .append(r.billedDurationMs()).append(" ms");
      if (r.initNanos() >= 0) {
        Report.appendMillis(line.append(", init "), r.initNanos()).append(" ms");
      }
      if (r.allocatedBytes() >= 0) {
        line.append(", allocated ").append((r.allocatedBytes() + 1023) / 1024).append(" KB");
      }
      line.append(']');
    });
    return line.toString();
  }

  private static List<Map.Entry<String, String>> headers(Headers headers) {
    List<Map.Entry<String, String>> list = new ArrayList<>();
    headers.forEach((name, values) -> values.forEach(value -> list.add(Map.entry(name, value))));
    return list;
  }

  private static void write(HttpExchange exchange, GatewayResponse response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    for (Map.Entry<String, String> header : response.headers()) {
      if (!header.getKey().equalsIgnoreCase("content-length") && !header.getKey().equalsIgnoreCase("transfer-encoding")
          && !header.getKey().equalsIgnoreCase("connection")) {
        headers.add(header.getKey(), header.getValue());
      }
    }
    boolean noBody = response.status() == 204 || response.status() == 304
        || exchange.getRequestMethod().equals("HEAD");
    Exchanges.send(exchange, response.status(), noBody ? new byte[0] : response.body());
  }

  /** Stops accepting requests, lets running ones finish for up to a second, then stops. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop();
  }
}
