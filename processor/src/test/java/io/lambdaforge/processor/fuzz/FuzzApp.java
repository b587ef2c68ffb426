package io.lambdaforge.processor.fuzz;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.lambdaforge.processor.Compilations;
import io.lambdaforge.processor.FunctionProcessor;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The application under fuzz, compiled once per JVM by the real {@link FunctionProcessor}: every
 * adapter the tests drive is generated code, loaded the way the Lambda runtime loads it.
 *
 * <p>Each HTTP function declares ALB, REST and HTTP API routes under its own prefix and binds a
 * different mix of parameters, so mutated events reach typed binding, the raw request view, JSON
 * and text bodies, and responses built from request values (the header-injection surface).
 */
final class FuzzApp {
  static final String PACKAGE = "fz";

  /** An HTTP adapter of the app and the route templates it serves ({@code *} = one segment). */
  record Target(String handler, List<String> paths) {}

  static final List<Target> HTTP_TARGETS =
      List.of(
          new Target("Fz_TypedHandler", List.of("/*", "/*/*", "/*/*/*")),
          new Target("Fz_RawHandler", List.of("/raw/*", "/raw/*/*")),
          new Target("Fz_ReflectHandler", List.of("/reflect/*")),
          new Target("Fz_TextHandler", List.of("/text/*")),
          new Target("Fz_MixedHandler", List.of("/mixed")));

  private static ClassLoader loader;

  private FuzzApp() {}

  static synchronized RequestStreamHandler handler(String simpleName) {
    if (loader == null) {
      loader = compile();
    }
    try {
      return (RequestStreamHandler)
          loader.loadClass(PACKAGE + "." + simpleName).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot instantiate generated " + simpleName, e);
    }
  }

  private static ClassLoader compile() {
    Compilation compilation =
        Compiler.javac().withProcessors(new FunctionProcessor()).compile(source());
    List<Diagnostic<? extends JavaFileObject>> problems =
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
            .collect(Collectors.toList());
    if (compilation.status() != Compilation.Status.SUCCESS || !problems.isEmpty()) {
      throw new AssertionError(
          "the fuzz app does not compile cleanly:\n"
              + problems.stream().map(d -> d.getMessage(null)).collect(Collectors.joining("\n")));
    }
    return Compilations.classLoader(compilation);
  }

  private static JavaFileObject source() {
    return JavaFileObjects.forSourceLines(
        PACKAGE + ".Fz",
        "package fz;",
        "",
        "import com.amazonaws.services.lambda.runtime.Context;",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.runtime.http.HttpException;",
        "import io.lambdaforge.runtime.http.HttpRequest;",
        "import io.lambdaforge.runtime.http.HttpResponse;",
        "import java.math.BigDecimal;",
        "import java.time.Instant;",
        "import java.util.*;",
        "",
        "public class Fz {",
        "  public enum Kind { BOOK, GAME }",
        "  public record Line(String sku, int qty) {}",
        "  public record Order(String id, Kind kind, List<Line> lines, BigDecimal total, Instant at) {",
        "    public Order {",
        "      if (\"boom\".equals(id)) {",
        "        throw new IllegalArgumentException(\"secret validation detail\");",
        "      }",
        "    }",
        "  }",
        "  public record Total(String id, int lines) {}",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.ALB, path = \"/{proxy+}\", priority = 1),",
        "      @Trigger(source = Source.API_GATEWAY_REST, path = \"/{proxy+}\"),",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/{proxy+}\")})",
        "  public Map<String, Object> typed(@PathParam(\"proxy\") String proxy,",
        "      @QueryParam(\"n\") Optional<Integer> n, @QueryParam(\"parameter1\") List<String> p1,",
        "      @QueryParam(\"kind\") Optional<Kind> kind, @QueryParam(\"big\") Optional<Long> big,",
        "      @HeaderParam(\"x-ids\") List<UUID> ids, @HeaderParam(\"x-at\") Optional<Instant> at,",
        "      @HeaderParam(\"x-forwarded-port\") Optional<Integer> port,",
        "      @CookieParam(\"session\") Optional<String> session, @Body Optional<Order> order) {",
        "    Map<String, Object> seen = new LinkedHashMap<>();",
        "    seen.put(\"proxy\", proxy);",
        "    seen.put(\"n\", n.orElse(null));",
        "    seen.put(\"p1\", p1);",
        "    seen.put(\"kind\", kind.orElse(null));",
        "    seen.put(\"big\", big.orElse(null));",
        "    seen.put(\"ids\", ids);",
        "    seen.put(\"at\", at.orElse(null));",
        "    seen.put(\"port\", port.orElse(null));",
        "    seen.put(\"session\", session.orElse(null));",
        "    seen.put(\"order\", order.orElse(null));",
        "    return seen;",
        "  }",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.ALB, path = \"/raw/{rest+}\", priority = 2, multiValueHeaders = true),",
        "      @Trigger(source = Source.API_GATEWAY_REST, path = \"/raw/{rest+}\"),",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/raw/{rest+}\")})",
        "  public static Map<String, Object> raw(@PathParam(\"rest\") String rest, HttpRequest request) {",
        "    Map<String, Object> seen = new LinkedHashMap<>();",
        "    seen.put(\"source\", request.source().name());",
        "    seen.put(\"method\", request.method());",
        "    seen.put(\"path\", request.path());",
        "    seen.put(\"rest\", request.pathParam(\"rest\"));",
        "    seen.put(\"headers\", request.headers());",
        "    seen.put(\"query\", request.queryParams());",
        "    seen.put(\"cookies\", request.cookies());",
        "    seen.put(\"remote\", request.remoteAddress());",
        "    seen.put(\"claims\", request.claims().size());",
        "    seen.put(\"authorizer\", request.authorizer().size());",
        "    seen.put(\"stageVariables\", request.stageVariables());",
        "    seen.put(\"contentType\", request.contentType());",
        "    seen.put(\"text\", request.bodyAsString());",
        "    seen.put(\"bytes\", request.body().length);",
        "    return seen;",
        "  }",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.ALB, path = \"/reflect/{value}\", priority = 3),",
        "      @Trigger(source = Source.API_GATEWAY_REST, path = \"/reflect/{value}\"),",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/reflect/{value}\")})",
        "  public static HttpResponse<String> reflect(@PathParam(\"value\") String value,",
        "      @HeaderParam(\"x-echo\") Optional<String> echo, @QueryParam(\"h\") Optional<String> name,",
        "      @QueryParam(\"c\") Optional<String> cookie, @QueryParam(\"s\") Optional<Integer> status,",
        "      @HeaderParam(\"x-ct\") Optional<String> type, @QueryParam(\"fail\") Optional<Integer> fail) {",
        "    if (fail.isPresent()) {",
        "      throw new HttpException(Math.floorMod(fail.get(), 200) + 400, \"failed \" + value);",
        "    }",
        "    HttpResponse<String> response = HttpResponse.status(status.orElse(200), value)",
        "        .header(\"X-Value\", value)",
        "        .header(name.orElse(\"X-Name\"), echo.orElse(\"none\"));",
        "    if (cookie.isPresent()) {",
        "      response = response.cookie(cookie.get()).cookie(\"v=\" + value);",
        "    }",
        "    return type.isPresent() ? response.contentType(type.get()) : response;",
        "  }",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.ALB, path = \"/text/{id}\", priority = 4, multiValueHeaders = true),",
        "      @Trigger(source = Source.API_GATEWAY_REST, path = \"/text/{id}\"),",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/text/{id}\")})",
        "  public static String text(@PathParam(\"id\") long id, @Body String text,",
        "      @HeaderParam(\"x-flag\") Optional<Boolean> flag, @CookieParam(\"cookie1\") Optional<String> c1) {",
        "    return id + \":\" + flag.orElse(false) + \":\" + c1.orElse(\"-\") + \":\" + text;",
        "  }",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.ALB, method = \"POST\", path = \"/mixed\", priority = 5),",
        "      @Trigger(source = Source.API_GATEWAY_REST, method = \"POST\", path = \"/mixed\"),",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/mixed\"),",
        "      @Trigger(source = Source.SDK)})",
        "  public Total mixed(@Body Order order, Context context) {",
        "    return total(order);",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.SDK))",
        "  public static Total total(Order order) {",
        "    if (order == null) {",
        "      return new Total(null, 0);",
        "    }",
        "    if (\"fail\".equals(order.id())) {",
        "      throw new IllegalStateException(\"order \" + order.id() + \" cannot be totalled\");",
        "    }",
        "    return new Total(order.id(), order.lines() == null ? 0 : order.lines().size());",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.SDK))",
        "  public static long count(List<Line> lines) {",
        "    return lines == null ? 0 : lines.size();",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.SDK))",
        "  public static int twice(int n) {",
        "    return n * 2;",
        "  }",
        "}");
  }
}
