package io.lambdaforge.descriptor.family.http;

import io.lambdaforge.descriptor.cost.FrontDoorCosts;
import io.lambdaforge.descriptor.cost.FrontDoorCosts.Door;
import io.lambdaforge.descriptor.cost.FrontDoorCosts.Option;
import io.lambdaforge.descriptor.family.TrafficShare;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.CorsSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.pricing.PriceTier;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The monthly cost of each HTTP front door for one function's HTTP traffic, and which of them would
 * serve its routes with the same features (docs/descriptor-and-cost.md, "Front doors"):
 *
 * <ul>
 *   <li>HTTP API: its request tiers over the function's requests, metered in 512 KB request
 *       increments; REST: its request tiers (https://aws.amazon.com/api-gateway/pricing/);
 *   <li>ALB share: the LCUs of the function's traffic (the HTTP family's ALB assumptions) plus an
 *       equal share of one load balancer's hourly charge among the application's ALB functions,
 *       this one included (https://aws.amazon.com/elasticloadbalancing/pricing/);
 *   <li>function URL: no charge beyond Lambda's (https://aws.amazon.com/lambda/pricing/);
 *   <li>function URL + CloudFront: CloudFront's HTTPS requests and data transfer out (requests x
 *       {@code averageResponseBytes}, GB = 2^30 bytes) after its always-free allowance, as if the
 *       distribution were the account's only one (https://aws.amazon.com/cloudfront/pricing/).
 * </ul>
 *
 * <p>Features that rule a door out, as far as the deployment model shows them: an integration
 * timeout shorter than the function's (REST 29 s, HTTP API 30 s,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-quotas.html); an average
 * response over the ALB's 1 MB
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html); a
 * CORS configuration the door cannot hold (a REST API has one origin, a function URL's methods are
 * GET, PUT, HEAD, POST, PATCH, DELETE or *); and a URL behind CloudFront, which a bare URL would
 * drop; and authorization a door cannot carry ({@link FrontDoorAuth}: JWT only on an HTTP API,
 * Cognito user pools and Lambda {@code TOKEN} only on REST, IAM on either gateway and a bare
 * function URL, nothing on an ALB). REST-only features the processor knows of (request
 * validation) are the processor's to add.
 */
final class FrontDoorComparison {
  static final int REST_TIMEOUT_SECONDS = 29;
  static final int HTTP_API_TIMEOUT_SECONDS = 30;
  static final long ALB_MAX_RESPONSE_BYTES = 1024 * 1024;
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  private static final BigDecimal BYTES_PER_GB = BigDecimal.valueOf(1L << 30);
  private static final MathContext MC = MathContext.DECIMAL128;
  private static final Set<String> URL_CORS_METHODS =
      Set.of("GET", "PUT", "HEAD", "POST", "PATCH", "DELETE", "*");
  private static final List<TriggerSource> HTTP = List.of(TriggerSource.API_GATEWAY_HTTP,
      TriggerSource.API_GATEWAY_REST, TriggerSource.ALB, TriggerSource.FUNCTION_URL);

  private FrontDoorComparison() {}

  static Optional<FrontDoorCosts> of(FunctionSpec f, Application app, PricingCatalog catalog) {
    if (!f.traffic().isKnown() || HTTP.stream().noneMatch(s -> TrafficShare.has(f, s))) {
      return Optional.empty();
    }
    BigDecimal invocations = BigDecimal.valueOf(f.traffic().invocationsPerMonth());
    BigDecimal n = BigDecimal.ZERO;
    for (TriggerSource source : HTTP) {
      n = n.add(TrafficShare.of(invocations, f, source));
    }
    boolean url = TrafficShare.has(f, TriggerSource.FUNCTION_URL);
    boolean cloudFront = url && f.functionUrl() != null && f.functionUrl().behindCloudFront();
    List<Option> options = new ArrayList<>();
    options.add(option(f, app, Door.HTTP_API, httpApi(f, n, catalog),
        TrafficShare.has(f, TriggerSource.API_GATEWAY_HTTP),
        timeout(f, HTTP_API_TIMEOUT_SECONDS, "an HTTP API")));
    options.add(option(f, app, Door.REST_API,
        PriceTier.cost(catalog.apiGateway().restTiers(), n).divide(MILLION, MC),
        TrafficShare.has(f, TriggerSource.API_GATEWAY_REST), restUnavailable(f)));
    options.add(option(f, app, Door.ALB, alb(f, app, n, catalog),
        TrafficShare.has(f, TriggerSource.ALB),
        f.traffic().averageResponseBytes() > ALB_MAX_RESPONSE_BYTES
            ? "its average response (" + f.traffic().averageResponseBytes()
                + " bytes) is over the 1 MB an ALB passes from Lambda"
            : ""));
    options.add(option(f, app, Door.FUNCTION_URL, BigDecimal.ZERO, url && !cloudFront,
        cloudFront ? "a bare URL drops the CloudFront distribution (custom domain, WAF, edge)"
            : urlCorsUnavailable(f)));
    BigDecimal gbOut = n.multiply(BigDecimal.valueOf(f.traffic().averageResponseBytes()))
        .divide(BYTES_PER_GB, MC);
    options.add(option(f, app, Door.FUNCTION_URL_CLOUDFRONT,
        catalog.cloudFront().monthlyCost(n.longValue(), gbOut), cloudFront, urlCorsUnavailable(f)));
    return Optional.of(new FrontDoorCosts(n, options));
  }

  /**
   * The door, unavailable for {@code reason} or, failing that, for the routes' authorization it
   * cannot carry ({@link FrontDoorAuth}).
   */
  private static Option option(FunctionSpec f, Application app, Door door, BigDecimal monthlyUsd,
      boolean inUse, String reason) {
    return new Option(door, monthlyUsd, inUse,
        reason.isEmpty() ? FrontDoorAuth.unavailable(f, app, door) : reason);
  }

  private static BigDecimal httpApi(FunctionSpec f, BigDecimal n, PricingCatalog catalog) {
    long increment = catalog.apiGateway().httpMeteringIncrementBytes();
    long units = Math.max(1, (f.traffic().averageRequestBytes() + increment - 1) / increment);
    return PriceTier.cost(catalog.apiGateway().httpTiers(), n.multiply(BigDecimal.valueOf(units)))
        .divide(MILLION, MC);
  }

  /** LCUs of all the function's HTTP traffic, plus its share of the one load balancer's hours. */
  private static BigDecimal alb(FunctionSpec f, Application app, BigDecimal n, PricingCatalog catalog) {
    boolean onAlb = AlbWiring.hasAlb(f);
    long rules = app.functions().stream().flatMap(g -> g.triggers().stream())
        .filter(t -> t.source() == TriggerSource.ALB).count();
    if (!onAlb) {
      rules += f.triggers().stream().filter(t -> HTTP.contains(t.source())).count();
    }
    long albFunctions = AlbWiring.functionCount(app) + (onAlb ? 0 : 1);
    BigDecimal capacity = HttpCosts.albLoad(catalog, f, n, rules).lcu(catalog.alb().lcu())
        .multiply(catalog.alb().lcuHourPrice())
        .multiply(catalog.alb().hoursPerMonth());
    return capacity.add(catalog.alb().monthlyFixed().divide(BigDecimal.valueOf(albFunctions), MC));
  }

  private static String timeout(FunctionSpec f, int limit, String door) {
    return f.timeoutSeconds() > limit
        ? "its timeout (" + f.timeoutSeconds() + " s) outlives " + door + "'s " + limit
            + " s integration timeout"
        : "";
  }

  private static String restUnavailable(FunctionSpec f) {
    String timeout = timeout(f, REST_TIMEOUT_SECONDS, "a REST API");
    if (!timeout.isEmpty()) {
      return timeout;
    }
    CorsSpec cors = f.cors();
    return cors != null && cors.allowOrigins().size() > 1
        ? "its @Cors allows " + cors.allowOrigins().size() + " origins; a REST API's CORS holds one"
        : "";
  }

  private static String urlCorsUnavailable(FunctionSpec f) {
    CorsSpec cors = f.cors();
    if (cors == null) {
      return "";
    }
    boolean fits = cors.allowMethods().size() <= 6
        && cors.allowMethods().stream().allMatch(URL_CORS_METHODS::contains)
        && cors.maxAgeSeconds() <= 86_400;
    return fits ? "" : "its @Cors does not fit a function URL's CORS (methods GET, PUT, HEAD, POST,"
        + " PATCH, DELETE or *, at most 6; max age at most 86400 s)";
  }
}
