package io.lambdaforge.descriptor.family.http;

import io.lambdaforge.descriptor.cost.FrontDoorCosts;
import io.lambdaforge.descriptor.model.FunctionSpec;
import java.util.Optional;
import io.lambdaforge.descriptor.family.CostModel;
import io.lambdaforge.descriptor.family.SourceFamily;
import io.lambdaforge.descriptor.family.TemplateWiring;
import io.lambdaforge.descriptor.family.TriggerCheck;
import io.lambdaforge.descriptor.family.TriggerFields;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The HTTP family: ALB, API Gateway REST, HTTP API and function URL routes. */
public final class HttpFamily implements SourceFamily {
  private static final Set<TriggerSource> SOURCES = Collections.unmodifiableSet(EnumSet.of(
      TriggerSource.ALB, TriggerSource.API_GATEWAY_REST, TriggerSource.API_GATEWAY_HTTP,
      TriggerSource.FUNCTION_URL));
  private static final String ALB_NOTE = "ALB: LCUs from traffic spread evenly over 730 h, one"
      + " new connection per request, request + response bytes processed; each ALB function"
      + " carries an equal share of the load balancer's hourly charge.";

  @Override
  public String name() {
    return "http";
  }

  @Override
  public Set<TriggerSource> sources() {
    return SOURCES;
  }

  @Override
  public boolean routesByMethodAndPath() {
    return true;
  }

  @Override
  public TriggerFields normalise(TriggerSource source, TriggerFields given) {
    String method = Routes.method(given.method());
    Routes.checkPath(given.path());
    if (source == TriggerSource.ALB) {
      return new TriggerFields(method, given.path(), AlbWiring.priority(given.albPriority()),
          given.albMultiValueHeaders());
    }
    return new TriggerFields(method, given.path(), 0, false);
  }

  /**
   * HTTP APIs take JWT and Lambda (payload 2.0, {@code REQUEST}) authorizers
   * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html);
   * REST APIs take Cognito and Lambda {@code TOKEN} / {@code REQUEST} authorizers
   * (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html).
   * A function URL's only authorization is its own {@code AuthType}
   * (https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html), and an ALB has no
   * authorizers (it authenticates through OIDC/Cognito listener actions, outside the function's
   * triggers).
   */
  @Override
  public Set<AuthorizerKind> authorizerKinds(TriggerSource source) {
    return switch (source) {
      case API_GATEWAY_HTTP -> Set.of(AuthorizerKind.JWT, AuthorizerKind.LAMBDA_REQUEST);
      case API_GATEWAY_REST -> Set.of(AuthorizerKind.COGNITO, AuthorizerKind.LAMBDA_TOKEN,
          AuthorizerKind.LAMBDA_REQUEST);
      default -> Set.of();
    };
  }

  /** REST and HTTP API routes take {@code AWS_IAM}; a function URL's is its {@code AuthType}. */
  @Override
  public boolean acceptsIamAuth(TriggerSource source) {
    return source == TriggerSource.API_GATEWAY_HTTP || source == TriggerSource.API_GATEWAY_REST;
  }

  @Override
  public TriggerCheck newCheck() {
    return new RouteCheck();
  }

  @Override
  public TemplateWiring template() {
    return HttpWiring.INSTANCE;
  }

  @Override
  public CostModel costModel(Application app, PricingCatalog catalog) {
    return new HttpCosts(app, catalog);
  }

  @Override
  public Optional<FrontDoorCosts> frontDoors(FunctionSpec f, Application app, PricingCatalog catalog) {
    return FrontDoorComparison.of(f, app, catalog);
  }

  @Override
  public List<String> reportNotes() {
    return List.of(ALB_NOTE);
  }
}
