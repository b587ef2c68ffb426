package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.google.testing.compile.Compilation;
import io.lambdaforge.runtime.internal.sdk.PayloadException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Compiles a sample, loads the generated adapters and invokes them like the Lambda runtime. */
class SdkAdapterFunctionalTest {
  private static Compilation compilation;
  private static ClassLoader loader;

  @BeforeAll
  static void compileSample() {
    compilation =
        Compilations.compile(
            Compilations.source(
                "com.acme.Shop",
                "package com.acme;",
                "",
                "import com.amazonaws.services.lambda.runtime.Context;",
                "import io.lambdaforge.annotations.*;",
                "import java.io.IOException;",
                "import java.io.InputStream;",
                "import java.util.List;",
                "import java.util.Optional;",
                "import java.util.concurrent.TimeoutException;",
                "",
                "public class Shop {",
                "  public record Line(String sku, int quantity) {}",
                "  public record Total(int items, String by, int calls) {}",
                "  private int calls;",
                "",
                "  @Function",
                "  public Total total(List<Line> lines, Context context) {",
                "    calls++;",
                "    int items = lines.stream().mapToInt(Line::quantity).sum();",
                "    return new Total(items, context.getFunctionName(), calls);",
                "  }",
                "",
                "  @Function(name = \"greeter\")",
                "  public static String greet(String name) { return \"hello \" + name; }",
                "",
                "  public static int pings;",
                "  @Function public static void ping() { pings++; }",
                "",
                "  @Function(triggers = @Trigger(source = Source.SDK))",
                "  public static Optional<Line> first(Optional<List<Line>> lines) {",
                "    return lines.flatMap(l -> l.stream().findFirst());",
                "  }",
                "",
                "  @Function public static int square(int x) { return x * x; }",
                "",
                "  @Function public static Line fail(Line line) throws TimeoutException {",
                "    throw new TimeoutException(\"slow \" + line.sku());",
                "  }",
                "",
                "  @Function public static long count(InputStream in) throws IOException {",
                "    return in.readAllBytes().length;",
                "  }",
                "",
                "  @Function(triggers = @Trigger(source = Source.ALB, path = \"/x\", priority = 1))",
                "  public static String http() { return \"x\"; }",
                "",
                "  public static class Nested {",
                "    @Function public Line echo(Line line) { return line; }",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    loader = Compilations.classLoader(compilation);
  }

  private static String invoke(String adapter, String payload) throws Exception {
    RequestStreamHandler handler =
        (RequestStreamHandler)
            loader.loadClass("com.acme." + adapter).getDeclaredConstructor().newInstance();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(
        new ByteArrayInputStream(payload.getBytes(StandardCharsets.UTF_8)),
        out,
        new TestContext("fn-" + adapter));
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void recordListInRecordOutWithContextAndOneInstance() throws Exception {
    String lines = "[{\"sku\":\"a\",\"quantity\":2},{\"sku\":\"b\",\"quantity\":3}]";
    assertEquals(
        "{\"items\":5,\"by\":\"fn-Shop_TotalHandler\",\"calls\":1}", invoke("Shop_TotalHandler", lines));
    // A second adapter instance still calls the same target object, created once at init.
    assertEquals(
        "{\"items\":5,\"by\":\"fn-Shop_TotalHandler\",\"calls\":2}", invoke("Shop_TotalHandler", lines));
  }

  @Test
  void stringInStringOut() throws Exception {
    assertEquals("\"hello ada\"", invoke("Shop_GreetHandler", "\"ada\""));
    assertEquals("\"hello null\"", invoke("Shop_GreetHandler", ""));
  }

  @Test
  void voidWritesNull() throws Exception {
    int before = (int) loader.loadClass("com.acme.Shop").getField("pings").get(null);
    assertEquals("null", invoke("Shop_PingHandler", "{\"ignored\":true}"));
    assertEquals(before + 1, loader.loadClass("com.acme.Shop").getField("pings").get(null));
  }

  @Test
  void optionalInAndOut() throws Exception {
    assertEquals("{\"sku\":\"a\",\"quantity\":1}", invoke("Shop_FirstHandler", "[{\"sku\":\"a\",\"quantity\":1}]"));
    assertEquals("null", invoke("Shop_FirstHandler", "[]"));
    assertEquals("null", invoke("Shop_FirstHandler", "null"));
  }

  @Test
  void primitives() throws Exception {
    assertEquals("49", invoke("Shop_SquareHandler", "7"));
    PayloadException e =
        assertThrows(PayloadException.class, () -> invoke("Shop_SquareHandler", ""));
    assertEquals("function square: payload does not bind to int: the payload is empty", e.getMessage());
  }

  @Test
  void badPayloadNamesFunctionTypeAndLocation() {
    PayloadException e =
        assertThrows(
            PayloadException.class,
            () -> invoke("Shop_TotalHandler", "[{\"sku\":\"a\",\"quantity\":\"two\"}]"));
    assertTrue(
        e.getMessage().startsWith("function total: payload does not bind to java.util.List<com.acme.Shop$Line>: "),
        e.getMessage());
    assertTrue(e.getMessage().contains("at $[0].quantity (line 1, column "), e.getMessage());
    PayloadException malformed =
        assertThrows(PayloadException.class, () -> invoke("Shop_GreetHandler", "{not json"));
    assertTrue(malformed.getMessage().startsWith("function greeter: payload does not bind to java.lang.String: "));
  }

  @Test
  void userExceptionsPropagateUnchanged() throws Exception {
    Exception e =
        assertThrows(Exception.class, () -> invoke("Shop_FailHandler", "{\"sku\":\"s1\"}"));
    assertEquals("java.util.concurrent.TimeoutException", e.getClass().getName());
    assertEquals("slow s1", e.getMessage());
  }

  @Test
  void inputStreamReceivesTheRawPayload() throws Exception {
    assertEquals("9", invoke("Shop_CountHandler", "not json!"));
  }

  @Test
  void nestedClassAdapterName() throws Exception {
    assertEquals(
        "{\"sku\":\"n\",\"quantity\":4}", invoke("Shop_Nested_EchoHandler", "{\"sku\":\"n\",\"quantity\":4}"));
  }

  @Test
  void httpFunctionsGetTheHttpAdapterInstead() throws IOException {
    String adapter =
        compilation.generatedSourceFile("com.acme.Shop_HttpHandler").orElseThrow()
            .getCharContent(false).toString();
    assertTrue(adapter.contains("HttpDispatcher"), adapter);
    assertFalse(adapter.contains("PayloadReader"), adapter);
  }
}
