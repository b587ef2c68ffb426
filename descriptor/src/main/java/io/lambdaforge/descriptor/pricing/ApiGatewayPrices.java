package io.lambdaforge.descriptor.pricing;

import java.util.List;

/**
 * Amazon API Gateway request prices (per million requests, tiered over the monthly count).
 *
 * @param restTiers REST API tiers
 * @param httpTiers HTTP API tiers
 * @param httpMeteringIncrementBytes HTTP API requests are metered in increments of this size
 */
public record ApiGatewayPrices(
    List<PriceTier> restTiers, List<PriceTier> httpTiers, long httpMeteringIncrementBytes) {

  public ApiGatewayPrices {
    restTiers = PriceTier.checkTiers(restTiers, "apiGateway.restTiers");
    httpTiers = PriceTier.checkTiers(httpTiers, "apiGateway.httpTiers");
    if (httpMeteringIncrementBytes < 1) {
      throw new IllegalArgumentException(
          "pricing catalog: apiGateway.httpMeteringIncrementBytes must be >= 1");
    }
  }
}
