package io.lambdaforge.processor;

import static io.lambdaforge.processor.Compilations.assertError;

import org.junit.jupiter.api.Test;

/** Function limits: memory, timeout, /tmp, name, handler length, budget, traffic. */
class LimitsErrorsTest {
  @Test
  void memoryRange() {
    assertError("LF_MEMORY_RANGE", "memory = 100",
        "@Function(",
        "    memory = 100)",
        "public static void a() {}");
  }

  @Test
  void timeoutRange() {
    assertError("LF_TIMEOUT_RANGE", "timeout = 901",
        "@Function(timeout = 901)",
        "public static void a() {}");
  }

  @Test
  void ephemeralStorageRange() {
    assertError("LF_EPHEMERAL_STORAGE_RANGE", "ephemeralStorage = 256",
        "@Function(ephemeralStorage = 256)",
        "public static void a() {}");
  }

  @Test
  void functionName() {
    assertError("LF_FUNCTION_NAME", "name = \"bad name!\"",
        "@Function(name = \"bad name!\")",
        "public static void a() {}");
  }

  @Test
  void handlerLength() {
    String method = "m" + "x".repeat(95);
    assertError("LF_HANDLER_LENGTH", "void " + method,
        "@Function(name = \"short\")",
        "public static void " + method + "() {}");
  }

  @Test
  void budgetNegative() {
    assertError("LF_BUDGET_NEGATIVE", "monthlyBudgetUsd = -1",
        "@Function(monthlyBudgetUsd = -1)",
        "public static void a() {}");
  }

  @Test
  void trafficNegative() {
    assertError("LF_TRAFFIC_NEGATIVE", "invocationsPerMonth = -5",
        "@Function(traffic = @Traffic(",
        "    invocationsPerMonth = -5))",
        "public static void a() {}");
  }

  /** 0..900: https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html */
  @Test
  void provisionedConcurrencyRange() {
    assertError("LF_PROVISIONED_CONCURRENCY_RANGE", "provisionedConcurrency = -1",
        "@Function(provisionedConcurrency = -1)",
        "public static void a() {}");
    assertError("LF_PROVISIONED_CONCURRENCY_RANGE", "provisionedConcurrency = 901",
        "@Function(provisionedConcurrency = 901)",
        "public static void a() {}");
  }

  /** SnapStart does not support provisioned concurrency: https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html */
  @Test
  void snapStartWithProvisionedConcurrency() {
    assertError("LF_SNAPSTART_PROVISIONED_CONCURRENCY", "provisionedConcurrency = 3",
        "@Function(snapStart = true,",
        "    provisionedConcurrency = 3)",
        "public static void a() {}");
  }

  /** SnapStart does not support ephemeral storage above 512 MB: https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html */
  @Test
  void snapStartWithLargeEphemeralStorage() {
    assertError("LF_SNAPSTART_EPHEMERAL_STORAGE", "ephemeralStorage = 1024",
        "@Function(snapStart = true,",
        "    ephemeralStorage = 1024)",
        "public static void a() {}");
  }
}
