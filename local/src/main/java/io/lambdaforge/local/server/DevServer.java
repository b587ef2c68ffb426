package io.lambdaforge.local.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.gateway.EventFactory;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.gateway.ResponseTranslator;
import io.lambdaforge.local.invoke.InvocationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The local gateway: serves every HTTP route of an application on loopback by building the event
 * the route's source would send, invoking the function in-process and answering as that gateway.
 */
public final class DevServer implements AutoCloseable {
  /** Largest request body accepted: Lambda's synchronous payload limit. */
  static final int MAX_BODY_BYTES = 6 * 1024 * 1024;
  private static final List<Source> PREFERENCE =
      List.of(Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB);

  private final List<LocalRoute> routes;
  private final Optional<Source> preferred;
  private final PrintStream log;
  private final ResponseTranslator translator;
  private final HttpServer server;
  private final ExecutorService executor;

  private DevServer(List<LocalRoute> routes, Optional<Source> preferred, HttpServer server, ObjectMapper mapper, PrintStream log) {
    this.routes = List.copyOf(routes);
    this.preferred = preferred;
    this.log = log;
    this.translator = new ResponseTranslator(mapper);
    this.server = server;
    this.executor = Executors.newFixedThreadPool(Math.max(8, Runtime.getRuntime().availableProcessors() * 4), runnable -> {
      Thread thread = new Thread(runnable, "lambdaforge-serve");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  /**
   * Binds {@code address} and starts serving. {@code preferred} picks the source when a path is
   * routed under several; without it HTTP API wins over REST, REST over ALB.
   */
  public static DevServer start(
      List<LocalRoute> routes, InetSocketAddress address, Optional<Source> preferred, ObjectMapper mapper, PrintStream log)
      throws IOException {
    HttpServer server = HttpServer.create(address, 128);
    DevServer devServer = new DevServer(routes, preferred, server, mapper, log);
    server.start();
    return devServer;
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange exchange) throws IOException {
    long start = System.nanoTime();
    String method = exchange.getRequestMethod();
    String rawPath = exchange.getRequestURI().getRawPath();
    String label = "-";
    GatewayResponse response;
    try {
      byte[] body = readBody(exchange.getRequestBody());
      if (body == null) {
        response = json(413, "{\"message\":\"Request Too Long\"}");
      } else {
        LocalRequest request = new LocalRequest(method, rawPath, exchange.getRequestURI().getRawQuery(),
            headers(exchange.getRequestHeaders()), body, exchange.getRemoteAddress().getAddress().getHostAddress());
        Optional<Match> match = route(rawPath, method);
        if (match.isEmpty()) {
          response = json(404, "{\"message\":\"Not Found\"}");
        } else {
          label = match.get().route().function().name();
          response = invoke(match.get(), request, exchange.getRequestHeaders().getFirst("Host"));
        }
      }
    } catch (RuntimeException unexpected) {
      log.println("dev server error: " + unexpected);
      response = json(500, "{\"message\":\"Internal Server Error\"}");
    }
    write(exchange, response);
    log.printf("%s %s %s %d %d ms%n", method, rawPath, label, response.status(),
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
  }

  private GatewayResponse invoke(Match match, LocalRequest request, String host) {
    LocalRoute route = match.route();
    EventFactory.Meta meta = new EventFactory.Meta(UUID.randomUUID().toString(), Instant.now(), "local",
        host == null ? "127.0.0.1" : host);
    EventFactory.Route gatewayRoute = new EventFactory.Route(route.method(), route.template(), match.parameters());
    byte[] event = switch (route.source()) {
      case API_GATEWAY_REST -> bytes(EventFactory.rest(request, gatewayRoute, meta));
      case API_GATEWAY_HTTP -> bytes(EventFactory.httpApi(request, gatewayRoute, meta));
      case ALB -> bytes(EventFactory.alb(request, route.multiValueHeaders()));
      case SDK -> throw new IllegalStateException("SDK triggers are not HTTP routes");
    };
    InvocationResult result = route.function().invoke(event);
    if (result instanceof InvocationResult.Success success) {
      return translator.translate(route.source(), success.output());
    }
    if (result instanceof InvocationResult.Timeout) {
      return ResponseTranslator.timeout(route.source());
    }
    return ResponseTranslator.functionError(route.source());
  }

  private record Match(LocalRoute route, Map<String, String> parameters) {}

  private Optional<Match> route(String rawPath, String method) {
    Map<Source, List<Match>> bySource = new EnumMap<>(Source.class);
    for (LocalRoute route : routes) {
      route.match(rawPath).ifPresent(parameters ->
          bySource.computeIfAbsent(route.source(), s -> new ArrayList<>()).add(new Match(route, parameters)));
    }
    List<Source> order = new ArrayList<>();
    preferred.ifPresent(order::add);
    PREFERENCE.stream().filter(s -> !order.contains(s)).forEach(order::add);
    for (Source source : order) {
      List<Match> matches = bySource.getOrDefault(source, List.of());
      if (matches.isEmpty()) {
        continue;
      }
      Comparator<Match> bySpecificity = Comparator.comparingInt(m -> m.route().specificity());
      Optional<Match> exact = matches.stream().filter(m -> m.route().accepts(method)).max(bySpecificity);
      // A path served with another method still goes to its function, whose adapter answers 405.
      return exact.isPresent() ? exact : matches.stream().max(bySpecificity);
    }
    return Optional.empty();
  }

  private static List<Map.Entry<String, String>> headers(Headers headers) {
    List<Map.Entry<String, String>> list = new ArrayList<>();
    headers.forEach((name, values) -> values.forEach(value -> list.add(Map.entry(name, value))));
    return list;
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    return body.length > MAX_BODY_BYTES ? null : body;
  }

  private static byte[] bytes(Object event) {
    return event.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static GatewayResponse json(int status, String body) {
    return new GatewayResponse(status, List.of(Map.entry("Content-Type", "application/json")),
        body.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(HttpExchange exchange, GatewayResponse response) throws IOException {
    Headers headers = exchange.getResponseHeaders();
    for (Map.Entry<String, String> header : response.headers()) {
      if (!header.getKey().equalsIgnoreCase("content-length") && !header.getKey().equalsIgnoreCase("transfer-encoding")) {
        headers.add(header.getKey(), header.getValue());
      }
    }
    boolean noBody = response.status() == 204 || response.status() == 304 || exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(response.status(), noBody ? -1 : response.body().length == 0 ? -1 : response.body().length);
    if (!noBody && response.body().length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(response.body());
      }
    }
    exchange.close();
  }

  /** Stops accepting requests, lets running ones finish for up to a second, then stops. */
  @Override
  public void close() {
    server.stop(1);
    executor.shutdownNow();
    routes.forEach(route -> route.function().close());
  }
}
