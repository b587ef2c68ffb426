package io.lambdaforge.descriptor.cost;

import static io.lambdaforge.descriptor.cost.Fixtures.cents;
import static io.lambdaforge.descriptor.cost.Fixtures.fn;
import static io.lambdaforge.descriptor.cost.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.descriptor.cost.FrontDoorCosts.Door;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.FunctionUrlSpec;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The front-door comparison counts authorization as a feature: a door that cannot carry a route's
 * authorizer does not serve the same features, so no saving names it. Which door holds which
 * authorizer: JWT only on an HTTP API, a Cognito user-pool authorizer only on REST
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html), AWS_IAM on
 * both gateways and a function URL, whose only AuthTypes are AWS_IAM and NONE
 * (https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html), and none on an ALB (its OIDC /
 * Cognito listener actions are not generated,
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html).
 * Prices as in {@link FrontDoorCostsTest}: HTTP API $1.00 and REST $3.50 per million; an ALB of its
 * own $16.425 a month plus $0.008 x requests / (25 x 3600) for new connections.
 */
class FrontDoorAuthTest {
  private static final String POOL =
      "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbCdEf123";
  private final CostEstimator estimator = new CostEstimator(PricingCatalog.defaults());

  private static FunctionSpec.Builder web(String name, long invocations) {
    return fn(name, 1024, invocations, 100).timeoutSeconds(10)
        .traffic(new TrafficSpec(invocations, 100, 1024, 1024));
  }

  private FrontDoorCosts doors(Application app) {
    return estimator.estimate(app).functions().get(0).frontDoors().orElseThrow();
  }

  @Test
  void aJwtRouteOnAnHttpApiIsNotSentToAUrlOrAnAlb() {
    // 30 M requests: HTTP API $30.00 in use; REST $105.00; ALB alone $16.425 + $2.6667 = $19.09;
    // URL $0; without the authorizer the URL would save $30.00
    FrontDoorCosts doors = doors(Application.of(List.of(web("orders", 30_000_000)
        .trigger(TriggerSpec.httpApi("GET", "/orders").withAuth(RouteAuth.of("users", "read")))
        .build()), List.of(AuthorizerSpec.jwt("users", "https://issuer.example.com/",
            List.of("api"), null))));
    assertEquals(usd("30.00"), cents(doors.option(Door.HTTP_API).monthlyUsd()));
    assertEquals(usd("19.09"), cents(doors.option(Door.ALB).monthlyUsd()));
    assertTrue(doors.option(Door.HTTP_API).servesSameFeatures());
    assertTrue(doors.option(Door.FUNCTION_URL).unavailable()
        .contains("authorizer 'users' (JWT) is not available on a function URL"), doors.toString());
    assertTrue(doors.option(Door.ALB).unavailable().contains("an ALB has no JWT"), doors.toString());
    assertFalse(doors.option(Door.FUNCTION_URL_CLOUDFRONT).servesSameFeatures());
    assertTrue(doors.option(Door.REST_API).unavailable()
        .contains("(JWT) is not available on a REST API"), doors.toString());
    assertTrue(doors.saving().isEmpty(), "no door but the HTTP API holds a JWT authorizer");
  }

  @Test
  void anIamRouteOnAnHttpApiMayMoveToAFunctionUrl() {
    FrontDoorCosts doors = doors(Application.of(List.of(web("admin", 10_000_000)
        .trigger(TriggerSpec.httpApi("DELETE", "/orders/{id}").withAuth(RouteAuth.IAM))
        .build())));
    // a function URL with AuthType AWS_IAM carries it: $10.00 a month saved
    assertTrue(doors.option(Door.FUNCTION_URL).servesSameFeatures());
    assertTrue(doors.option(Door.REST_API).servesSameFeatures());
    assertFalse(doors.option(Door.ALB).servesSameFeatures());
    // CloudFront's origin access control signs for the distribution, not the caller
    assertFalse(doors.option(Door.FUNCTION_URL_CLOUDFRONT).servesSameFeatures());
    FrontDoorCosts.Saving saving = doors.saving().orElseThrow();
    assertEquals(Door.FUNCTION_URL, saving.cheaper().door());
    assertEquals(usd("10.00"), cents(saving.monthlySaving()));
  }

  @Test
  void aCognitoRestRouteIsNotSentToAnHttpApi() {
    // 10 M requests: REST $35.00 in use, HTTP API would be $10.00, ALB alone $17.31, URL $0;
    // only REST holds a Cognito user-pool authorizer, so no door is suggested
    FrontDoorCosts doors = doors(Application.of(List.of(web("profile", 10_000_000)
        .trigger(TriggerSpec.restApi("GET", "/me").withAuth(RouteAuth.of("pool", "email")))
        .build()), List.of(AuthorizerSpec.cognito("pool", POOL, null))));
    assertEquals(usd("10.00"), cents(doors.option(Door.HTTP_API).monthlyUsd()));
    assertEquals(usd("35.00"), cents(doors.option(Door.REST_API).monthlyUsd()));
    assertTrue(doors.option(Door.HTTP_API).unavailable()
        .contains("authorizer 'pool' (COGNITO) is not available on an HTTP API"), doors.toString());
    assertFalse(doors.option(Door.ALB).servesSameFeatures());
    assertFalse(doors.option(Door.FUNCTION_URL).servesSameFeatures());
    assertTrue(doors.saving().isEmpty(), doors.toString());
  }

  @Test
  void aRouteMixOfIamAndPublicDoesNotFitOneUrlAuthType() {
    FrontDoorCosts doors = doors(Application.of(List.of(web("mixed", 10_000_000)
        .trigger(TriggerSpec.httpApi("GET", "/orders"))
        .trigger(TriggerSpec.httpApi("DELETE", "/orders/{id}").withAuth(RouteAuth.IAM))
        .build())));
    assertTrue(doors.option(Door.FUNCTION_URL).unavailable().contains("one AuthType"),
        doors.toString());
    // REST holds both: $35.00 is dearer than the $10.00 in use, so no saving
    assertTrue(doors.option(Door.REST_API).servesSameFeatures());
    assertTrue(doors.saving().isEmpty(), doors.toString());
  }

  @Test
  void aBareIamUrlIsNotSentToAnAlbButAPublicOneIs() {
    // 30 M requests on a URL: nothing is cheaper than $0 either way; the ALB's verdict differs
    FrontDoorCosts iam = doors(Application.of(List.of(web("signed", 30_000_000)
        .trigger(TriggerSpec.functionUrl("GET", "/"))
        .functionUrl(new FunctionUrlSpec("AWS_IAM", false)).build())));
    assertFalse(iam.option(Door.ALB).servesSameFeatures());
    assertTrue(iam.option(Door.HTTP_API).servesSameFeatures());
    FrontDoorCosts open = doors(Application.of(List.of(web("open", 30_000_000)
        .trigger(TriggerSpec.functionUrl("GET", "/"))
        .functionUrl(new FunctionUrlSpec("NONE", false)).build())));
    assertTrue(open.option(Door.ALB).servesSameFeatures());
    assertTrue(open.option(Door.FUNCTION_URL_CLOUDFRONT).servesSameFeatures());
  }
}
