package io.lambdaforge.processor.family.http;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.CrossCheck;
import io.lambdaforge.processor.family.DocumentedApi;
import io.lambdaforge.processor.family.SourceFamily;
import io.lambdaforge.processor.generate.AdapterEntry;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The HTTP family: ALB, API Gateway REST, HTTP API and Lambda function URLs. They share routing (method + route
 * template) and parameter binding; one adapter serves all of a function's HTTP triggers and hosts
 * the entries of other families (direct invoke).
 */
public final class HttpFamily implements SourceFamily {
  private static final Set<Source> SOURCES =
      EnumSet.of(Source.ALB, Source.API_GATEWAY_REST, Source.API_GATEWAY_HTTP, Source.FUNCTION_URL);

  @Override
  public String name() {
    return "http";
  }

  @Override
  public boolean owns(Source source) {
    return SOURCES.contains(source);
  }

  @Override
  public boolean appliesTo(FunctionModel model) {
    return hasHttpTrigger(model);
  }

  @Override
  public void checkTrigger(FunctionModel model, FunctionSite site, int index, List<Report> reports) {
    HttpTriggerRules.check(model, site, index, reports);
  }

  @Override
  public void checkShape(FunctionModel model, FunctionSite site, List<Report> reports) {
    reports.addAll(new BindingValidator().validate(model, site));
    reports.addAll(new MixedInvokeValidator().validate(model, site));
    FunctionUrlRules.check(model, site, reports);
    CorsRules.check(model, site, reports);
  }

  /**
   * API Gateway routes take authorizers: REST (Cognito, Lambda TOKEN/REQUEST, IAM) and HTTP APIs
   * (JWT, Lambda, IAM); a function URL's authorization is its {@code AuthType}
   * (https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html) and an ALB has no authorizers.
   */
  @Override
  public boolean takesAuthorizer(Source source) {
    return source == Source.API_GATEWAY_REST || source == Source.API_GATEWAY_HTTP;
  }

  @Override
  public String authorizerInstead(Source source) {
    return switch (source) {
      case FUNCTION_URL -> "a function URL's only authorization is its AuthType: write"
          + " @FunctionUrl(auth = AWS_IAM) (the default) and remove authorizer and scopes";
      case ALB -> "an ALB authenticates users with listener-rule actions (authenticate-oidc,"
          + " authenticate-cognito), not authorizers: remove authorizer and scopes, or use an"
          + " API Gateway trigger";
      default -> "remove authorizer and scopes";
    };
  }

  @Override
  public CrossCheck crossCheck() {
    return new RouteChecks();
  }

  @Override
  public Optional<AdapterGenerator> adapter(FunctionModel model, List<AdapterEntry> guests) {
    return Optional.of(new HttpAdapterGenerator(guests));
  }

  @Override
  public TriggerSource triggerSource(Source source) {
    return switch (source) {
      case ALB -> TriggerSource.ALB;
      case API_GATEWAY_REST -> TriggerSource.API_GATEWAY_REST;
      case API_GATEWAY_HTTP -> TriggerSource.API_GATEWAY_HTTP;
      case FUNCTION_URL -> TriggerSource.FUNCTION_URL;
      default -> throw new IllegalArgumentException(source + " is not an HTTP source");
    };
  }

  @Override
  public List<DocumentedApi> documentedApis() {
    return List.of(
        new DocumentedApi(Source.API_GATEWAY_REST, "rest", "REST API"),
        new DocumentedApi(Source.API_GATEWAY_HTTP, "http", "HTTP API"));
  }

  /** Whether {@code trigger} is an HTTP source (ALB, API Gateway REST, HTTP API or function URL). */
  static boolean isHttp(TriggerModel trigger) {
    return SOURCES.contains(trigger.source());
  }

  /** Whether any trigger of {@code model} is an HTTP source. */
  static boolean hasHttpTrigger(FunctionModel model) {
    return model.triggers().stream().anyMatch(HttpFamily::isHttp);
  }

  /** Whether {@code trigger} is a function URL trigger. */
  static boolean isFunctionUrl(TriggerModel trigger) {
    return trigger.source() == Source.FUNCTION_URL;
  }

  /** Whether {@code trigger} is an ALB trigger. */
  static boolean isAlb(TriggerModel trigger) {
    return trigger.source() == Source.ALB;
  }
}
