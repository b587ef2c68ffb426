package io.lambdaforge.processor.http;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The rules for functions with HTTP triggers and an SDK trigger: one negative test per code. */
class MixedInvokeErrorsTest {
  private static final String MIXED =
      "@Function(triggers = {@Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\","
          + " path = \"/orders/{id}\"), @Trigger(source = Source.SDK)})";

  private static JavaFileObject api(String... members) {
    String[] lines = new String[members.length + 10];
    int i = 0;
    lines[i++] = "package com.acme;";
    lines[i++] = "import com.amazonaws.services.lambda.runtime.Context;";
    lines[i++] = "import io.lambdaforge.annotations.*;";
    lines[i++] = "import io.lambdaforge.runtime.http.HttpRequest;";
    lines[i++] = "import io.lambdaforge.runtime.http.HttpResponse;";
    lines[i++] = "import java.util.*;";
    lines[i++] = "public class Api {";
    lines[i++] = "  public record Order(String id, int quantity) {}";
    for (String member : members) {
      lines[i++] = "  " + member;
    }
    lines[i++] = "}";
    lines[i++] = "";
    return Harness.source("com.acme.Api", lines);
  }

  private static void assertOneError(String code, String text, String line, String... members) {
    JavaFileObject source = api(members);
    Compilation compilation = Harness.compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + code + "] " + text).inFile(source).onLineContaining(line);
    assertEquals(1, compilation.errors().size(), () -> Harness.messages(compilation));
  }

  @Test
  void requestPartsCannotBeBoundOnDirectInvoke() {
    assertOneError(
        "LF_SDK_REQUEST_PARAMETER",
        "@PathParam(\"id\") on parameter id has no value when com.acme.Api#a is invoked directly",
        "@PathParam(\"id\") String id",
        MIXED,
        "public static void a(@Body Order order,",
        "    @PathParam(\"id\") String id) {}");
  }

  @Test
  void requestViewCannotBeBoundOnDirectInvoke() {
    assertOneError(
        "LF_SDK_REQUEST_PARAMETER",
        "HttpRequest on parameter request has no value",
        "HttpRequest request",
        "@Function(triggers = {@Trigger(source = Source.ALB, path = \"/a\", priority = 1),",
        "    @Trigger(source = Source.SDK)})",
        "public static void a(",
        "    HttpRequest request) {}");
  }

  @Test
  void httpResponseCannotBeReturnedOnDirectInvoke() {
    assertOneError(
        "LF_SDK_HTTP_RESPONSE",
        "HttpResponse is an HTTP result, but com.acme.Api#a also has an SDK trigger",
        "public static HttpResponse<Order> a",
        "@Function(triggers = {@Trigger(source = Source.API_GATEWAY_REST, path = \"/a\"),",
        "    @Trigger(source = Source.SDK)})",
        "public static HttpResponse<Order> a(Order order) { return HttpResponse.ok(order); }");
  }

  @Test
  void bodyAndUnannotatedInputAreExclusive() {
    assertOneError(
        "LF_BODY_AND_PAYLOAD",
        "parameter extra is un-annotated, which for com.acme.Api#a (HTTP and SDK triggers) means the"
            + " request body, but @Body is already on order",
        "Order extra",
        "@Function(triggers = {@Trigger(source = Source.API_GATEWAY_REST, path = \"/a\"),",
        "    @Trigger(source = Source.SDK)})",
        "public static void a(@Body Order order, Context context,",
        "    Order extra) {}");
  }

  @Test
  void bodyAndContextAreAllowed() {
    Compilation compilation =
        Harness.compile(
            api(
                "@Function(triggers = {@Trigger(source = Source.API_GATEWAY_REST, path = \"/a\"),",
                "    @Trigger(source = Source.SDK)})",
                "public static Optional<Order> a(@Body Optional<Order> order, Context context) {",
                "  return order;",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.Api_AHandler");
  }
}
