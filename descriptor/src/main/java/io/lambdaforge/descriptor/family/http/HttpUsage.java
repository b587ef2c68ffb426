package io.lambdaforge.descriptor.family.http;

import io.lambdaforge.descriptor.family.FamilyUsage;
import java.math.BigDecimal;

/**
 * The HTTP family's billable quantities.
 *
 * @param restRequests REST API requests
 * @param httpMeteredRequests HTTP API requests in metering increments
 * @param alb the ALB load
 * @param albFixed the share of the ALB hourly charge
 */
record HttpUsage(BigDecimal restRequests, BigDecimal httpMeteredRequests, AlbLoad alb,
    BigDecimal albFixed) implements FamilyUsage {

  static final HttpUsage ZERO =
      new HttpUsage(BigDecimal.ZERO, BigDecimal.ZERO, AlbLoad.NONE, BigDecimal.ZERO);

  @Override
  public HttpUsage plus(FamilyUsage other) {
    HttpUsage o = (HttpUsage) other;
    return new HttpUsage(restRequests.add(o.restRequests),
        httpMeteredRequests.add(o.httpMeteredRequests), alb.plus(o.alb),
        albFixed.add(o.albFixed));
  }
}
