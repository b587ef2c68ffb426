package io.lambdaforge.processor.descriptor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * A realistic compilation for the golden descriptor: API Gateway REST, HTTP API with direct
 * invoke, ALB with single- and multi-value headers, direct invoke only, unknown traffic, arm64,
 * environment, /tmp above 512 MB and budgets, spread over two classes.
 */
final class SampleApp {
  private SampleApp() {}

  static JavaFileObject orders() {
    return JavaFileObjects.forSourceLines(
        "com.acme.shop.Orders",
        "package com.acme.shop;",
        "",
        "import io.lambdaforge.annotations.*;",
        "",
        "public class Orders {",
        "  public record Order(String id, int quantity) {}",
        "  public record Receipt(String id, long totalCents) {}",
        "",
        "  @Function(name = \"get-order\", memory = 1024, architecture = Architecture.ARM64,",
        "      description = \"Reads one order\",",
        "      environment = {@Env(name = \"TABLE\", value = \"orders\"),",
        "                     @Env(name = \"LOG_LEVEL\", value = \"info\")},",
        "      traffic = @Traffic(invocationsPerMonth = 3_000_000, averageDurationMs = 120),",
        "      monthlyBudgetUsd = 50,",
        "      triggers = @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\",",
        "                          path = \"/orders/{id}\"))",
        "  @SuppressWarnings(\"lambdaforge:budget-worst-case\")",
        "  public Order getOrder(@PathParam(\"id\") String id) {",
        "    return new Order(id, 1);",
        "  }",
        "",
        "  @Function(name = \"create-order\", timeout = 20,",
        "      traffic = @Traffic(invocationsPerMonth = 500_000, averageDurationMs = 250,",
        "                         averageRequestBytes = 2048),",
        "      triggers = {@Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\",",
        "                           path = \"/orders\"),",
        "                  @Trigger(source = Source.SDK)})",
        "  public Receipt createOrder(@Body Order order) {",
        "    return new Receipt(order.id(), 100L * order.quantity());",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\",",
        "                                path = \"/orders\"))",
        "  public String listOrders(@QueryParam(\"status\") String status) {",
        "    return \"[]\";",
        "  }",
        "",
        "  @Function(memory = 256, timeout = 60, ephemeralStorage = 1024,",
        "      traffic = @Traffic(invocationsPerMonth = 10_000, averageDurationMs = 4_000))",
        "  public static Receipt recalculate(Order order) {",
        "    return new Receipt(order.id(), 0);",
        "  }",
        "}");
  }

  static JavaFileObject web() {
    return JavaFileObjects.forSourceLines(
        "com.acme.shop.Web",
        "package com.acme.shop;",
        "",
        "import io.lambdaforge.annotations.*;",
        "",
        "public class Web {",
        "  @Function(name = \"health\", memory = 128,",
        "      traffic = @Traffic(invocationsPerMonth = 250_000, averageDurationMs = 3),",
        "      triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \"/health\",",
        "                          priority = 10))",
        "  public static String health() {",
        "    return \"ok\";",
        "  }",
        "",
        "  @Function(name = \"search\",",
        "      traffic = @Traffic(invocationsPerMonth = 1_000_000, averageDurationMs = 80,",
        "                         averageResponseBytes = 8192),",
        "      triggers = @Trigger(source = Source.ALB, path = \"/search/{path+}\", priority = 20,",
        "                          multiValueHeaders = true))",
        "  public static String search(@PathParam(\"path\") String path,",
        "                              @QueryParam(\"q\") String q) {",
        "    return path + q;",
        "  }",
        "}");
  }
}
