package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Parameter bindings against triggers and types. */
class BindingErrorsTest {
  private static final String HTTP =
      "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/orders/{id}\"))";

  @Test
  void pathParamUnbound() {
    assertError("LF_PATH_PARAM_UNBOUND", "path = \"/orders/{id}\"",
        HTTP,
        "public static void a() {}");
  }

  @Test
  void pathParamNotInPath() {
    assertError("LF_PATH_PARAM_NOT_IN_PATH", "@PathParam(\"key\")",
        HTTP,
        "public static void a(@PathParam(\"id\") String id,",
        "    @PathParam(\"key\") String key) {}");
  }

  @Test
  void httpBindingWithoutHttpTrigger() {
    assertError("LF_HTTP_BINDING_WITHOUT_HTTP", "@QueryParam(\"q\")",
        "@Function",
        "public static void a(",
        "    @QueryParam(\"q\") String q) {}");
  }

  @Test
  void multipleBodies() {
    assertError("LF_MULTIPLE_BODIES", "@Body Order second",
        HTTP,
        "public static void a(@PathParam(\"id\") String id, @Body Order first,",
        "    @Body Order second) {}");
  }

  @Test
  void multipleBindings() {
    assertError("LF_MULTIPLE_BINDINGS", "@HeaderParam(\"h\")",
        HTTP,
        "public static void a(@PathParam(\"id\") String id,",
        "    @QueryParam(\"q\") @HeaderParam(\"h\") String x) {}");
  }

  @Test
  void unbindableType() {
    assertError("LF_UNBINDABLE_TYPE", "Map<String, String> filters",
        HTTP,
        "public static void a(@PathParam(\"id\") String id,",
        "    @QueryParam(\"f\") Map<String, String> filters) {}");
  }

  @Test
  void multiplePayloads() {
    assertError("LF_MULTIPLE_PAYLOADS", "String second",
        "@Function",
        "public static void a(String first, Context context,",
        "    String second) {}");
  }

  @Test
  void unboundParameterOnHttpOnlyFunction() {
    assertError("LF_UNBOUND_PARAMETER", "Order order",
        HTTP,
        "public static void a(@PathParam(\"id\") String id, Context context,",
        "    Order order) {}");
  }

  @Test
  void httpResponseWithoutHttpTrigger() {
    JavaFileObject response =
        Compilations.source(
            "io.lambdaforge.runtime.http.HttpResponse",
            "package io.lambdaforge.runtime.http;",
            "public final class HttpResponse<T> {}");
    JavaFileObject api =
        Compilations.api(
            "@Function",
            "public static io.lambdaforge.runtime.http.HttpResponse<String> a() { return null; }");
    Compilation compilation = Compilations.compile(api, response);
    assertThat(compilation)
        .hadErrorContaining("[LF_HTTP_RESPONSE_WITHOUT_HTTP]")
        .inFile(api)
        .onLineContaining("HttpResponse<String> a()");
  }

  @Test
  void mixedSdkAndHttpFunctionsMayHaveOnePayload() {
    assertThat(
            Compilations.compile(
                Compilations.api(
                    "@Function(triggers = {@Trigger(source = Source.SDK),",
                    "    @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/o\")})",
                    "public static Order a(Order order, Context context) { return order; }")))
        .succeededWithoutWarnings();
  }
}
