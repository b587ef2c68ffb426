package io.lambdaforge.local.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.family.SourceFamilies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The dev server's API page under {@value #PREFIX}: the route table, a "try it" form per route
 * that sends a real request to the dev server (so it runs through the gateway emulation and the
 * generated adapter), the OpenAPI documents rendered by Swagger UI (each route's parameters and
 * schemas), the cost table and the recent invocations.
 *
 * <p>Everything is served from the tool's own jar: Swagger UI's assets come from the {@code
 * org.webjars:swagger-ui} artifact at build time, the page's script from this module's resources.
 * The page references no external URL, and Swagger UI's online validator is switched off, so
 * nothing is fetched from the internet at run time.
 */
public final class ApiPage {
  /** Where the page lives. */
  public static final String PREFIX = "/_lambdaforge/";
  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  private static final Map<String, String> ASSETS = Map.of(
      "swagger-ui.css", "text/css; charset=utf-8",
      "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
      "favicon-32x32.png", "image/png");
  private static final String SCRIPT = "/io/lambdaforge/local/server/api-page.js";

  private final List<LocalRoute> routes;
  private final Map<String, JsonNode> documents;
  private final String costTable;
  private final boolean restValidation;
  private final ObjectMapper mapper;
  private final String swaggerVersion;

  /**
   * @param documents the OpenAPI documents by API name ({@code http}, {@code rest})
   * @param costTable the cost table as text
   * @param restValidation whether REST requests pass API Gateway's request validator first
   */
  public ApiPage(List<LocalRoute> routes, Map<String, JsonNode> documents, String costTable,
      boolean restValidation, ObjectMapper mapper) {
    this.routes = List.copyOf(routes);
    this.documents = new TreeMap<>(documents);
    this.costTable = costTable;
    this.restValidation = restValidation;
    this.mapper = mapper;
    this.swaggerVersion = swaggerVersion();
  }

  void handle(HttpExchange exchange, RecentInvocations recent) throws IOException {
    try (exchange) {
      String rest = exchange.getRequestURI().getPath().substring(PREFIX.length() - 1);
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        send(exchange, 405, "application/json", json(mapper.createObjectNode().put("message", "Method Not Allowed")));
        return;
      }
      if (rest.equals("/") || rest.equals("/index.html")) {
        send(exchange, 200, "text/html; charset=utf-8", html().getBytes(StandardCharsets.UTF_8));
      } else if (rest.equals("/page.js")) {
        send(exchange, 200, "text/javascript; charset=utf-8", resource(SCRIPT));
      } else if (rest.equals("/page.json")) {
        send(exchange, 200, "application/json", json(pageData()));
      } else if (rest.equals("/invocations.json")) {
        ArrayNode list = mapper.createArrayNode();
        for (RecentInvocations.Entry e : recent.list()) {
          list.addObject().put("at", e.at().toString()).put("method", e.method()).put("path", e.path())
              .put("function", e.function()).put("status", e.status()).put("durationMs", e.durationMs());
        }
        send(exchange, 200, "application/json", json(list));
      } else if (rest.startsWith("/openapi-") && rest.endsWith(".json")
          && documents.containsKey(rest.substring("/openapi-".length(), rest.length() - ".json".length()))) {
        send(exchange, 200, "application/json",
            json(documents.get(rest.substring("/openapi-".length(), rest.length() - ".json".length()))));
      } else if (rest.startsWith("/assets/") && ASSETS.containsKey(rest.substring("/assets/".length()))) {
        String name = rest.substring("/assets/".length());
        send(exchange, 200, ASSETS.get(name), resource("/" + WEBJAR + swaggerVersion + "/" + name));
      } else {
        send(exchange, 404, "application/json", json(mapper.createObjectNode().put("message", "Not Found")));
      }
    }
  }

  /** Routes (with each one's OpenAPI operation), documents and cost table, for the page's script. */
  ObjectNode pageData() {
    ObjectNode data = mapper.createObjectNode();
    ArrayNode list = data.putArray("routes");
    for (LocalRoute route : routes) {
      ObjectNode node = list.addObject();
      node.put("source", route.source().name());
      node.put("method", route.method());
      node.put("path", route.template());
      node.put("function", route.function().name());
      String api = api(route.source());
      JsonNode operation = api == null ? null : documents.getOrDefault(api, mapper.createObjectNode())
          .path("paths").path(route.template().replace("+}", "}"))
          .path(route.method().equals("ANY") ? "get" : route.method().toLowerCase(java.util.Locale.ROOT));
      if (operation != null && operation.isObject()) {
        node.put("api", api);
        node.set("operation", operation);
      }
    }
    ArrayNode apis = data.putArray("apis");
    documents.keySet().forEach(apis::add);
    data.put("cost", costTable);
    data.put("restValidation", restValidation);
    return data;
  }

  private static String api(Source source) {
    return SourceFamilies.frontDoor(source).flatMap(FrontDoor::openApi).orElse(null);
  }

  private String html() {
    return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Lambdaforge dev server</title>
        <link rel="icon" href="assets/favicon-32x32.png">
        <link rel="stylesheet" href="assets/swagger-ui.css">
        <style>
          body { font-family: sans-serif; margin: 1.5em; }
          table { border-collapse: collapse; margin-bottom: 1em; }
          td, th { border: 1px solid #ccc; padding: 0.3em 0.6em; text-align: left; vertical-align: top; }
          pre { background: #f6f6f6; padding: 0.5em; overflow: auto; }
          .try textarea { width: 32em; height: 4em; font-family: monospace; }
          .try input { font-family: monospace; }
        </style>
        </head>
        <body>
        <h1>Lambdaforge dev server</h1>
        <h2>Routes</h2>
        <table id="routes"><thead><tr><th>Source</th><th>Method</th><th>Path</th><th>Function</th>
        <th>Try it</th></tr></thead><tbody></tbody></table>
        <h2>Recent invocations</h2>
        <p>Duration is the dev server's wall-clock time for the request, in process; Lambda's REPORT
        figures (billed duration, init duration, memory) are not measured locally yet.</p>
        <table id="invocations"><thead><tr><th>Time</th><th>Method</th><th>Path</th><th>Function</th>
        <th>Status</th><th>Duration (ms)</th></tr></thead><tbody></tbody></table>
        <h2>Monthly cost estimate</h2>
        <pre id="cost"></pre>
        <h2>OpenAPI</h2>
        <p id="apis"></p>
        <div id="swagger"></div>
        <script src="assets/swagger-ui-bundle.js"></script>
        <script src="page.js"></script>
        </body>
        </html>
        """;
  }

  private byte[] json(JsonNode node) {
    try {
      return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = ApiPage.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path + " in the tool's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String swaggerVersion() {
    Properties properties = new Properties();
    try (InputStream in = ApiPage.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException("Swagger UI's assets (org.webjars:swagger-ui) are missing from the tool's jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }
}
