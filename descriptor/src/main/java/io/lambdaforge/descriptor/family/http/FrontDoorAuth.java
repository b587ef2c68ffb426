package io.lambdaforge.descriptor.family.http;

import io.lambdaforge.descriptor.cost.FrontDoorCosts.Door;
import io.lambdaforge.descriptor.family.SourceFamilies;
import io.lambdaforge.descriptor.family.SourceFamily;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.FunctionUrlSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a front door can carry the authorization of a function's HTTP routes, for the
 * front-door comparison ({@link FrontDoorComparison}). What each door can hold, per AWS:
 *
 * <ul>
 *   <li>HTTP API: JWT, Lambda ({@code REQUEST}, payload 2.0) and IAM authorizers; no Cognito
 *       user-pool authorizer (a user pool serves only as a JWT issuer there, a different
 *       authorizer) and no Lambda {@code TOKEN} authorizer
 *       (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-vs-rest.html,
 *       https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-access-control.html);
 *   <li>REST API: Cognito user-pool, Lambda ({@code TOKEN}, {@code REQUEST}) and IAM; no JWT
 *       authorizer
 *       (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html);
 *   <li>function URL: {@code AuthType} {@code AWS_IAM} or {@code NONE}, one for the whole URL
 *       (https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html); behind CloudFront the URL's
 *       IAM authorizes the distribution (origin access control), not the caller
 *       (https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-lambda.html);
 *   <li>ALB: no JWT, Lambda or IAM authorizers; its OIDC / Cognito authentication is a listener
 *       action, which Lambdaforge does not generate, so an ALB serves no protected route
 *       (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-authenticate-users.html).
 * </ul>
 *
 * <p>The routes' authorization is what callers see today: a gateway route's {@link
 * TriggerSpec#auth()}; a bare function URL's {@code AuthType} (every path); a URL behind
 * CloudFront and an ALB route, none.
 */
final class FrontDoorAuth {
  private FrontDoorAuth() {}

  /** One route's authorization: IAM, an authorizer of {@code kind}, or none. */
  private record Guard(String name, AuthorizerKind kind, boolean iam) {
    static final Guard NONE = new Guard("", null, false);

    boolean isProtected() {
      return iam || kind != null;
    }

    String describe() {
      return iam ? "AWS_IAM" : "authorizer '" + name + "' (" + kind + ")";
    }
  }

  /** Why {@code door} cannot carry the authorization of {@code f}'s routes; empty when it can. */
  static String unavailable(FunctionSpec f, Application app, Door door) {
    List<Guard> guards = guards(f, app);
    List<Guard> prot = guards.stream().filter(Guard::isProtected).toList();
    if (prot.isEmpty()) {
      return "";
    }
    return switch (door) {
      case HTTP_API -> gateway(prot, TriggerSource.API_GATEWAY_HTTP, "an HTTP API");
      case REST_API -> gateway(prot, TriggerSource.API_GATEWAY_REST, "a REST API");
      case ALB -> "its routes are protected (" + prot.get(0).describe() + "); an ALB has no JWT,"
          + " Lambda or IAM authorizers (its OIDC / Cognito listener actions are not generated)";
      case FUNCTION_URL -> url(guards, prot);
      case FUNCTION_URL_CLOUDFRONT -> "its routes are protected (" + prot.get(0).describe()
          + "); behind CloudFront a function URL's AWS_IAM authorizes the distribution, not the"
          + " caller";
    };
  }

  private static String gateway(List<Guard> prot, TriggerSource source, String door) {
    SourceFamily family = SourceFamilies.of(source);
    for (Guard g : prot) {
      boolean fits = g.iam() ? family.acceptsIamAuth(source)
          : family.authorizerKinds(source).contains(g.kind());
      if (!fits) {
        return "its " + g.describe() + " is not available on " + door;
      }
    }
    return "";
  }

  private static String url(List<Guard> guards, List<Guard> prot) {
    for (Guard g : prot) {
      if (!g.iam()) {
        return "its " + g.describe() + " is not available on a function URL (AuthType AWS_IAM"
            + " or NONE only)";
      }
    }
    return prot.size() == guards.size() ? ""
        : "its routes mix AWS_IAM and no authorization; a function URL has one AuthType for all"
            + " paths";
  }

  /** The authorization of each of {@code f}'s HTTP routes, as callers meet it today. */
  private static List<Guard> guards(FunctionSpec f, Application app) {
    List<Guard> guards = new ArrayList<>();
    for (TriggerSpec t : f.triggers()) {
      switch (t.source()) {
        case API_GATEWAY_HTTP, API_GATEWAY_REST -> {
          if (!t.auth().isProtected()) {
            guards.add(Guard.NONE);
          } else if (t.auth().isIam()) {
            guards.add(new Guard(AuthorizerSpec.AWS_IAM, null, true));
          } else {
            AuthorizerKind kind = app.authorizer(t.auth().authorizer())
                .map(AuthorizerSpec::kind).orElseThrow();
            guards.add(new Guard(t.auth().authorizer(), kind, false));
          }
        }
        case FUNCTION_URL -> {
          FunctionUrlSpec url = f.functionUrl() == null ? FunctionUrlSpec.DEFAULT : f.functionUrl();
          guards.add(url.authType().equals(AuthorizerSpec.AWS_IAM) && !url.behindCloudFront()
              ? new Guard(AuthorizerSpec.AWS_IAM, null, true) : Guard.NONE);
        }
        case ALB -> guards.add(Guard.NONE);
        default -> { }
      }
    }
    return guards;
  }
}
