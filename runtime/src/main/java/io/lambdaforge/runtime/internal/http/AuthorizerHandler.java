package io.lambdaforge.runtime.internal.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.events.auth.AuthDecision;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * The runtime half of a generated {@code @LambdaAuthorizer} adapter: reads what API Gateway sends
 * an authorizer, calls the method and answers in the contract of the caller.
 *
 * <ul>
 *   <li>REST {@code TOKEN} ({@code type}, {@code authorizationToken}, {@code methodArn}) and REST
 *       {@code REQUEST} (a proxy-shaped request with {@code type} and {@code methodArn}): an IAM
 *       policy {@code {"principalId", "policyDocument": {"Version": "2012-10-17", "Statement":
 *       [{"Action": "execute-api:Invoke", "Effect": "Allow"|"Deny", "Resource": ...}]}, "context"}}
 *       (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html,
 *       https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html).
 *       The resource is the {@code methodArn}; with a result cache (TTL above 0) it is every method
 *       of the stage, {@code <api>/<stage>/*}, because API Gateway reuses the cached policy for the
 *       caller's requests to the API's other methods and would deny them with a policy naming one.
 *   <li>HTTP API payload format 2.0 ({@code version "2.0"}, {@code routeArn}, {@code
 *       identitySource} list): the simple response {@code {"isAuthorized", "context"}}, which the
 *       authorizer's {@code EnableSimpleResponses} turns on
 *       (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html).
 * </ul>
 *
 * <p>The identity handed to the method is the {@code TOKEN}'s {@code authorizationToken}, the 2.0
 * event's first {@code identitySource} value, or for a REST {@code REQUEST} the value of the first
 * configured identity source ({@code $request.header.X} any case, {@code $request.querystring.X},
 * {@code $stageVariables.X}, {@code $context.X}). An event that is none of these is refused with
 * an exception (a function error: API Gateway answers 500), and so is an exception of the method.
 */
public final class AuthorizerHandler {
  /** What the generated adapter calls: the user's method with its arguments picked. */
  @FunctionalInterface
  public interface Method {
    AuthDecision decide(String identity, HttpRequest request, Context context) throws Exception;
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String function;
  private final List<String> identitySources;
  private final boolean cached;
  private final Method method;

  /**
   * @param function the authorizer function's name, for log lines
   * @param identitySources the configured identity source expressions, in order
   * @param resultTtlSeconds the configured result cache TTL (0: no cache)
   * @param method the user's method
   */
  public AuthorizerHandler(
      String function, List<String> identitySources, int resultTtlSeconds, Method method) {
    this.function = function;
    this.identitySources = List.copyOf(identitySources);
    this.cached = resultTtlSeconds > 0;
    this.method = method;
  }

  /** Answers one authorizer invocation. */
  public void handle(InputStream input, OutputStream output, Context context) throws Exception {
    byte[] bytes = input.readAllBytes();
    JsonNode event = Json.reader().readTree(bytes);
    if (event == null || !event.isObject()) {
      throw new IllegalArgumentException(
          function + ": not an API Gateway authorizer event (not a JSON object)");
    }
    ObjectNode answer;
    if ("2.0".equals(event.path("version").asText()) && event.has("routeArn")) {
      AuthDecision decision = method.decide(
          event.path("identitySource").path(0).asText(null), request(bytes), context);
      answer = NODES.objectNode().put("isAuthorized", decision.allowed());
      answer.set("context", context(decision));
    } else if ("TOKEN".equals(event.path("type").asText()) && event.has("methodArn")) {
      AuthDecision decision =
          method.decide(event.path("authorizationToken").asText(null), null, context);
      answer = policy(decision, event.path("methodArn").asText());
    } else if ("REQUEST".equals(event.path("type").asText()) && event.has("methodArn")) {
      HttpRequest request = request(bytes);
      AuthDecision decision = method.decide(identity(request, event), request, context);
      answer = policy(decision, event.path("methodArn").asText());
    } else {
      throw new IllegalArgumentException(function + ": not an API Gateway authorizer event"
          + " (expected type TOKEN or REQUEST with methodArn, or version 2.0 with routeArn)");
    }
    output.write(Json.writer().writeValueAsBytes(answer));
  }

  private ObjectNode policy(AuthDecision decision, String methodArn) {
    ObjectNode answer = NODES.objectNode().put("principalId", decision.principalId());
    ObjectNode document = answer.putObject("policyDocument").put("Version", "2012-10-17");
    document.putArray("Statement").addObject()
        .put("Action", "execute-api:Invoke")
        .put("Effect", decision.allowed() ? "Allow" : "Deny")
        .put("Resource", cached ? stageWide(methodArn) : methodArn);
    if (!decision.context().isEmpty()) {
      answer.set("context", context(decision));
    }
    return answer;
  }

  /**
   * {@code arn:aws:execute-api:<region>:<account>:<api>/<stage>/*} of a method ARN {@code
   * .../<api>/<stage>/<verb>/<path>}; the ARN itself when it has no stage part.
   */
  static String stageWide(String methodArn) {
    int api = methodArn.lastIndexOf(':');
    int stage = methodArn.indexOf('/', api + 1);
    int verb = stage < 0 ? -1 : methodArn.indexOf('/', stage + 1);
    return verb < 0 ? methodArn : methodArn.substring(0, verb) + "/*";
  }

  private static ObjectNode context(AuthDecision decision) {
    ObjectNode context = NODES.objectNode();
    decision.context().forEach((key, value) -> {
      if (value instanceof Boolean b) {
        context.put(key, b);
      } else if (value instanceof Long || value instanceof Integer || value instanceof Short
          || value instanceof Byte) {
        context.put(key, ((Number) value).longValue());
      } else if (value instanceof Number n) {
        context.put(key, n.doubleValue());
      } else {
        context.put(key, (String) value);
      }
    });
    return context;
  }

  /** The request view of a REQUEST event (REST proxy-shaped, or payload 2.0); null when none. */
  private static HttpRequest request(byte[] bytes) throws IOException {
    HttpEvent event = EventDecoder.decode(bytes);
    if (event == null) {
      return null;
    }
    String path = event.payload2() ? event.rawPath : event.path;
    return new EventRequest(event, path == null || path.isEmpty() ? "/" : path, Map.of());
  }

  /** The first configured identity source's value in a REST REQUEST event. */
  private String identity(HttpRequest request, JsonNode event) {
    if (request == null) {
      return null;
    }
    for (String source : identitySources) {
      String value = null;
      if (source.startsWith("$request.header.")) {
        value = request.header(source.substring("$request.header.".length()));
      } else if (source.startsWith("$request.querystring.")) {
        value = request.query(source.substring("$request.querystring.".length()));
      } else if (source.startsWith("$stageVariables.")) {
        value = request.stageVariables().get(source.substring("$stageVariables.".length()));
      } else if (source.startsWith("$context.")) {
        JsonNode node = event.path("requestContext");
        for (String part : source.substring("$context.".length()).split("\\.")) {
          node = node.path(part);
        }
        value = node.isValueNode() ? node.asText() : null;
      }
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
