package io.lambdaforge.local.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Lambda authorizer's answer, in either of API Gateway's formats: an IAM policy ({@code
 * principalId}, {@code policyDocument} with {@code execute-api:Invoke} statements, {@code
 * context}), which REST APIs and HTTP APIs take
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html),
 * or an HTTP API simple response ({@code isAuthorized}, {@code context},
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html).
 * A policy is evaluated as IAM does: an explicit {@code Deny} on the resource wins, then an {@code
 * Allow}, else the request is implicitly denied.
 */
public record LambdaAnswer(Optional<Boolean> isAuthorized, String principalId, List<Statement> statements,
    ObjectNode context) {

  /** One statement: its effect, actions and resources (ARN patterns with {@code *} and {@code ?}). */
  public record Statement(boolean allow, List<String> actions, List<String> resources) {}

  /** How a policy answers for one resource. */
  public enum Decision { ALLOW, EXPLICIT_DENY, IMPLICIT_DENY }

  /**
   * Reads an authorizer function's output.
   *
   * @throws IllegalArgumentException when it is neither format (API Gateway answers 500)
   */
  public static LambdaAnswer parse(JsonNode output) {
    if (output == null || !output.isObject()) {
      throw new IllegalArgumentException("the authorizer's answer is not a JSON object");
    }
    ObjectNode context = output.path("context").isObject()
        ? (ObjectNode) output.get("context").deepCopy() : JsonNodeFactory.instance.objectNode();
    if (output.has("isAuthorized")) {
      if (!output.get("isAuthorized").isBoolean()) {
        throw new IllegalArgumentException("isAuthorized must be a boolean, got " + output.get("isAuthorized"));
      }
      return new LambdaAnswer(Optional.of(output.get("isAuthorized").asBoolean()), "", List.of(), context);
    }
    JsonNode policy = output.path("policyDocument");
    if (!output.path("principalId").isTextual() || !policy.isObject()) {
      throw new IllegalArgumentException("the authorizer's answer has neither isAuthorized nor a principalId and"
          + " a policyDocument");
    }
    List<Statement> statements = new ArrayList<>();
    JsonNode list = policy.path("Statement");
    for (JsonNode s : list.isArray() ? list : List.of(list)) {
      String effect = s.path("Effect").asText("");
      if (!effect.equals("Allow") && !effect.equals("Deny")) {
        throw new IllegalArgumentException("a statement's Effect must be Allow or Deny, got '" + effect + "'");
      }
      statements.add(new Statement(effect.equals("Allow"), strings(s.path("Action")), strings(s.path("Resource"))));
    }
    return new LambdaAnswer(Optional.empty(), output.get("principalId").asText(), statements, context);
  }

  private static List<String> strings(JsonNode node) {
    List<String> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(n -> out.add(n.asText()));
    } else if (node.isTextual()) {
      out.add(node.asText());
    }
    return out;
  }

  /** The decision for invoking {@code arn} ({@code arn:aws:execute-api:...}). */
  public Decision decide(String arn) {
    if (isAuthorized.isPresent()) {
      return isAuthorized.get() ? Decision.ALLOW : Decision.EXPLICIT_DENY;
    }
    boolean allowed = false;
    for (Statement s : statements) {
      if (!matchesAny(s.actions(), "execute-api:Invoke") || !matchesAny(s.resources(), arn)) {
        continue;
      }
      if (!s.allow()) {
        return Decision.EXPLICIT_DENY;
      }
      allowed = true;
    }
    return allowed ? Decision.ALLOW : Decision.IMPLICIT_DENY;
  }

  /** Action names are case-insensitive in IAM; resources (ARNs) are not. */
  private static boolean matchesAny(List<String> patterns, String value) {
    boolean action = value.equals("execute-api:Invoke");
    for (String p : patterns) {
      boolean match = action
          ? glob(p.toLowerCase(Locale.ROOT)).matcher(value.toLowerCase(Locale.ROOT)).matches()
          : glob(p).matcher(value).matches();
      if (match) {
        return true;
      }
    }
    return false;
  }

  /** An IAM wildcard pattern: {@code *} any run of characters, {@code ?} one. */
  static Pattern glob(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      switch (c) {
        case '*' -> regex.append(".*");
        case '?' -> regex.append('.');
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }
}
