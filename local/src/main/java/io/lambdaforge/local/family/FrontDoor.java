package io.lambdaforge.local.family;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.CorsSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.local.auth.AuthResult;
import io.lambdaforge.local.auth.Authorizers;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.invoke.InvocationResult;
import io.lambdaforge.local.openapi.RequestValidator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP front door one source puts before its functions, as {@code serve} emulates it: how it
 * matches a path to a route, what it may reject before the function runs, the event it sends and
 * the HTTP answer it makes of the function's result. The dev server's router ({@link
 * io.lambdaforge.local.server.LocalGateway}) picks the route; the front door does the rest.
 */
public interface FrontDoor {
  /**
   * The path parameters, as this door delivers them, when {@code rawPath} (as the client sent it)
   * matches the route {@code template}; empty when it does not match.
   */
  Optional<Map<String, String>> match(String template, String rawPath);

  /**
   * The door's own answer that stops {@code request} before the function runs (a request
   * validator's 400), or empty to let it through.
   *
   * @param validator the API definition's request validator, when {@code serve} found one
   */
  default Optional<GatewayResponse> screen(String template, String method, Map<String, String> pathParameters,
      LocalRequest request, Optional<RequestValidator> validator) {
    return Optional.empty();
  }

  /**
   * The event this door sends for {@code request} on the route, with a fresh request id and the
   * current time; {@code host} is the domain name.
   */
  ObjectNode event(String method, String template, Map<String, String> pathParameters,
      boolean multiValueHeaders, LocalRequest request, String host);

  /** The door's HTTP answer to an invocation's result (the response, or its error/timeout answer). */
  GatewayResponse answer(InvocationResult result, ObjectMapper mapper);

  /** The door's answer when no route matches. */
  GatewayResponse notFound();

  /**
   * Whether each function behind this door is its own host (a function URL: every path of the host
   * reaches the one function, which routes), so {@code serve} gives each such function its own port.
   */
  default boolean hostPerFunction() {
    return false;
  }

  /**
   * How this door authenticates callers of {@code function}'s routes (for a function URL, its
   * {@code AuthType}); empty when the door does not.
   */
  default String auth(FunctionSpec function) {
    return "";
  }

  /**
   * The door's answer that refuses {@code request} before routing because its caller is not
   * authenticated under {@code auth} (a function URL's 403), or empty to let it through.
   */
  default Optional<GatewayResponse> authorize(String auth, LocalRequest request) {
    return Optional.empty();
  }

  /**
   * The event this door sends for {@code request} on the route of a function whose callers
   * authenticate under {@code auth}; the other doors ignore {@code auth}.
   */
  default ObjectNode event(String auth, String method, String template, Map<String, String> pathParameters,
      boolean multiValueHeaders, LocalRequest request, String host) {
    return event(method, template, pathParameters, multiValueHeaders, request, host);
  }

  /**
   * Enforces a route's declared authorization ({@code auth}: a named authorizer of {@code
   * authorizers}, {@code AWS_IAM}, or none) as this door's gateway does before the function runs:
   * its exact refusal, or a pass that puts what the authorizer established (claims, scopes, a Lambda
   * authorizer's context, the IAM caller) into the event where this source carries it. Doors whose
   * routes cannot be protected let every request through.
   */
  default AuthResult authorizeRoute(RouteAuth auth, String method, String template,
      Map<String, String> pathParameters, LocalRequest request, String host, Authorizers authorizers) {
    return AuthResult.open();
  }

  /**
   * Puts what {@code auth}'s authorizer ({@code authorizer}, empty for IAM or none) would establish
   * for a sample caller into a sample event of this door, where its source carries it; nothing for
   * doors whose routes cannot be protected.
   */
  default void sampleAuthorization(ObjectNode event, RouteAuth auth, Optional<AuthorizerSpec> authorizer) {}

  /** The name of the OpenAPI document ({@code http}, {@code rest}) that describes this door's API. */
  default Optional<String> openApi() {
    return Optional.empty();
  }

  /**
   * The door's own answer to a CORS preflight under {@code cors} (an HTTP API and a function URL
   * answer it from their CORS configuration, a REST API from SAM's mock integration), or empty to
   * let the function answer; {@code pathMethods} are the methods of the door's routes on the path.
   */
  default Optional<GatewayResponse> preflight(CorsSpec cors, LocalRequest request, List<String> pathMethods) {
    return Optional.empty();
  }

  /** The function's {@code response} with the CORS headers this door adds under {@code cors}. */
  default GatewayResponse withCors(CorsSpec cors, LocalRequest request, GatewayResponse response) {
    return response;
  }
}
