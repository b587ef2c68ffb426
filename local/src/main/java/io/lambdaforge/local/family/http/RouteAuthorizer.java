package io.lambdaforge.local.family.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.local.auth.AuthResult;
import io.lambdaforge.local.auth.Authorizers;
import io.lambdaforge.local.auth.JwtVerifier;
import io.lambdaforge.local.auth.LambdaAnswer;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.invoke.InvocationResult;
import io.lambdaforge.local.invoke.LocalFunction;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Enforces a route's declared authorization as its API does before the integration runs: an HTTP
 * API's JWT authorizer, Lambda {@code REQUEST} authorizer (payload 2.0) or IAM; a REST API's Cognito
 * user pool authorizer, Lambda {@code TOKEN} or {@code REQUEST} authorizer or IAM. Refusals are the
 * gateway's own ({@link GatewayRefusals}); a pass puts what was established where the source's event
 * carries it: HTTP API {@code requestContext.authorizer.jwt} ({@code claims}, {@code scopes}),
 * {@code .lambda} (the context) and {@code .iam}; REST {@code requestContext.authorizer.claims}
 * (Cognito), {@code requestContext.authorizer.principalId} and the context's keys (Lambda), and the
 * caller in {@code requestContext.identity} (IAM)
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html).
 *
 * <p>Claims arrive as strings, as the gateways deliver them: numbers in decimal, booleans as {@code
 * true}/{@code false}, arrays as {@code [a b]}; a REST Cognito authorizer writes {@code exp} and {@code
 * iat} as dates ({@code Fri Jul 29 18:52:53 UTC 2016}).
 */
final class RouteAuthorizer {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = Json.copy();
  private static final DateTimeFormatter COGNITO_DATE =
      DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss 'UTC' yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final Source source;

  RouteAuthorizer(Source source) {
    this.source = source;
  }

  private boolean http() {
    return source == Source.API_GATEWAY_HTTP;
  }

  AuthResult authorize(RouteAuth auth, String method, String template, Map<String, String> pathParameters,
      LocalRequest request, String host, Authorizers authorizers) {
    String where = "[" + (http() ? "HTTP API" : "REST API") + "] " + request.method() + " " + request.rawPath();
    if (auth.isIam()) {
      return iam(request, authorizers, where);
    }
    Optional<AuthorizerSpec> found = authorizers.named(auth.authorizer());
    if (found.isEmpty()) {
      authorizers.explain(where + ": 500, the route's authorizer '" + auth.authorizer() + "' is not declared");
      return AuthResult.refuse(internalError());
    }
    AuthorizerSpec authorizer = found.get();
    return switch (authorizer.kind()) {
      case JWT, COGNITO -> token(authorizer, auth.scopes(), request, authorizers, where);
      case LAMBDA_TOKEN, LAMBDA_REQUEST ->
          lambda(authorizer, new EventFactory.Route(method, template, pathParameters), request, host, authorizers,
              where);
    };
  }

  // ---- IAM ----------------------------------------------------------------------------------------

  private AuthResult iam(LocalRequest request, Authorizers authorizers, String where) {
    SigV4.Verdict verdict = SigV4.verify(request, "execute-api", authorizers.env(), authorizers.now());
    if (!verdict.ok()) {
      authorizers.explain(where + ": 403 (AWS_IAM) " + verdict.problem().get());
      if (http()) {
        return AuthResult.refuse(GatewayResponse.json(403, GatewayRefusals.FORBIDDEN));
      }
      return AuthResult.refuse(request.header("authorization") == null
          ? GatewayRefusals.rest(403, GatewayRefusals.MISSING_TOKEN, "MissingAuthenticationTokenException")
          : GatewayRefusals.rest(403, GatewayRefusals.INVALID_SIGNATURE, "InvalidSignatureException"));
    }
    String accessKey = SigV4.authorizationFields(request.header("authorization")).get("Credential").split("/", -1)[0];
    return AuthResult.pass(event -> grantIam(event, accessKey));
  }

  /** The signed caller: HTTP API {@code authorizer.iam}, REST {@code identity}. */
  void grantIam(ObjectNode event, String accessKey) {
    ObjectNode context = (ObjectNode) event.get("requestContext");
    if (http()) {
      EventFactory.putIam(context.putObject("authorizer"), accessKey);
    } else {
      ObjectNode identity = context.with("identity");
      identity.put("accessKey", accessKey);
      identity.put("accountId", EventFactory.ACCOUNT_ID);
      identity.put("caller", EventFactory.CALLER_ID);
      identity.put("user", EventFactory.CALLER_ID);
      identity.put("userArn", EventFactory.CALLER_ARN);
    }
  }

  // ---- JWT (HTTP API) and Cognito (REST) -------------------------------------------------------------

  private AuthResult token(AuthorizerSpec authorizer, List<String> scopes, LocalRequest request,
      Authorizers authorizers, String where) {
    boolean jwt = authorizer.kind() == AuthorizerKind.JWT;
    String identity = jwt
        ? identityValues(authorizer, request).stream().findFirst().orElse(null)
        : request.header(authorizer.identitySource());
    JwtVerifier.Expectation expected = jwt
        ? new JwtVerifier.Expectation(JwtVerifier.Rules.HTTP_API_JWT, authorizer.issuer(), authorizer.audience(),
            scopes)
        : new JwtVerifier.Expectation(JwtVerifier.Rules.COGNITO_USER_POOL,
            JwtVerifier.cognitoIssuer(authorizer.userPoolArn()), List.of(), scopes);
    JwtVerifier.Verdict verdict = JwtVerifier.verify(identity, authorizers.keys(), expected, authorizers.now());
    if (verdict instanceof JwtVerifier.Refused refused) {
      int status = refused.forbidden() ? 403 : 401;
      authorizers.explain(where + ": " + status + " (authorizer " + authorizer.name() + ") " + refused.description());
      if (!http()) {
        return AuthResult.refuse(GatewayRefusals.rest(401, GatewayRefusals.UNAUTHORIZED, "UnauthorizedException"));
      }
      String challenge = GatewayRefusals.bearerChallenge(refused.forbidden() ? scopes : List.of(), refused.error(),
          refused.description());
      return AuthResult.refuse(GatewayRefusals.httpApi(status,
          refused.forbidden() ? GatewayRefusals.FORBIDDEN : GatewayRefusals.UNAUTHORIZED, challenge));
    }
    JwtVerifier.Valid valid = (JwtVerifier.Valid) verdict;
    return AuthResult.pass(event -> grantToken(event, valid.claims(), valid.scopes()));
  }

  /** Verified claims: HTTP API {@code authorizer.jwt.claims} and {@code .scopes}, REST {@code authorizer.claims}. */
  void grantToken(ObjectNode event, Map<String, Object> claims, List<String> scopes) {
    ObjectNode authorizerNode = ((ObjectNode) event.get("requestContext")).putObject("authorizer");
    if (http()) {
      ObjectNode jwtNode = authorizerNode.putObject("jwt");
      jwtNode.set("claims", claims(claims, false));
      if (scopes.isEmpty()) {
        jwtNode.set("scopes", NODES.nullNode());
      } else {
        ArrayNode array = jwtNode.putArray("scopes");
        scopes.forEach(array::add);
      }
    } else {
      authorizerNode.set("claims", claims(claims, true));
    }
  }

  /** Claims as the gateways deliver them: every value a string. */
  static ObjectNode claims(Map<String, Object> claims, boolean restDates) {
    ObjectNode out = NODES.objectNode();
    claims.forEach((name, value) -> {
      if (restDates && (name.equals("exp") || name.equals("iat")) && value instanceof Number seconds) {
        out.put(name, COGNITO_DATE.format(Instant.ofEpochSecond(seconds.longValue())));
      } else {
        out.put(name, claimText(value));
      }
    });
    return out;
  }

  static String claimText(Object value) {
    if (value instanceof Collection<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(v -> parts.add(claimText(v)));
      return "[" + String.join(" ", parts) + "]";
    }
    if (value instanceof Map<?, ?> map) {
      try {
        return MAPPER.writeValueAsString(map);
      } catch (IOException e) {
        return String.valueOf(map);
      }
    }
    return String.valueOf(value);
  }

  // ---- Lambda authorizers ---------------------------------------------------------------------------

  private AuthResult lambda(AuthorizerSpec authorizer, EventFactory.Route route, LocalRequest request, String host,
      Authorizers authorizers, String where) {
    List<String> identity = identityValues(authorizer, request);
    boolean missing = identity.size() < authorizer.identitySources().size()
        || identity.stream().anyMatch(String::isEmpty);
    // HTTP APIs and REST TOKEN authorizers always need the identity source; a REST REQUEST authorizer
    // only when its answers are cached (https://docs.aws.amazon.com/apigateway/latest/developerguide/
    // configure-api-gateway-lambda-authorization.html)
    boolean required = http() || authorizer.kind() == AuthorizerKind.LAMBDA_TOKEN || authorizer.resultTtlSeconds() > 0;
    if (missing && required) {
      authorizers.explain(where + ": 401 (authorizer " + authorizer.name() + ") the identity source "
          + authorizer.identitySource() + " is missing or empty; the authorizer was not invoked");
      return AuthResult.refuse(unauthorized());
    }
    String arn = arn(request.method(), request.rawPath(), authorizers.region());
    String key = String.join("\n", identity);
    Instant now = authorizers.now();
    Optional<LambdaAnswer> cached = authorizers.cache().get(authorizer.name(), key, now);
    LambdaAnswer answer;
    if (cached.isPresent()) {
      answer = cached.get();
    } else {
      ObjectNode event = authorizerEvent(authorizer, route, request, host, identity, arn);
      LocalFunction function = authorizers.invoke(authorizer);
      LocalFunction.Run run = function.run(bytes(event), UUID.randomUUID().toString(), null);
      if (run.result() instanceof InvocationResult.Failure failure && "Unauthorized".equals(failure.errorMessage())) {
        authorizers.explain(where + ": 401 (authorizer " + authorizer.name() + ") the authorizer answered Unauthorized");
        return AuthResult.refuse(unauthorized());
      }
      if (!(run.result() instanceof InvocationResult.Success success)) {
        authorizers.explain(where + ": 500 (authorizer " + authorizer.name() + ") the authorizer function failed: "
            + describe(run.result()));
        return AuthResult.refuse(internalError());
      }
      try {
        answer = LambdaAnswer.parse(MAPPER.readTree(success.output()));
      } catch (IOException | IllegalArgumentException e) {
        authorizers.explain(where + ": 500 (authorizer " + authorizer.name() + ") its answer is invalid: "
            + e.getMessage());
        return AuthResult.refuse(internalError());
      }
      authorizers.cache().put(authorizer.name(), key, answer, authorizer.resultTtlSeconds(), now);
    }
    LambdaAnswer.Decision decision = answer.decide(arn);
    if (decision != LambdaAnswer.Decision.ALLOW) {
      authorizers.explain(where + ": 403 (authorizer " + authorizer.name() + ") " + decision + " for " + arn
          + (cached.isPresent() ? " (cached answer)" : ""));
      if (http()) {
        return AuthResult.refuse(GatewayResponse.json(403, GatewayRefusals.FORBIDDEN));
      }
      return AuthResult.refuse(GatewayRefusals.rest(403, decision == LambdaAnswer.Decision.EXPLICIT_DENY
          ? GatewayRefusals.EXPLICIT_DENY : GatewayRefusals.IMPLICIT_DENY, "AccessDeniedException"));
    }
    return AuthResult.pass(event -> grantLambda(event, answer.principalId(), answer.context()));
  }

  /** A Lambda authorizer's output: HTTP API {@code authorizer.lambda}, REST {@code authorizer.principalId} and keys. */
  void grantLambda(ObjectNode event, String principalId, ObjectNode context) {
    ObjectNode authorizerNode = ((ObjectNode) event.get("requestContext")).putObject("authorizer");
    if (http()) {
      authorizerNode.set("lambda", context.deepCopy());
    } else {
      authorizerNode.put("principalId", principalId);
      authorizerNode.setAll(context.deepCopy());
      authorizerNode.put("integrationLatency", 0);
    }
  }

  /** The subject of sample events' authorizer output. */
  static final String SAMPLE_SUBJECT = "sample-user";

  /**
   * Puts what {@code auth}'s authorizer would establish for a sample caller into a sample event (the
   * {@code events} command): claims of a token for {@value #SAMPLE_SUBJECT} with the route's scopes,
   * a Lambda authorizer's principal, or the IAM caller.
   */
  void sample(ObjectNode event, RouteAuth auth, Optional<AuthorizerSpec> authorizer, Instant now) {
    if (auth.isIam()) {
      grantIam(event, "AKIAIOSFODNN7EXAMPLE");
      return;
    }
    if (authorizer.isEmpty()) {
      return;
    }
    AuthorizerSpec a = authorizer.get();
    Map<String, Object> claims = new java.util.LinkedHashMap<>();
    claims.put("sub", SAMPLE_SUBJECT);
    switch (a.kind()) {
      case JWT -> {
        claims.put("iss", a.issuer());
        claims.put("aud", a.audience().get(0));
      }
      case COGNITO -> {
        claims.put("iss", JwtVerifier.cognitoIssuer(a.userPoolArn()));
        claims.put("token_use", auth.scopes().isEmpty() ? "id" : "access");
        claims.put(auth.scopes().isEmpty() ? "aud" : "client_id", "lambdaforge-local");
        claims.put("cognito:username", SAMPLE_SUBJECT);
      }
      case LAMBDA_TOKEN, LAMBDA_REQUEST -> {
        grantLambda(event, SAMPLE_SUBJECT, NODES.objectNode());
        return;
      }
    }
    claims.put("iat", now.getEpochSecond());
    claims.put("exp", now.plusSeconds(3600).getEpochSecond());
    if (!auth.scopes().isEmpty()) {
      claims.put("scope", String.join(" ", auth.scopes()));
    }
    grantToken(event, claims, auth.scopes());
  }

  private static String describe(InvocationResult result) {
    if (result instanceof InvocationResult.Failure f) {
      return f.errorType() + ": " + f.errorMessage();
    }
    if (result instanceof InvocationResult.Timeout t) {
      return "timed out after " + t.timeoutSeconds() + " s";
    }
    return "throttled";
  }

  /** {@code arn:aws:execute-api:<region>:<account>:<api>/<stage>/<METHOD>/<path>}, the request's own. */
  String arn(String method, String rawPath, String region) {
    String stage = http() ? "$default" : EventFactory.STAGE;
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    return "arn:aws:execute-api:" + region + ":" + EventFactory.ACCOUNT_ID + ":" + EventFactory.API_ID + "/" + stage
        + "/" + method + "/" + path;
  }

  /**
   * The authorizer's input: REST {@code TOKEN} ({@code type}, {@code authorizationToken}, {@code
   * methodArn}); REST {@code REQUEST} (the proxy event's request parts with {@code type} and {@code
   * methodArn}); HTTP API payload 2.0 {@code REQUEST} (the request's event without body, with {@code
   * type}, {@code routeArn} and {@code identitySource})
   * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html,
   * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html).
   */
  ObjectNode authorizerEvent(AuthorizerSpec authorizer, EventFactory.Route route, LocalRequest request, String host,
      List<String> identity, String arn) {
    if (authorizer.kind() == AuthorizerKind.LAMBDA_TOKEN) {
      ObjectNode event = NODES.objectNode();
      event.put("type", "TOKEN");
      event.put("authorizationToken", identity.isEmpty() ? "" : identity.get(0));
      event.put("methodArn", arn);
      return event;
    }
    ObjectNode full = EventFactory.event(source, route, false, request, host);
    full.remove("body");
    full.remove("isBase64Encoded");
    ObjectNode event = NODES.objectNode();
    if (http()) {
      event.put("version", "2.0");
      event.put("type", "REQUEST");
      event.put("routeArn", arn);
      ArrayNode sources = event.putArray("identitySource");
      identity.forEach(sources::add);
    } else {
      event.put("type", "REQUEST");
      event.put("methodArn", arn);
    }
    event.setAll(full);
    return event;
  }

  /** The values of the authorizer's identity sources that the request has, in order. */
  static List<String> identityValues(AuthorizerSpec authorizer, LocalRequest request) {
    List<String> values = new ArrayList<>();
    for (String selection : authorizer.identitySources()) {
      String value = null;
      if (selection.startsWith("$request.header.")) {
        List<String> all = request.headerValues(selection.substring("$request.header.".length()));
        value = all.isEmpty() ? null : String.join(",", all);
      } else if (selection.startsWith("$request.querystring.")) {
        List<String> all = QueryString.parse(request.rawQuery(), true)
            .getOrDefault(selection.substring("$request.querystring.".length()), List.of());
        value = all.isEmpty() ? null : String.join(",", all);
      }
      // $context and $stageVariables values do not exist locally: the source counts as missing
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  private GatewayResponse unauthorized() {
    return http() ? GatewayResponse.json(401, GatewayRefusals.UNAUTHORIZED)
        : GatewayRefusals.rest(401, GatewayRefusals.UNAUTHORIZED, "UnauthorizedException");
  }

  private GatewayResponse internalError() {
    return http() ? GatewayResponse.json(500, GatewayRefusals.HTTP_INTERNAL_ERROR)
        : GatewayRefusals.rest(500, GatewayRefusals.REST_AUTHORIZER_ERROR, "AuthorizerConfigurationException");
  }

  private static byte[] bytes(JsonNode event) {
    try {
      return MAPPER.writeValueAsBytes(event);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize the authorizer event", e);
    }
  }
}
