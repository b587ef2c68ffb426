package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;

import org.junit.jupiter.api.Test;

/** Triggers: methods, paths, per-source attributes, gateway timeouts. */
class TriggerErrorsTest {
  @Test
  void gatewayTimeout() {
    assertError("LF_GATEWAY_TIMEOUT", "timeout = 30",
        "@Function(timeout = 30,",
        "    triggers = @Trigger(source = Source.API_GATEWAY_REST, path = \"/a\"))",
        "public static void a() {}");
  }

  @Test
  void gatewayTimeoutCanBeSuppressed() {
    assertThat(
            Compilations.compile(
                Compilations.api(
                    "@SuppressWarnings(\"lambdaforge:gateway-timeout\")",
                    "@Function(timeout = 60,",
                    "    triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\"))",
                    "public static void a() {}")))
        .succeededWithoutWarnings();
  }

  @Test
  void albPriorityRange() {
    assertError("LF_ALB_PRIORITY_RANGE", "source = Source.ALB",
        "@Function(triggers = {",
        "    @Trigger(source = Source.ALB, path = \"/a\")})",
        "public static void a() {}");
  }

  @Test
  void routeSyntax() {
    assertError("LF_ROUTE_SYNTAX", "\"/files/{path+}/x\"",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP,",
        "    path = \"/files/{path+}/x\"))",
        "public static void a(@PathParam(\"path\") String path) {}");
  }

  @Test
  void httpMethod() {
    assertError("LF_HTTP_METHOD", "\"FETCH\"",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP,",
        "    method = \"FETCH\", path = \"/a\"))",
        "public static void a() {}");
  }

  @Test
  void pathRequired() {
    assertError("LF_PATH_REQUIRED", "@Trigger(source = Source.API_GATEWAY_REST)",
        "@Function(triggers =",
        "    @Trigger(source = Source.API_GATEWAY_REST))",
        "public static void a() {}");
  }

  @Test
  void sdkTriggerAttribute() {
    assertError("LF_SDK_TRIGGER_ATTRIBUTE", "path = \"/sdk\"",
        "@Function(triggers = @Trigger(source = Source.SDK,",
        "    path = \"/sdk\"))",
        "public static void a() {}");
  }

  @Test
  void albOnlyAttribute() {
    assertError("LF_ALB_ONLY_ATTRIBUTE", "multiValueHeaders = true",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\",",
        "    multiValueHeaders = true))",
        "public static void a() {}");
  }
}
