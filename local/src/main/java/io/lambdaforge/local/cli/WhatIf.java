package io.lambdaforge.local.cli;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.descriptor.pricing.LambdaPrices;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;
import java.util.List;

/** The one-function application and the catalog variant the what-if calculator prices. */
final class WhatIf {
  /** Name of the function the calculator prices. */
  static final String FUNCTION = "what-if";
  /** Handler string of that function (never loaded). */
  static final String HANDLER = "what.if.Handler::handleRequest";
  /** Default timeout, as the annotation's, raised when the duration needs more. */
  static final int DEFAULT_TIMEOUT_SECONDS = 10;

  private WhatIf() {}

  /**
   * A function with this configuration and traffic behind one trigger of {@code source} (no
   * trigger for SDK: direct invoke).
   *
   * @throws IllegalArgumentException when a value is outside Lambda's limits
   */
  static Application application(int memoryMb, Architecture architecture, long invocations, long durationMs,
      int ephemeralStorageMb, Integer timeoutSeconds, Source source, long requestBytes, long responseBytes) {
    int timeout = timeoutSeconds != null ? timeoutSeconds
        : (int) Math.max(DEFAULT_TIMEOUT_SECONDS, Math.min(900, (durationMs + 999) / 1000));
    FunctionSpec.Builder function = FunctionSpec.builder(FUNCTION, HANDLER)
        .memoryMb(memoryMb)
        .architecture(architecture)
        .ephemeralStorageMb(ephemeralStorageMb)
        .timeoutSeconds(timeout)
        .traffic(new TrafficSpec(invocations, durationMs, requestBytes, responseBytes));
    switch (source) {
      case API_GATEWAY_HTTP -> function.trigger(TriggerSpec.httpApi("ANY", "/"));
      case API_GATEWAY_REST -> function.trigger(TriggerSpec.restApi("ANY", "/"));
      case ALB -> function.trigger(TriggerSpec.alb("ANY", "/", 1, false));
      case SDK -> { }
    }
    return Application.of(List.of(function.build()));
  }

  /** {@code catalog} with the Lambda free tier set to zero requests and zero GB-seconds. */
  static PricingCatalog withoutFreeTier(PricingCatalog catalog) {
    LambdaPrices lambda = catalog.lambda();
    LambdaPrices paid = new LambdaPrices(lambda.requestPricePerMillion(), lambda.billingGranularityMs(),
        lambda.durationTiers(), new LambdaPrices.FreeTier(0, BigDecimal.ZERO), lambda.ephemeralStorage(),
        lambda.provisionedConcurrency());
    return new PricingCatalog(catalog.effectiveDate(), catalog.region(), catalog.regionName(),
        catalog.currency(), catalog.sources(), paid, catalog.apiGateway(), catalog.alb());
  }
}
