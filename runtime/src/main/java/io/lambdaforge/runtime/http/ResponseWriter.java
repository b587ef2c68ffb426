package io.lambdaforge.runtime.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an {@link Outgoing} in the exact response format of a source (event-formats.md §1.2,
 * §2.3, §3.3), always with {@code statusCode}, {@code isBase64Encoded} and a string {@code body}:
 *
 * <ul>
 *   <li>REST: {@code headers} (names with one value) and {@code multiValueHeaders} (names with
 *       several values, and {@code Set-Cookie});
 *   <li>HTTP API: {@code headers} (repeated names joined with {@code ", "}) and {@code cookies};
 *   <li>ALB: {@code statusDescription} and exactly one of {@code headers} / {@code
 *       multiValueHeaders}, matching the mode. Single-value mode joins repeated names with
 *       {@code ", "} but can carry only one {@code Set-Cookie}: the last is sent and the loss is
 *       logged (enable multi-value headers on the target group to send several).
 * </ul>
 *
 * A response larger than the source allows (ALB 1 MiB, Lambda 6 MiB) is replaced by a 500 and
 * logged.
 */
final class ResponseWriter {
  static final int ALB_MAX_RESPONSE_BYTES = 1024 * 1024;
  static final int LAMBDA_MAX_RESPONSE_BYTES = 6 * 1024 * 1024;

  private static final JsonFactory FACTORY = Json.mapper().getFactory();

  private ResponseWriter() {}

  static byte[] write(Outgoing response, Source source, boolean albMultiValue, String function, Context context) {
    byte[] bytes = serialize(response, source, albMultiValue, function, context);
    int limit = source == Source.ALB ? ALB_MAX_RESPONSE_BYTES : LAMBDA_MAX_RESPONSE_BYTES;
    if (bytes.length > limit) {
      Log.line(context, "[lambdaforge] " + function + ": response of " + bytes.length + " bytes exceeds the "
          + source + " limit of " + limit + " bytes; sent 500 instead");
      bytes = serialize(ResponseMapper.error(500, "Internal Server Error"), source, albMultiValue, function, context);
    }
    return bytes;
  }

  private static byte[] serialize(
      Outgoing response, Source source, boolean albMultiValue, String function, Context context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(response.body().length() + 256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("statusCode", response.status());
      switch (source) {
        case ALB -> alb(g, response, albMultiValue, function, context);
        case API_GATEWAY_HTTP -> http(g, response);
        default -> rest(g, response);
      }
      g.writeStringField("body", response.body());
      g.writeBooleanField("isBase64Encoded", response.base64());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  private static void rest(JsonGenerator g, Outgoing response) throws IOException {
    Map<String, List<String>> grouped = group(response.headers());
    g.writeObjectFieldStart("headers");
    for (Map.Entry<String, List<String>> e : grouped.entrySet()) {
      if (e.getValue().size() == 1) {
        g.writeStringField(e.getKey(), e.getValue().get(0));
      }
    }
    g.writeEndObject();
    g.writeObjectFieldStart("multiValueHeaders");
    for (Map.Entry<String, List<String>> e : grouped.entrySet()) {
      if (e.getValue().size() > 1) {
        writeArray(g, e.getKey(), e.getValue());
      }
    }
    if (!response.cookies().isEmpty()) {
      writeArray(g, "Set-Cookie", response.cookies());
    }
    g.writeEndObject();
  }

  private static void http(JsonGenerator g, Outgoing response) throws IOException {
    g.writeObjectFieldStart("headers");
    for (Map.Entry<String, List<String>> e : group(response.headers()).entrySet()) {
      g.writeStringField(e.getKey(), String.join(", ", e.getValue()));
    }
    g.writeEndObject();
    writeArray(g, "cookies", response.cookies());
  }

  private static void alb(JsonGenerator g, Outgoing response, boolean multiValue, String function, Context context)
      throws IOException {
    g.writeStringField("statusDescription", StatusText.describe(response.status()));
    Map<String, List<String>> grouped = group(response.headers());
    List<String> cookies = response.cookies();
    if (multiValue) {
      g.writeObjectFieldStart("multiValueHeaders");
      for (Map.Entry<String, List<String>> e : grouped.entrySet()) {
        writeArray(g, e.getKey(), e.getValue());
      }
      if (!cookies.isEmpty()) {
        writeArray(g, "Set-Cookie", cookies);
      }
    } else {
      g.writeObjectFieldStart("headers");
      for (Map.Entry<String, List<String>> e : grouped.entrySet()) {
        g.writeStringField(e.getKey(), String.join(", ", e.getValue()));
      }
      if (!cookies.isEmpty()) {
        if (cookies.size() > 1) {
          Log.line(context, "[lambdaforge] " + function + ": " + cookies.size() + " Set-Cookie values but the ALB"
              + " target group is in single-value headers mode; only the last was sent. Enable"
              + " lambda.multi_value_headers.enabled (multiValueHeaders = true) to send them all");
        }
        g.writeStringField("Set-Cookie", cookies.get(cookies.size() - 1));
      }
    }
    g.writeEndObject();
  }

  /** Header lines grouped by case-insensitive name, keeping the first spelling and the order. */
  private static Map<String, List<String>> group(List<String[]> headers) {
    Map<String, List<String>> byLowerName = new LinkedHashMap<>();
    Map<String, String> spelling = new LinkedHashMap<>();
    for (String[] h : headers) {
      String key = h[0].toLowerCase(Locale.ROOT);
      spelling.putIfAbsent(key, h[0]);
      byLowerName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(h[1]);
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    byLowerName.forEach((key, values) -> out.put(spelling.get(key), values));
    return out;
  }

  private static void writeArray(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
