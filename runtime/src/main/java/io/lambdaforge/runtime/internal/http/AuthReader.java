package io.lambdaforge.runtime.internal.http;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.events.auth.Auth;
import io.lambdaforge.runtime.http.HttpRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what the route's authorizer established from the place each source keeps it, into the
 * same Java values (event-formats: REST {@code requestContext.authorizer.claims} / {@code
 * .principalId} + context keys / {@code requestContext.identity}; HTTP API {@code
 * authorizer.jwt.claims} + {@code .scopes}, {@code .lambda}, {@code .iam}; function URL {@code
 * authorizer.iam}).
 *
 * <p>Claims: REST gives every claim as a string (numbers, booleans, and {@code exp} / {@code iat}
 * as {@code "Fri Jul 29 18:52:53 UTC 2016"}); both REST and HTTP API turn an array claim into the
 * text {@code "[a b]"}. Scalars become their text, arrays and {@code "[a b]"} texts lists of texts.
 */
final class AuthReader {
  /** REST keys of {@code requestContext.authorizer} that are not a Lambda authorizer's context. */
  private static final Set<String> NOT_CONTEXT =
      Set.of("claims", "scopes", "principalId", "integrationLatency");

  private AuthReader() {}

  /** The whole picture. */
  static Auth read(HttpRequest request) {
    Map<String, Object> authorizer = request.authorizer();
    Map<String, Object> claims = new LinkedHashMap<>();
    request.claims().forEach((name, value) -> {
      Object normal = normalise(value);
      if (normal != null) {
        claims.put(name, normal);
      }
    });
    List<String> scopes = scopes(authorizer, claims);
    Map<String, Object> context = context(request.source(), authorizer);
    Auth.IamCaller iam = iam(request);
    String principal = text(authorizer.get("principalId"));
    if (principal == null && claims.get("sub") instanceof String sub) {
      principal = sub;
    }
    if (principal == null && iam != null) {
      principal = iam.userArn();
    }
    return new Auth(principal, claims, scopes, context, iam);
  }

  /** The texts of claim {@code name}: one for a scalar, each element for a list; empty when absent. */
  static List<String> claimTexts(HttpRequest request, String name) {
    Object value = normalise(request.claims().get(name));
    if (value instanceof List<?> list) {
      List<String> texts = new ArrayList<>(list.size());
      list.forEach(v -> texts.add((String) v));
      return texts;
    }
    return value == null ? List.of() : List.of((String) value);
  }

  /** The text of claim {@code name} ({@code "[a b]"} for a list, as REST gives it); null when absent. */
  static String claimText(HttpRequest request, String name) {
    Object value = request.claims().get(name);
    if (value instanceof List<?> list) {
      List<String> texts = new ArrayList<>();
      list.forEach(v -> texts.add(text(v)));
      return "[" + String.join(" ", texts) + "]";
    }
    return text(value);
  }

  /** The text of a Lambda authorizer's context value {@code key}; null when absent. */
  static String contextText(HttpRequest request, String key) {
    return text(context(request.source(), request.authorizer()).get(key));
  }

  private static Map<String, Object> context(Source source, Map<String, Object> authorizer) {
    Map<String, Object> context = new LinkedHashMap<>();
    if (source == Source.API_GATEWAY_REST) {
      if (!(authorizer.get("claims") instanceof Map<?, ?>)) {
        authorizer.forEach((key, value) -> {
          if (!NOT_CONTEXT.contains(key) && value != null) {
            context.put(key, value);
          }
        });
      }
    } else if (authorizer.get("lambda") instanceof Map<?, ?> lambda) {
      lambda.forEach((key, value) -> {
        if (value != null) {
          context.put((String) key, value);
        }
      });
    }
    return context;
  }

  private static List<String> scopes(Map<String, Object> authorizer, Map<String, Object> claims) {
    Object jwt = authorizer.get("jwt");
    Object scopes = jwt instanceof Map<?, ?> map ? map.get("scopes") : authorizer.get("scopes");
    if (scopes instanceof List<?> list) {
      List<String> out = new ArrayList<>();
      list.forEach(s -> out.add(text(s)));
      return out;
    }
    if (claims.get("scope") instanceof String scope && !scope.isBlank()) {
      return List.of(scope.trim().split("\\s+"));
    }
    return List.of();
  }

  private static Auth.IamCaller iam(HttpRequest request) {
    if (request.authorizer().get("iam") instanceof Map<?, ?> iam) {
      return new Auth.IamCaller(text(iam.get("accountId")), text(iam.get("userArn")),
          text(iam.get("accessKey")), text(iam.get("callerId")), text(iam.get("userId")));
    }
    Map<String, String> identity = request.identity();
    if (identity.get("userArn") != null || identity.get("accessKey") != null) {
      return new Auth.IamCaller(identity.get("accountId"), identity.get("userArn"),
          identity.get("accessKey"), identity.get("caller"), identity.get("user"));
    }
    return null;
  }

  /** A claim as a text or a list of texts; null when absent or JSON null. */
  static Object normalise(Object value) {
    if (value instanceof List<?> list) {
      List<String> texts = new ArrayList<>(list.size());
      for (Object element : list) {
        String text = text(element);
        if (text != null) {
          texts.add(text);
        }
      }
      return texts;
    }
    String text = text(value);
    if (text != null && text.length() >= 2 && text.startsWith("[") && text.endsWith("]")) {
      String inner = text.substring(1, text.length() - 1).trim();
      return inner.isEmpty() ? List.of() : List.of(inner.split("\\s+"));
    }
    return text;
  }

  /** A scalar's text: strings as they are, numbers in plain notation, booleans as true/false. */
  static String text(Object value) {
    if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return d == Math.rint(d) && !Double.isInfinite(d)
          ? BigDecimal.valueOf(d).toBigInteger().toString()
          : String.valueOf(d);
    }
    return String.valueOf(value);
  }
}
