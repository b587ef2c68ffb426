package io.lambdaforge.descriptor.sample;

import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.math.BigDecimal;
import java.util.List;

/** The sample application behind the golden files: every trigger kind, known and unknown traffic. */
public final class SampleApplication {
  private SampleApplication() {}

  public static Application create() {
    FunctionSpec getOrder = FunctionSpec.builder("getOrder", "com.example.orders.GetOrder_Adapter::handleRequest")
        .memoryMb(1024)
        .timeoutSeconds(10)
        .architecture(Architecture.ARM64)
        .description("Returns one order")
        .env("TABLE_NAME", "orders")
        .env("LOG_LEVEL", "INFO")
        .trigger(TriggerSpec.httpApi("GET", "/orders/{id}"))
        .trigger(TriggerSpec.restApi("get", "/v1/orders/{id}"))
        .traffic(new TrafficSpec(5_000_000, 45, 2048, 4096))
        .monthlyBudgetUsd(new BigDecimal("25"))
        .build();
    FunctionSpec legacyOrders = FunctionSpec.builder("legacy-orders", "com.example.orders.Legacy_Adapter::handleRequest")
        .memoryMb(512)
        .timeoutSeconds(30)
        .trigger(TriggerSpec.alb("ANY", "/legacy/{path+}", 10, true))
        .trigger(TriggerSpec.alb("POST", "/legacy-import/{batch}", 20, false))
        .traffic(new TrafficSpec(2_000_000, 120, 1024, 8192))
        .build();
    FunctionSpec reindex = FunctionSpec.builder("reindex", "com.example.search.Reindex_Adapter::handleRequest")
        .memoryMb(3008)
        .timeoutSeconds(900)
        .ephemeralStorageMb(2048)
        .description("Rebuilds the search index")
        .trigger(TriggerSpec.sdk())
        .monthlyBudgetUsd(new BigDecimal("5"))
        .build();
    return new Application("java21", "target/orders-lambda.zip", "us-east-1",
        List.of(reindex, legacyOrders, getOrder));
  }
}
