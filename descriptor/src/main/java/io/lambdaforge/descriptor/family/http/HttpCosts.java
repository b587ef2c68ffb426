package io.lambdaforge.descriptor.family.http;

import io.lambdaforge.descriptor.cost.CostLines;
import io.lambdaforge.descriptor.family.CostModel;
import io.lambdaforge.descriptor.family.FamilyUsage;
import io.lambdaforge.descriptor.family.TrafficShare;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.pricing.PriceTier;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;

/**
 * The HTTP family's charges: API Gateway requests, tiered over the aggregate per API type (HTTP API
 * requests metered in 512 KB increments), and ALB capacity units plus the load balancer's hourly
 * charge (https://aws.amazon.com/api-gateway/pricing/,
 * https://aws.amazon.com/elasticloadbalancing/pricing/).
 *
 * <p>ALB assumptions: requests are spread evenly over the month's hours, each request opens a new
 * connection that is active for less than a minute, processed bytes are the request plus response
 * bytes, and every request is evaluated against all of the application's listener rules. Each ALB
 * function carries an equal share of the one load balancer's hourly charge; totals carry it once.
 */
final class HttpCosts implements CostModel {
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

  private final PricingCatalog catalog;
  private final long albRuleCount;
  private final long albFunctionCount;

  HttpCosts(Application app, PricingCatalog catalog) {
    this.catalog = catalog;
    this.albRuleCount = app.functions().stream()
        .flatMap(f -> f.triggers().stream())
        .filter(t -> t.source() == TriggerSource.ALB)
        .count();
    this.albFunctionCount = AlbWiring.functionCount(app);
  }

  @Override
  public FamilyUsage zero() {
    return HttpUsage.ZERO;
  }

  @Override
  public FamilyUsage usage(FunctionSpec f, BigDecimal invocations, boolean withFixedShare) {
    BigDecimal rest = TrafficShare.of(invocations, f, TriggerSource.API_GATEWAY_REST);
    BigDecimal http = TrafficShare.of(invocations, f, TriggerSource.API_GATEWAY_HTTP);
    long increment = catalog.apiGateway().httpMeteringIncrementBytes();
    long units = Math.max(1, ceilDiv(f.traffic().averageRequestBytes(), increment));
    BigDecimal alb = TrafficShare.of(invocations, f, TriggerSource.ALB);
    BigDecimal albFixed = withFixedShare && AlbWiring.hasAlb(f)
        ? catalog.alb().monthlyFixed().divide(BigDecimal.valueOf(albFunctionCount), AlbLoad.MC)
        : BigDecimal.ZERO;
    return new HttpUsage(rest, http.multiply(BigDecimal.valueOf(units)), albLoad(f, alb),
        albFixed);
  }

  private AlbLoad albLoad(FunctionSpec f, BigDecimal albInvocations) {
    return albLoad(catalog, f, albInvocations, albRuleCount);
  }

  /**
   * The ALB load of {@code albInvocations} of {@code f} on a listener with {@code ruleCount} rules,
   * under the assumptions above.
   */
  static AlbLoad albLoad(PricingCatalog catalog, FunctionSpec f, BigDecimal albInvocations,
      long ruleCount) {
    if (albInvocations.signum() == 0) {
      return AlbLoad.NONE;
    }
    BigDecimal hours = catalog.alb().hoursPerMonth();
    BigDecimal perHour = albInvocations.divide(hours, AlbLoad.MC);
    BigDecimal perSecond = perHour.divide(SECONDS_PER_HOUR, AlbLoad.MC);
    BigDecimal perMinute = perHour.divide(MINUTES_PER_HOUR, AlbLoad.MC);
    BigDecimal bytes = BigDecimal.valueOf(
        f.traffic().averageRequestBytes() + f.traffic().averageResponseBytes());
    BigDecimal gbPerHour = perHour.multiply(bytes).divide(BYTES_PER_GB, AlbLoad.MC);
    long chargedRules = Math.max(0, ruleCount - catalog.alb().lcu().freeRules());
    return new AlbLoad(perSecond, perMinute, gbPerHour,
        perSecond.multiply(BigDecimal.valueOf(chargedRules)));
  }

  @Override
  public CostLines price(FamilyUsage sum, boolean totals) {
    HttpUsage u = (HttpUsage) sum;
    BigDecimal apiGateway = PriceTier.cost(catalog.apiGateway().restTiers(), u.restRequests())
        .add(PriceTier.cost(catalog.apiGateway().httpTiers(), u.httpMeteredRequests()))
        .divide(MILLION);
    BigDecimal albCapacity = u.alb().lcu(catalog.alb().lcu())
        .multiply(catalog.alb().lcuHourPrice())
        .multiply(catalog.alb().hoursPerMonth());
    BigDecimal albFixed = !totals ? u.albFixed()
        : albFunctionCount > 0 ? catalog.alb().monthlyFixed() : BigDecimal.ZERO;
    return new CostLines(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
        apiGateway, albCapacity, albFixed, BigDecimal.ZERO);
  }

  private static long ceilDiv(long value, long divisor) {
    return (value + divisor - 1) / divisor;
  }
}
