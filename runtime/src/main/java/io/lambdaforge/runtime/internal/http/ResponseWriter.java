package io.lambdaforge.runtime.internal.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.internal.core.Log;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * logged. A response that cannot reach the limit even with every character escaped (the usual
 * case) is streamed straight to the output; only one that might is first written to memory and
 * measured.
 */
final class ResponseWriter {
  static final int ALB_MAX_RESPONSE_BYTES = 1024 * 1024;
  static final int LAMBDA_MAX_RESPONSE_BYTES = 6 * 1024 * 1024;

  private static final JsonFactory FACTORY = io.lambdaforge.runtime.internal.codec.Streams.FACTORY;
  // the response's own field names, written from their encoded form
  private static final SerializedString STATUS_CODE = new SerializedString("statusCode");
  private static final SerializedString STATUS_DESCRIPTION = new SerializedString("statusDescription");
  private static final SerializedString HEADERS = new SerializedString("headers");
  private static final SerializedString MULTI_VALUE_HEADERS = new SerializedString("multiValueHeaders");
  private static final SerializedString COOKIES = new SerializedString("cookies");
  private static final SerializedString BODY = new SerializedString("body");
  private static final SerializedString IS_BASE64_ENCODED = new SerializedString("isBase64Encoded");
  /** More than every field name, number, literal and punctuation of a response outside its strings. */
  private static final int FIXED_BYTES = 512;

  private ResponseWriter() {}

  static void write(Outgoing response, Source source, boolean albMultiValue, String function, Context context,
      OutputStream output) throws IOException {
    write(response, source, albMultiValue, function, context, output, null);
  }

  /**
   * {@link #write(Outgoing, Source, boolean, String, Context, OutputStream)} with the response
   * generator of {@code scratch} when not null (streamed responses only); the caller ends it with
   * {@link Scratch#finished}.
   */
  static void write(Outgoing response, Source source, boolean albMultiValue, String function, Context context,
      OutputStream output, Scratch scratch) throws IOException {
    int limit = source == Source.ALB ? ALB_MAX_RESPONSE_BYTES : LAMBDA_MAX_RESPONSE_BYTES;
    if (worstCaseBytes(response) <= limit) {
      if (scratch != null) {
        JsonGenerator g = scratch.generator(output);
        serialize(g, response, source, albMultiValue, function, context);
        g.flush();
        return;
      }
      try (JsonGenerator g = FACTORY.createGenerator(output)) {
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the runtime owns the output; close() still flushes
        serialize(g, response, source, albMultiValue, function, context);
      }
      return;
    }
    byte[] bytes = serialize(response, source, albMultiValue, function, context);
    if (bytes.length > limit) {
      Log.line(context, "[lambdaforge] " + function + ": response of " + bytes.length + " bytes exceeds the "
          + source + " limit of " + limit + " bytes; sent 500 instead");
      bytes = serialize(ResponseMapper.error(500, "Internal Server Error"), source, albMultiValue, function, context);
    }
    output.write(bytes);
    output.flush();
  }

  /**
   * An upper bound of the serialized size: a fixed allowance for the field names, status and
   * punctuation, and 6 bytes (a six-character escape, more than any UTF-8 encoding of a UTF-16
   * unit) plus 6 of punctuation per character of every string written.
   */
  private static long worstCaseBytes(Outgoing response) {
    long chars = response.bodyLength();
    int strings = 1;
    // indexed loops: no iterator per response on the hot path
    List<String[]> headers = response.headers();
    for (int i = 0; i < headers.size(); i++) {
      chars += headers.get(i)[0].length() + headers.get(i)[1].length();
      strings += 2;
    }
    List<String> cookies = response.cookies();
    for (int i = 0; i < cookies.size(); i++) {
      chars += cookies.get(i).length() + "Set-Cookie".length();
      strings += 2;
    }
    return FIXED_BYTES + 6 * chars + 6L * strings;
  }

  private static byte[] serialize(
      Outgoing response, Source source, boolean albMultiValue, String function, Context context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(response.bodyLength() + 256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      serialize(g, response, source, albMultiValue, function, context);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return out.toByteArray();
  }

  private static void serialize(JsonGenerator g, Outgoing response, Source source, boolean albMultiValue,
      String function, Context context) throws IOException {
    g.writeStartObject();
    g.writeFieldName(STATUS_CODE);
    g.writeNumber(response.status());
    switch (source) {
      case ALB -> alb(g, response, albMultiValue, function, context);
      case API_GATEWAY_HTTP, FUNCTION_URL -> http(g, response);
      default -> rest(g, response);
    }
    g.writeFieldName(BODY);
    response.writeBody(g);
    g.writeFieldName(IS_BASE64_ENCODED);
    g.writeBoolean(response.base64());
    g.writeEndObject();
  }

  private static void rest(JsonGenerator g, Outgoing response) throws IOException {
    if (!repeatsAName(response.headers())) {
      g.writeFieldName(HEADERS);
      g.writeStartObject();
      writeEach(g, response.headers());
      g.writeEndObject();
      g.writeFieldName(MULTI_VALUE_HEADERS);
      g.writeStartObject();
      if (!response.cookies().isEmpty()) {
        writeArray(g, "Set-Cookie", response.cookies());
      }
      g.writeEndObject();
      return;
    }
    Map<String, List<String>> grouped = group(response.headers());
    g.writeFieldName(HEADERS);
    g.writeStartObject();
    for (Map.Entry<String, List<String>> e : grouped.entrySet()) {
      if (e.getValue().size() == 1) {
        g.writeStringField(e.getKey(), e.getValue().get(0));
      }
    }
    g.writeEndObject();
    g.writeFieldName(MULTI_VALUE_HEADERS);
    g.writeStartObject();
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
    g.writeFieldName(HEADERS);
    g.writeStartObject();
    writeJoined(g, response.headers());
    g.writeEndObject();
    g.writeFieldName(COOKIES);
    writeValues(g, response.cookies());
  }

  private static void alb(JsonGenerator g, Outgoing response, boolean multiValue, String function, Context context)
      throws IOException {
    g.writeFieldName(STATUS_DESCRIPTION);
    g.writeString(StatusText.describe(response.status()));
    List<String> cookies = response.cookies();
    if (multiValue) {
      g.writeFieldName(MULTI_VALUE_HEADERS);
      g.writeStartObject();
      if (!repeatsAName(response.headers())) {
        List<String[]> headers = response.headers();
        for (int i = 0; i < headers.size(); i++) {
          g.writeArrayFieldStart(headers.get(i)[0]);
          g.writeString(headers.get(i)[1]);
          g.writeEndArray();
        }
      } else {
        for (Map.Entry<String, List<String>> e : group(response.headers()).entrySet()) {
          writeArray(g, e.getKey(), e.getValue());
        }
      }
      if (!cookies.isEmpty()) {
        writeArray(g, "Set-Cookie", cookies);
      }
    } else {
      g.writeFieldName(HEADERS);
      g.writeStartObject();
      writeJoined(g, response.headers());
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

  /** One field per header name (any case, first spelling, first position), repeated values joined with ", ". */
  private static void writeJoined(JsonGenerator g, List<String[]> headers) throws IOException {
    if (!repeatsAName(headers)) {
      writeEach(g, headers);
      return;
    }
    for (Map.Entry<String, List<String>> e : group(headers).entrySet()) {
      g.writeStringField(e.getKey(), String.join(", ", e.getValue()));
    }
  }

  /** Whether two header lines share a name (any case); long lists are assumed to, and grouped. */
  private static boolean repeatsAName(List<String[]> headers) {
    int n = headers.size();
    if (n > 16) {
      return true;
    }
    for (int i = 1; i < n; i++) {
      String name = headers.get(i)[0];
      for (int j = 0; j < i; j++) {
        if (name.equalsIgnoreCase(headers.get(j)[0])) {
          return true;
        }
      }
    }
    return false;
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

  /** One field per header line, in order. */
  private static void writeEach(JsonGenerator g, List<String[]> headers) throws IOException {
    for (int i = 0; i < headers.size(); i++) {
      g.writeStringField(headers.get(i)[0], headers.get(i)[1]);
    }
  }

  private static void writeArray(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeFieldName(name);
    writeValues(g, values);
  }

  private static void writeValues(JsonGenerator g, List<String> values) throws IOException {
    g.writeStartArray();
    for (int i = 0; i < values.size(); i++) {
      g.writeString(values.get(i));
    }
    g.writeEndArray();
  }
}
