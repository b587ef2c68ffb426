package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Cors} rules: one negative test per {@code LF_CORS_*} code, and what passes. */
class CorsErrorsTest {
  @Test
  void corsOnAMethodWithoutAnHttpTrigger() {
    assertError("LF_CORS_WITHOUT_HTTP", "@Cors(allowOrigins",
        "@Function",
        "@Cors(allowOrigins = \"https://app.example.com\")",
        "public static String a(String s) { return s; }");
  }

  @Test
  void malformedOrigin() {
    assertError("LF_CORS_ORIGIN", "allowOrigins = \"https://app.example.com/\"",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/a\"))",
        "@Cors(allowOrigins = \"https://app.example.com/\")",
        "public static void a() {}");
  }

  @Test
  void originWithoutScheme() {
    assertError("LF_CORS_ORIGIN", "app.example.com",
        "@Function(triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \"/a\", priority = 1))",
        "@Cors(allowOrigins = \"app.example.com\")",
        "public static void a() {}");
  }

  @Test
  void credentialsWithTheWildcardOrigin() {
    assertError("LF_CORS_CREDENTIALS_WILDCARD", "allowCredentials = true",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/a\"))",
        "@Cors(allowOrigins = \"*\",",
        "    allowCredentials = true)",
        "public static void a() {}");
  }

  @Test
  void aFunctionUrlMaxAgeAboveADay() {
    assertError("LF_CORS_LIMIT", "maxAgeSeconds = 86401",
        "@Function(triggers = @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/a\"))",
        "@Cors(allowOrigins = \"https://app.example.com\",",
        "    maxAgeSeconds = 86401)",
        "public static void a() {}");
  }

  @Test
  void aFunctionUrlDoesNotListOptions() {
    assertError("LF_CORS_LIMIT", "allowMethods = {\"GET\", \"OPTIONS\"}",
        "@Function(triggers = @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/a\"))",
        "@Cors(allowOrigins = \"https://app.example.com\",",
        "    allowMethods = {\"GET\", \"OPTIONS\"})",
        "public static void a() {}");
  }

  @Test
  void aRestApiTakesOneOrigin() {
    assertError("LF_CORS_LIMIT", "allowOrigins = {",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/a\"))",
        "@Cors(allowOrigins = {\"https://a.example.com\", \"https://b.example.com\"})",
        "public static void a() {}");
  }

  @Test
  void twoFunctionsOfOneHttpApiThatDisagree() {
    // a clash between functions: the aggregating DescriptorProcessor reports it on the later one
    JavaFileObject api = Compilations.api(
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/a\"))",
        "@Cors(allowOrigins = \"https://a.example.com\")",
        "public static void a() {}",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/b\"))",
        "@Cors(allowOrigins = \"https://b.example.com\")",
        "public static void b() {}");
    Compilation compilation =
        Compiler.javac().withProcessors(new FunctionProcessor(), new DescriptorProcessor()).compile(api);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[LF_CORS_CONFLICT]").inFile(api)
        .onLineContaining("@Cors(allowOrigins = \"https://b.example.com\")");
    assertThat(compilation).hadErrorContaining("com.acme.Api#a");
  }

  @Test
  void aClassCorsAppliesToItsHttpFunctionsAndFunctionUrlsMayDiffer() {
    assertThat(
            Compilations.compile(
                Compilations.api(
                    "@Function(triggers = @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/a\"))",
                    "@Cors(allowOrigins = \"https://a.example.com\")",
                    "public static void a() {}",
                    "@Function(triggers = @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/b\"))",
                    "@Cors(allowOrigins = {\"http://localhost:3000\", \"https://[::1]:8443\"}, maxAgeSeconds = 86400)",
                    "public static void b() {}",
                    "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/c\"))",
                    "@Cors(allowOrigins = \"https://a.example.com\")",
                    "public static void c() {}",
                    "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/d\"))",
                    "@Cors(allowOrigins = \"https://a.example.com\")",
                    "public static void d() {}")))
        .succeededWithoutWarnings();
  }
}
