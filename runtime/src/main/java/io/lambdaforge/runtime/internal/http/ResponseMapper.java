package io.lambdaforge.runtime.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.lambdaforge.runtime.http.HttpResponse;
import io.lambdaforge.runtime.internal.codec.JsonBody;
import io.lambdaforge.runtime.internal.codec.JsonText;
import io.lambdaforge.runtime.internal.json.Json;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps what a function returned to an {@link Outgoing} response, and builds the error responses.
 *
 * <p>{@link HttpResponse}: as given. {@code Optional.empty()}: 404. {@code Optional.of(x)}: as
 * {@code x}. {@code null} (and {@code void}): 204. {@code String}: 200 {@code text/plain;
 * charset=utf-8}. {@code byte[]}: 200 {@code application/octet-stream}, base64. Anything else:
 * 200 {@code application/json} via the shared mapper.
 */
final class ResponseMapper {
  static final String JSON = "application/json";
  static final String TEXT = "text/plain; charset=utf-8";
  static final String BINARY = "application/octet-stream";

  private static final List<String[]> NO_HEADERS = List.of();
  // a plain result's only header line is one of the default types: shared, as the lines are only read
  private static final List<String[]> JSON_HEADERS = List.<String[]>of(new String[] {"Content-Type", JSON});
  private static final List<String[]> TEXT_HEADERS = List.<String[]>of(new String[] {"Content-Type", TEXT});
  private static final List<String[]> BINARY_HEADERS = List.<String[]>of(new String[] {"Content-Type", BINARY});

  private ResponseMapper() {}

  static Outgoing map(Object result) throws JsonProcessingException {
    return map(result, null);
  }

  /**
   * {@link #map(Object)}, with a codec-written body left in {@code text} (when not null) instead of
   * becoming a string; the response is then valid until {@code text} is written again.
   */
  static Outgoing map(Object result, JsonText text) throws JsonProcessingException {
    if (result == null) {
      return new Outgoing(204, NO_HEADERS, List.of(), "", false);
    }
    if (result instanceof Optional<?> optional) {
      return optional.isPresent() ? map(optional.get(), text) : error(404, "Not Found");
    }
    if (result instanceof HttpResponse<?> response) {
      return explicit(response, text);
    }
    return body(200, null, null, List.of(), result, text);
  }

  private static Outgoing explicit(HttpResponse<?> response, JsonText json) throws JsonProcessingException {
    List<String[]> headers = new ArrayList<>(response.headers().size() + 1);
    List<String> cookies = new ArrayList<>(response.cookies());
    String contentType = response.contentType();
    for (Map.Entry<String, String> header : response.headers()) {
      String name = header.getKey();
      if ("set-cookie".equalsIgnoreCase(name)) {
        cookies.add(header.getValue());
      } else if ("content-type".equalsIgnoreCase(name) && contentType == null) {
        contentType = header.getValue();
      } else if (!"content-type".equalsIgnoreCase(name)) {
        HeaderRules.checkHeader(name, header.getValue());
        headers.add(new String[] {name, header.getValue()});
      }
    }
    for (String cookie : cookies) {
      HeaderRules.checkCookie(cookie);
    }
    if (response.status() == 404 && response.body() == null && response.contentType() == null) {
      return withHeaders(error(404, "Not Found"), headers, cookies);
    }
    return body(response.status(), contentType, headers, cookies, response.body(), json);
  }

  private static Outgoing body(int status, String contentType, List<String[]> headers, List<String> cookies, Object body,
      JsonText json) throws JsonProcessingException {
    String type;
    String text;
    JsonText written = null; // a codec's text, in place of text
    boolean base64 = false;
    if (body == null) {
      type = contentType;
      text = "";
    } else if (body instanceof String string) {
      type = contentType == null ? TEXT : contentType;
      text = string;
    } else if (body instanceof byte[] bytes) {
      type = contentType == null ? BINARY : contentType;
      text = Base64.getEncoder().encodeToString(bytes);
      base64 = true;
    } else {
      type = contentType == null ? JSON : contentType;
      if (json != null && body instanceof JsonBody<?> encoded && encoded.tryWrite(json)) {
        written = json;
        text = null;
      } else {
        text = body instanceof JsonBody<?> encoded
            ? encoded.json()
            : Writer.WRITER.writeValueAsString(body);
      }
    }
    if (headers == null) { // a plain result: no header lines but the default Content-Type
      return new Outgoing(status, defaultTypeHeaders(type), cookies, text, base64, written);
    }
    if (type != null) {
      HeaderRules.checkHeader("Content-Type", type);
      headers.add(0, new String[] {"Content-Type", type});
    }
    return new Outgoing(status, headers, cookies, text, base64, written);
  }

  private static List<String[]> defaultTypeHeaders(String type) {
    if (type == null) {
      return NO_HEADERS;
    }
    return switch (type) {
      case JSON -> JSON_HEADERS;
      case TEXT -> TEXT_HEADERS;
      case BINARY -> BINARY_HEADERS;
      default -> throw new IllegalStateException("not a default Content-Type: " + type);
    };
  }

  private static Outgoing withHeaders(Outgoing base, List<String[]> headers, List<String> cookies) {
    List<String[]> all = new ArrayList<>(base.headers());
    all.addAll(headers);
    return base.with(all, cookies);
  }

  /** {@code status} with {@code {"message": message}}. */
  static Outgoing error(int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", message);
    return json(status, body);
  }

  /** 405 with {@code Allow}. */
  static Outgoing methodNotAllowed(String allow) {
    Outgoing base = error(405, "Method Not Allowed");
    List<String[]> headers = new ArrayList<>(base.headers());
    headers.add(new String[] {"Allow", allow});
    return base.with(headers, List.of());
  }

  /** 400 listing every binding problem. */
  static Outgoing badRequest(List<BindingProblem> problems) {
    List<Map<String, Object>> errors = new ArrayList<>(problems.size());
    for (BindingProblem p : problems) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("parameter", p.parameter());
      error.put("in", p.in());
      error.put("value", p.value());
      error.put("reason", p.reason());
      errors.add(error);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", "Bad Request");
    body.put("errors", errors);
    return json(400, body);
  }

  private static Outgoing json(int status, Map<String, Object> body) {
    try {
      List<String[]> headers = new ArrayList<>(2);
      headers.add(new String[] {"Content-Type", JSON});
      return new Outgoing(status, headers, List.of(), Writer.WRITER.writeValueAsString(body), false);
    } catch (JsonProcessingException impossible) {
      // maps of strings always serialize
      throw new IllegalStateException(impossible);
    }
  }

  /** The databind writer, built on first use: a codec-written success never loads databind. */
  private static final class Writer {
    static final ObjectWriter WRITER = Json.writer();
  }
}
