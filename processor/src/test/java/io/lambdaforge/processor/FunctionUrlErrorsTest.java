package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;

import org.junit.jupiter.api.Test;

/**
 * {@code @FunctionUrl} and {@code FUNCTION_URL} triggers: the annotation needs a trigger, CloudFront
 * needs AWS_IAM, routes conflict within the function only, and no gateway caps the timeout.
 */
class FunctionUrlErrorsTest {
  @Test
  void functionUrlWithoutTrigger() {
    assertError("LF_FUNCTION_URL_WITHOUT_TRIGGER", "@FunctionUrl(auth",
        "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, path = \"/a\"))",
        "@FunctionUrl(auth = FunctionUrl.AuthType.NONE)",
        "public static void a() {}");
  }

  @Test
  void functionUrlOnADirectInvokeFunction() {
    assertError("LF_FUNCTION_URL_WITHOUT_TRIGGER", "@FunctionUrl",
        "@Function",
        "@FunctionUrl",
        "public static String a(String s) { return s; }");
  }

  @Test
  void cloudFrontNeedsIam() {
    assertError("LF_FUNCTION_URL_CLOUDFRONT_AUTH", "auth = FunctionUrl.AuthType.NONE",
        "@Function(triggers = @Trigger(source = Source.FUNCTION_URL, path = \"/\"))",
        "@FunctionUrl(behindCloudFront = true,",
        "    auth = FunctionUrl.AuthType.NONE)",
        "public static void a() {}");
  }

  @Test
  void theSameUrlRouteInTwoFunctionsIsFineAndTheTimeoutMayReach900Seconds() {
    assertThat(
            Compilations.compile(
                Compilations.api(
                    "@Function(timeout = 900,",
                    "    triggers = @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/a\"))",
                    "public static void a() {}",
                    "@Function(triggers = @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/a\"))",
                    "@FunctionUrl(auth = FunctionUrl.AuthType.NONE)",
                    "public static void b() {}")))
        .succeededWithoutWarnings();
  }
}
