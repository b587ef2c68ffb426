package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;

import org.junit.jupiter.api.Test;

/** Environment variables: names, reserved keys, duplicates, 4 KB total. */
class EnvironmentErrorsTest {
  @Test
  void envName() {
    assertError("LF_ENV_NAME", "\"1BAD\"",
        "@Function(environment = {",
        "    @Env(name = \"OK\", value = \"1\"),",
        "    @Env(name = \"1BAD\", value = \"2\")})",
        "public static void a() {}");
  }

  @Test
  void envReserved() {
    assertError("LF_ENV_RESERVED", "AWS_LAMBDA_FUNCTION_NAME",
        "@Function(environment = {",
        "    @Env(name = \"TZ\", value = \"UTC\"),",
        "    @Env(name = \"AWS_LAMBDA_FUNCTION_NAME\", value = \"x\")})",
        "public static void a() {}");
  }

  @Test
  void envDuplicate() {
    assertError("LF_ENV_DUPLICATE", "value = \"second\"",
        "@Function(environment = {",
        "    @Env(name = \"MODE\", value = \"first\"),",
        "    @Env(name = \"MODE\", value = \"second\")})",
        "public static void a() {}");
  }

  @Test
  void envSize() {
    assertError("LF_ENV_SIZE", "environment = {",
        "static final String BIG = \"" + "x".repeat(4090) + "\";",
        "@Function(environment = {",
        "    @Env(name = \"BIG\", value = BIG),",
        "    @Env(name = \"MORE\", value = \"y\")})",
        "public static void a() {}");
  }

  @Test
  void tzAndExactlyFourKilobytesAreAllowed() {
    assertThat(
            Compilations.compile(
                Compilations.api(
                    "@Function(environment = {",
                    "    @Env(name = \"TZ\", value = \"UTC\"),",
                    "    @Env(name = \"BIG\", value = \"" + "x".repeat(4096 - 3 - 5) + "\")})",
                    "public static void a() {}")))
        .succeededWithoutWarnings();
  }
}
