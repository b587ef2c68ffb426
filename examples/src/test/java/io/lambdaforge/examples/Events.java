package io.lambdaforge.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Edits a gateway event in place, keeping it the shape its source sends: the path in every field
 * that carries it, headers in the single- and multi-value maps the source uses, and so on.
 */
final class Events {
  private Events() {}

  /** Puts the request on {@code path} with one path parameter (none when {@code name} is null). */
  static ObjectNode onPath(ObjectNode event, Source source, String path, String name, String value) {
    switch (source) {
      case API_GATEWAY_HTTP -> {
        event.put("rawPath", path);
        ((ObjectNode) event.get("requestContext").get("http")).put("path", path);
      }
      case API_GATEWAY_REST -> {
        event.put("path", path);
        ObjectNode context = (ObjectNode) event.get("requestContext");
        String stage = context.path("stage").asText();
        context.put("path", "/" + stage + path);
      }
      case ALB -> event.put("path", path);
      default -> throw new IllegalArgumentException("no path in a " + source + " event");
    }
    if (name != null) {
      JsonNode parameters = event.get("pathParameters");
      ObjectNode object = parameters instanceof ObjectNode existing ? existing : event.putObject("pathParameters");
      object.put(name, value);
    }
    return event;
  }

  /** Sets the HTTP method everywhere the event carries it. */
  static ObjectNode method(ObjectNode event, Source source, String method) {
    if (source == Source.API_GATEWAY_HTTP) {
      ((ObjectNode) event.get("requestContext").get("http")).put("method", method);
      return event;
    }
    event.put("httpMethod", method);
    if (source == Source.API_GATEWAY_REST) {
      ((ObjectNode) event.get("requestContext")).put("httpMethod", method);
    }
    return event;
  }

  /** Adds (or replaces) a header, lower-cased for the sources that lower-case names. */
  static ObjectNode header(ObjectNode event, Source source, String name, String value) {
    String key = source == Source.API_GATEWAY_REST ? name : name.toLowerCase(Locale.ROOT);
    if (event.get("headers") instanceof ObjectNode headers) {
      headers.put(key, value);
    } else if (source != Source.ALB || !event.has("multiValueHeaders")) {
      event.putObject("headers").put(key, value);
    }
    if (event.get("multiValueHeaders") instanceof ObjectNode multi) {
      ArrayNode values = multi.putArray(key);
      values.add(value);
    }
    return event;
  }

  /** Removes a header from every header map, whatever the case of its name. */
  /**
   * Sets claim {@code name} where {@code source}'s authorizer puts claims (HTTP API {@code
   * requestContext.authorizer.jwt.claims}, REST {@code requestContext.authorizer.claims}), as a
   * string, as the gateways deliver claims.
   */
  static ObjectNode claim(ObjectNode event, Source source, String name, String value) {
    ObjectNode authorizer = object((ObjectNode) event.get("requestContext"), "authorizer");
    ObjectNode claims = source == Source.API_GATEWAY_HTTP ? object(object(authorizer, "jwt"), "claims")
        : object(authorizer, "claims");
    claims.put(name, value);
    return event;
  }

  /** The object under {@code name}, replacing a null or missing one (real samples carry nulls). */
  private static ObjectNode object(ObjectNode parent, String name) {
    return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
  }

  static ObjectNode removeHeader(ObjectNode event, String name) {
    for (String field : new String[] {"headers", "multiValueHeaders"}) {
      if (event.get(field) instanceof ObjectNode headers) {
        List<String> names = new ArrayList<>();
        headers.fieldNames().forEachRemaining(names::add);
        names.stream().filter(n -> n.equalsIgnoreCase(name)).forEach(headers::remove);
      }
    }
    return event;
  }

  /** Sets a JSON body as the source sends text: not base64-encoded. */
  static ObjectNode jsonBody(ObjectNode event, Source source, String json) {
    event.put("body", json);
    event.put("isBase64Encoded", false);
    return header(event, source, "Content-Type", "application/json");
  }
}
