package io.lambdaforge.events.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A Lambda authorizer's answer: allow or deny, the caller's principal id, and a context that API
 * Gateway passes to the protected function ({@code @AuthContext}). Context values are strings,
 * numbers and booleans only: "you can't set a JSON object or array as a valid value of any key in
 * the context map"
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html);
 * the typed {@code with} methods cannot add anything else, and the constructor refuses it.
 * Immutable; {@code with} returns a new decision.
 *
 * @param allowed whether the caller may invoke the route
 * @param principalId who the caller is (REST: {@code principalId}; also logged by API Gateway)
 * @param context the context, in insertion order; values are {@code String}, {@code Number} or
 *     {@code Boolean}
 */
public record AuthDecision(boolean allowed, String principalId, Map<String, Object> context) {

  public AuthDecision {
    Objects.requireNonNull(principalId, "principalId");
    Map<String, Object> copy = new LinkedHashMap<>();
    if (context != null) {
      context.forEach((key, value) -> {
        Objects.requireNonNull(key, "context key");
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
          throw new IllegalArgumentException("context value '" + key + "' is "
              + (value == null ? "null" : "a " + value.getClass().getName())
              + "; API Gateway accepts only string, number and boolean context values");
        }
        copy.put(key, value);
      });
    }
    context = Collections.unmodifiableMap(copy);
  }

  /** Allows {@code principalId}. */
  public static AuthDecision allow(String principalId) {
    return new AuthDecision(true, principalId, Map.of());
  }

  /** Denies {@code principalId}: API Gateway answers 403 and never invokes the route. */
  public static AuthDecision deny(String principalId) {
    return new AuthDecision(false, principalId, Map.of());
  }

  /** This decision with a string context value. */
  public AuthDecision with(String key, String value) {
    return put(key, Objects.requireNonNull(value, "value"));
  }

  /** This decision with a number context value. */
  public AuthDecision with(String key, long value) {
    return put(key, value);
  }

  /** This decision with a number context value. */
  public AuthDecision with(String key, double value) {
    return put(key, value);
  }

  /** This decision with a boolean context value. */
  public AuthDecision with(String key, boolean value) {
    return put(key, value);
  }

  private AuthDecision put(String key, Object value) {
    Map<String, Object> next = new LinkedHashMap<>(context);
    next.put(key, value);
    return new AuthDecision(allowed, principalId, next);
  }
}
