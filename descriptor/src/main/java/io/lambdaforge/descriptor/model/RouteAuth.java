package io.lambdaforge.descriptor.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a route is authorized: by a named {@link AuthorizerSpec} of the application, by IAM ({@link
 * AuthorizerSpec#AWS_IAM}), or not at all ({@link #NONE}).
 *
 * @param authorizer an {@link AuthorizerSpec#name()}, {@code AWS_IAM}, or empty for none
 * @param scopes OAuth scopes the token must carry (any one of them: API Gateway authorizes the
 *     request when the token has at least one of the route's scopes,
 *     https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html);
 *     only with a JWT or Cognito authorizer
 */
public record RouteAuth(String authorizer, List<String> scopes) {
  /** No authorization. */
  public static final RouteAuth NONE = new RouteAuth("", List.of());
  /** IAM (SigV4) authorization. */
  public static final RouteAuth IAM = new RouteAuth(AuthorizerSpec.AWS_IAM, List.of());

  private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  public RouteAuth {
    authorizer = authorizer == null ? "" : authorizer;
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
    for (String scope : scopes) {
      if (!SCOPE.matcher(scope).matches()) {
        throw new IllegalArgumentException("scope '" + scope
            + "' must be printable ASCII without spaces, quotes or backslashes (RFC 6749 3.3)");
      }
    }
    if (authorizer.isEmpty() && !scopes.isEmpty()) {
      throw new IllegalArgumentException("scopes " + scopes + " need an authorizer");
    }
    if (authorizer.equals(AuthorizerSpec.AWS_IAM) && !scopes.isEmpty()) {
      throw new IllegalArgumentException("scopes " + scopes + " need a JWT or Cognito authorizer,"
          + " not AWS_IAM");
    }
  }

  /** A route protected by the named authorizer, requiring any one of {@code scopes}. */
  public static RouteAuth of(String authorizer, String... scopes) {
    return new RouteAuth(authorizer, List.of(scopes));
  }

  /** Whether the route is protected at all. */
  public boolean isProtected() {
    return !authorizer.isEmpty();
  }

  /** Whether the route uses IAM authorization. */
  public boolean isIam() {
    return authorizer.equals(AuthorizerSpec.AWS_IAM);
  }
}
