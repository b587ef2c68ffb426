package io.lambdaforge.runtime.internal.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.internal.codec.Fallback;
import io.lambdaforge.runtime.internal.codec.JsonCodec;
import io.lambdaforge.runtime.internal.codec.Streams;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds request values to a function's parameters, collecting every problem instead of stopping
 * at the first; {@link #check()} then throws one {@link BindingException} (a 400 listing them
 * all). Generated code calls one method per parameter, then {@code check()}, then the function.
 *
 * <p>Rules: a required value that is missing or fails conversion records a problem and returns
 * the converter's {@linkplain Converter#placeholder() placeholder} (0 / false for primitives,
 * {@code null} otherwise), so the call can always be assigned. The {@code optional...} methods
 * return empty when the value is absent (a present but invalid value is still a problem).
 * An empty string counts as present for {@code String} and as invalid for other types. List
 * binders split header values on commas (RFC 9110 list syntax, so REST's separate header lines
 * and HTTP API's comma-joined value give the same list); query lists keep each value whole.
 *
 * <p>Not thread-safe: one binder per invocation.
 */
public final class Binder {
  private static final String PATH = "path";
  private static final String QUERY = "query";
  private static final String HEADER = "header";
  private static final String COOKIE = "cookie";
  private static final String BODY = "body";
  private static final String BAD_BASE64 = "the body is marked base64-encoded but is not valid base64";

  private static final String CLAIM = "claim";
  private static final String AUTH_CONTEXT = "authorizer context";

  private final HttpRequest request;
  private List<BindingProblem> problems;
  /** Missing or invalid claims and context values: a 403, not a 400. */
  private List<BindingProblem> forbidden;

  /** A binder over {@code request}. */
  public Binder(HttpRequest request) {
    this.request = request;
  }

  // ---- path ----

  /** The route's {@code {name}} segment, converted. */
  public <T> T path(String name, Converter<T> converter) {
    return required(name, PATH, request.pathParam(name), converter);
  }

  // ---- query ----

  /** The required query parameter {@code name} (its first value). */
  public <T> T query(String name, Converter<T> converter) {
    return required(name, QUERY, request.query(name), converter);
  }

  /** The query parameter {@code name}, empty when absent. */
  public <T> Optional<T> optionalQuery(String name, Converter<T> converter) {
    return Optional.ofNullable(withDefault(name, QUERY, request.query(name), converter, null));
  }

  /** Every value of query parameter {@code name}; empty when absent. */
  public <T> List<T> queryList(String name, Converter<T> converter) {
    return list(name, QUERY, request.queryAll(name), false, converter);
  }

  // ---- header ----

  /** The required header {@code name} (any case; its first value). */
  public <T> T header(String name, Converter<T> converter) {
    return required(name, HEADER, request.header(name), converter);
  }

  /** The header {@code name}, empty when absent. */
  public <T> Optional<T> optionalHeader(String name, Converter<T> converter) {
    return Optional.ofNullable(withDefault(name, HEADER, request.header(name), converter, null));
  }

  /** Every value of header {@code name}, comma-separated elements split and trimmed. */
  public <T> List<T> headerList(String name, Converter<T> converter) {
    return list(name, HEADER, request.headerAll(name), true, converter);
  }

  // ---- cookie ----

  /** The required cookie {@code name}. */
  public <T> T cookie(String name, Converter<T> converter) {
    return required(name, COOKIE, request.cookie(name), converter);
  }

  /** The cookie {@code name}, empty when absent. */
  public <T> Optional<T> optionalCookie(String name, Converter<T> converter) {
    return Optional.ofNullable(withDefault(name, COOKIE, request.cookie(name), converter, null));
  }

  // ---- body ----

  /**
   * The required JSON body, read with {@code reader} (a static {@code ObjectReader} field). No body,
   * a blank body and JSON {@code null} are each a problem on the body: the function is never called
   * with a null body.
   */
  public <T> T body(ObjectReader reader) {
    if (!request.hasBody()) {
      problem(BODY, BODY, null, "a request body is required");
      return null;
    }
    int before = problemCount();
    T value = readJson(reader);
    if (value == null && problemCount() == before) {
      problem(BODY, BODY, null, "a request body is required, got " + (isBlank(bodyBytes()) ? "an empty body" : "JSON null"));
    }
    return value;
  }

  /**
   * The required JSON body read with a generated {@code codec}; what the codec does not accept
   * (and every problem) is read and reported by databind exactly as {@link #body(ObjectReader)}.
   */
  public <T> T body(JsonCodec<T> codec) {
    T value = request.hasBody() ? readCodec(codec) : null;
    return value != null ? value : body(Fallback.reader(codec));
  }

  /** The JSON body read with a generated {@code codec}, empty when the request has no body. */
  public <T> Optional<T> optionalBody(JsonCodec<T> codec) {
    T value = request.hasBody() ? readCodec(codec) : null;
    return value != null ? Optional.of(value) : optionalBody(Fallback.reader(codec));
  }

  private <T> T readCodec(JsonCodec<T> codec) {
    try {
      return request instanceof EventRequest event && event.hasPlainBody()
          ? event.readPlainBody(codec)
          : Streams.tryRead(codec, request.body());
    } catch (IllegalArgumentException badBase64) {
      return null; // reported by the databind path
    }
  }

  /** The JSON body read with {@code reader}, empty when the request has no body. */
  public <T> Optional<T> optionalBody(ObjectReader reader) {
    return request.hasBody() ? Optional.ofNullable(readJson(reader)) : Optional.empty();
  }

  /** The body as text in the Content-Type charset (UTF-8 by default); {@code ""} when empty. */
  public String bodyString() {
    try {
      return request.bodyAsString();
    } catch (IllegalArgumentException badBase64) {
      problem(BODY, BODY, null, BAD_BASE64);
      return "";
    }
  }

  /** The raw body bytes (base64-decoded when the source encoded them); empty when none. */
  public byte[] bodyBytes() {
    try {
      return request.body();
    } catch (IllegalArgumentException badBase64) {
      problem(BODY, BODY, null, BAD_BASE64);
      return new byte[0];
    }
  }

  /** The raw body as a stream. */
  public InputStream bodyStream() {
    return new ByteArrayInputStream(bodyBytes());
  }

  // ---- authorization ----

  /** The required claim {@code name}; missing or invalid is a 403. */
  public <T> T claim(String name, Converter<T> converter) {
    return authorized(name, CLAIM, AuthReader.claimText(request, name), converter);
  }

  /** The claim {@code name}, empty when absent (invalid is a 403). */
  public <T> Optional<T> optionalClaim(String name, Converter<T> converter) {
    String text = AuthReader.claimText(request, name);
    return text == null ? Optional.empty() : Optional.ofNullable(authorized(name, CLAIM, text, converter));
  }

  /**
   * Every element of claim {@code name}: a JSON array's, or the words of the {@code "[a b]"} text
   * API Gateway makes of an array; a scalar claim is a list of one; empty when absent.
   */
  public <T> List<T> claimList(String name, Converter<T> converter) {
    List<String> texts = AuthReader.claimTexts(request, name);
    List<T> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      out.add(authorized(name, CLAIM, text, converter));
    }
    return out;
  }

  /** The required value {@code key} of a Lambda authorizer's context; missing or invalid is a 403. */
  public <T> T authContext(String key, Converter<T> converter) {
    return authorized(key, AUTH_CONTEXT, AuthReader.contextText(request, key), converter);
  }

  /** The Lambda authorizer's context value {@code key}, empty when absent (invalid is a 403). */
  public <T> Optional<T> optionalAuthContext(String key, Converter<T> converter) {
    String text = AuthReader.contextText(request, key);
    return text == null ? Optional.empty() : Optional.ofNullable(authorized(key, AUTH_CONTEXT, text, converter));
  }

  /** What the route's authorizer established. */
  public io.lambdaforge.events.auth.Auth auth() {
    return AuthReader.read(request);
  }

  private <T> T authorized(String name, String in, String text, Converter<T> converter) {
    if (text != null) {
      try {
        T value = converter.convert(text);
        if (value != null) {
          return value;
        }
      } catch (Exception invalid) {
        // reported below
      }
    }
    if (forbidden == null) {
      forbidden = new ArrayList<>(1);
    }
    forbidden.add(BindingProblem.of(name, in, text,
        text == null ? "is missing" : "expected " + converter.description()));
    return converter.placeholder();
  }

  // ---- outcome ----

  /**
   * Throws an {@link AuthBindingException} (403) if a claim or context value was missing or
   * invalid, else a {@link BindingException} listing every problem, if any was recorded.
   */
  public void check() {
    if (forbidden != null) {
      throw new AuthBindingException(forbidden);
    }
    if (problems != null) {
      throw new BindingException(problems);
    }
  }

  /** The problems recorded so far (for adapters that bind in several steps). */
  public List<BindingProblem> problems() {
    return problems == null ? List.of() : List.copyOf(problems);
  }

  private <T> T readJson(ObjectReader reader) {
    byte[] bytes = bodyBytes();
    if (isBlank(bytes)) {
      return null;
    }
    try {
      return reader.readValue(bytes);
    } catch (JsonParseException | StreamConstraintsException e) {
      problem(BODY, BODY, null, "malformed JSON body: " + BodyProblems.describe(e));
      return null;
    } catch (JsonProcessingException e) {
      // valid JSON of the wrong shape: report every mismatch with its location and expected type
      List<String> shape = BodyShapeProblems.of(reader, bytes);
      if (shape.isEmpty()) {
        problem(BODY, BODY, null, "JSON body does not match the expected type: " + BodyProblems.describe(e));
      }
      for (String reason : shape) {
        problem(BODY, BODY, null, reason);
      }
      return null;
    } catch (IOException e) {
      problem(BODY, BODY, null, "unreadable body");
      return null;
    }
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private int problemCount() {
    return problems == null ? 0 : problems.size();
  }

  private <T> T required(String name, String in, String text, Converter<T> converter) {
    if (text == null) {
      problem(name, in, null, "required " + in + (in.equals(COOKIE) ? "" : " parameter") + " is missing");
      return converter.placeholder();
    }
    return convert(name, in, text, converter);
  }

  private <T> T withDefault(String name, String in, String text, Converter<T> converter, T defaultValue) {
    return text == null ? defaultValue : convert(name, in, text, converter);
  }

  private <T> List<T> list(String name, String in, List<String> texts, boolean split, Converter<T> converter) {
    List<T> out = new ArrayList<>(texts.size());
    for (String text : texts) {
      if (split) {
        for (String element : text.split(",")) {
          String trimmed = element.trim();
          if (!trimmed.isEmpty()) {
            out.add(convert(name, in, trimmed, converter));
          }
        }
      } else {
        out.add(convert(name, in, text, converter));
      }
    }
    return out;
  }

  private <T> T convert(String name, String in, String text, Converter<T> converter) {
    try {
      T value = converter.convert(text);
      if (value != null) {
        return value;
      }
    } catch (Exception invalid) {
      // reported below, with the converter's description rather than the parser's message
    }
    problem(name, in, text, "expected " + converter.description());
    return converter.placeholder();
  }

  private void problem(String name, String in, String value, String reason) {
    if (problems == null) {
      problems = new ArrayList<>(2);
    }
    problems.add(BindingProblem.of(name, in, value, reason));
  }
}
