package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import io.lambdaforge.processor.Golden;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One golden HTTP adapter per source kind (ALB single-value, ALB multi-value, REST, HTTP API) and
 * one mixed ALB + HTTP API + SDK adapter; and byte-identical output across compilations.
 */
class HttpAdapterGoldenTest {
  private static Compilation first;

  static JavaFileObject store() {
    return Harness.source(
        "com.acme.Store",
        "package com.acme;",
        "",
        "import com.amazonaws.services.lambda.runtime.Context;",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.runtime.http.HttpRequest;",
        "import io.lambdaforge.runtime.http.HttpResponse;",
        "import java.time.Instant;",
        "import java.util.List;",
        "import java.util.Optional;",
        "import java.util.UUID;",
        "",
        "public class Store {",
        "  public enum Status { OPEN, SHIPPED }",
        "  public record Order(UUID id, Status status, String tenant) {}",
        "  public record CreateOrder(String item, int quantity) {}",
        "  public record Quote(String sku, int quantity) {}",
        "  public record Price(String sku, long cents) {}",
        "",
        "  /** ALB, single-value headers. */",
        "  @Function(triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \"/orders/{id}\",",
        "      priority = 10))",
        "  public Order getOrder(@PathParam(\"id\") UUID id, @QueryParam(\"status\") Optional<Status> status,",
        "      @HeaderParam(\"x-tenant-id\") String tenant, @CookieParam(\"session\") Optional<String> session,",
        "      Context context) {",
        "    return new Order(id, status.orElse(Status.OPEN), tenant);",
        "  }",
        "",
        "  /** ALB, multi-value headers. */",
        "  @Function(triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \"/orders\",",
        "      priority = 11, multiValueHeaders = true))",
        "  public List<Order> search(@QueryParam(\"tag\") List<String> tags, @QueryParam(\"limit\") int limit,",
        "      @HeaderParam(\"x-status\") List<Status> statuses, @QueryParam(\"shipped\") Boolean shipped) {",
        "    return List.of();",
        "  }",
        "",
        "  /** API Gateway REST, static, explicit response. */",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_REST, method = \"POST\", path = \"/orders\"))",
        "  public static HttpResponse<Order> create(@Body CreateOrder body,",
        "      @HeaderParam(\"x-request-id\") Optional<UUID> requestId, HttpRequest request) {",
        "    return HttpResponse.created(new Order(requestId.orElse(null), Status.OPEN, null));",
        "  }",
        "",
        "  /** HTTP API, greedy path, raw body, parameters named like the adapter's locals. */",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"PUT\",",
        "      path = \"/files/{path+}\"))",
        "  public void upload(@PathParam(\"path\") String path, @Body byte[] binder,",
        "      @QueryParam(\"at\") Instant request, @HeaderParam(\"x-status\") Status TARGET) {",
        "  }",
        "",
        "  /** ALB + HTTP API + SDK: the un-annotated input is the body over HTTP, the payload on SDK. */",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.ALB, method = \"POST\", path = \"/price\", priority = 12),",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/price\"),",
        "      @Trigger(source = Source.SDK)})",
        "  public Optional<Price> price(Quote quote, Context context) {",
        "    return Optional.of(new Price(quote.sku(), 100L * quote.quantity()));",
        "  }",
        "}");
  }

  @BeforeAll
  static void compile() {
    first = Harness.compileClean(store());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Store_GetOrderHandler",
        "Store_SearchHandler",
        "Store_CreateHandler",
        "Store_UploadHandler",
        "Store_PriceHandler"
      })
  void adapterMatchesGolden(String adapter) throws IOException {
    Golden.assertMatches(adapter + ".java", Harness.generatedSource(first, "com.acme." + adapter));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Store_GetOrderHandler", "Store_PriceHandler", "Store_UploadHandler"})
  void generationIsDeterministic(String adapter) {
    Compilation second = Harness.compileClean(store());
    assertEquals(
        Harness.generatedSource(first, "com.acme." + adapter),
        Harness.generatedSource(second, "com.acme." + adapter));
  }
}
