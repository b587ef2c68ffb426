package io.lambdaforge.examples;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.local.testing.Request;
import java.util.List;
import java.util.Map;

/**
 * Callers of the orders API as its authorizers see them: on the HTTP API a JWT with both scopes and
 * the {@code tenant} claim, on the REST API a Cognito ID token with the claim, each minted by the
 * {@link LocalLambda} that serves it (whose gateways trust its key).
 */
public final class Tokens {
  public static final List<String> ALL_SCOPES = List.of("orders:read", "orders:write");

  private Tokens() {}

  /** {@code request} from a caller of {@code tenant}, through {@code source}'s authorizer. */
  public static Request as(LocalLambda app, Source source, String tenant, Request request) {
    return request.bearer(token(app, source, tenant));
  }

  public static String token(LocalLambda app, Source source, String tenant) {
    return source == Source.API_GATEWAY_REST
        ? app.token("OrdersPool", "user-" + tenant, List.of(), Map.of("tenant", tenant))
        : app.token("OrdersJwt", "user-" + tenant, ALL_SCOPES, Map.of("tenant", tenant));
  }
}
