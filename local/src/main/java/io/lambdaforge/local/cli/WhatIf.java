package io.lambdaforge.local.cli;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.Architecture;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.pricing.LambdaPrices;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.local.family.SourceFamilies;
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
   * A function with this configuration and traffic behind the trigger {@code source}'s family
   * prices (none for SDK: direct invoke).
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
    SourceFamilies.of(source).whatIfTrigger(source).ifPresent(function::trigger);
    return Application.of(List.of(function.build()));
  }

  /** {@code catalog} with the Lambda free tier set to zero requests and zero GB-seconds. */
  static PricingCatalog withoutFreeTier(PricingCatalog catalog) {
    LambdaPrices lambda = catalog.lambda();
    LambdaPrices paid = new LambdaPrices(lambda.requestPricePerMillion(), lambda.billingGranularityMs(),
        lambda.durationTiers(), new LambdaPrices.FreeTier(0, BigDecimal.ZERO), lambda.ephemeralStorage(),
        lambda.provisionedConcurrency());
    return new PricingCatalog(catalog.effectiveDate(), catalog.region(), catalog.regionName(),
        catalog.currency(), catalog.sources(), paid, catalog.apiGateway(), catalog.alb(), catalog.cloudFront());
  }
}
