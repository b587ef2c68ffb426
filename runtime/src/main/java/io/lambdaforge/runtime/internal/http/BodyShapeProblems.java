package io.lambdaforge.runtime.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Every place where a syntactically valid JSON body does not fit the body type, with its JSON
 * location and the type expected there ({@code $.lines[0].quantity: expected an integer}).
 *
 * <p>Jackson stops at the first mismatch, so a body that failed is read once more with a
 * {@link DeserializationProblemHandler} that records each mismatch, skips the value and goes on.
 * Bodies that fit never take this path: it costs nothing on success.
 */
final class BodyShapeProblems extends DeserializationProblemHandler {
  /** At most this many problems are reported for one body. */
  static final int MAX_PROBLEMS = 20;

  private final List<String> problems = new ArrayList<>(2);

  private BodyShapeProblems() {}

  /**
   * The shape problems of {@code body} read by {@code reader}, or an empty list when none could be
   * attributed to a location (the caller then reports the original failure).
   */
  static List<String> of(ObjectReader reader, byte[] body) {
    BodyShapeProblems collector = new BodyShapeProblems();
    try {
      reader.withHandler(collector).readValue(body);
    } catch (IOException | RuntimeException stillFailing) {
      // a failure the handler cannot skip (e.g. a missing creator): what was collected so far stands
    }
    return List.copyOf(collector.problems);
  }

  @Override
  public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
      JsonParser p, String failureMsg) throws IOException {
    record(p, t, targetType.getRawClass(), "got " + tokenName(t));
    p.skipChildren();
    return placeholder(targetType.getRawClass());
  }

  @Override
  public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
      String failureMsg) {
    record(ctxt.getParser(), JsonToken.VALUE_STRING, targetType, null);
    return placeholder(targetType);
  }

  @Override
  public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
      String failureMsg) {
    record(ctxt.getParser(), JsonToken.VALUE_NUMBER_INT, targetType, "got " + valueToConvert);
    return placeholder(targetType);
  }

  @Override
  public Object handleWeirdNativeValue(DeserializationContext ctxt, JavaType targetType, Object valueToConvert,
      JsonParser p) {
    record(p, p.currentToken(), targetType.getRawClass(), null);
    return placeholder(targetType.getRawClass());
  }

  @Override
  public Object handleInstantiationProblem(DeserializationContext ctxt, Class<?> instClass, Object argument,
      Throwable t) {
    // the application's constructor rejected the value: its message is not the client's to read
    record(ctxt.getParser(), null, null, "the value was rejected");
    return null;
  }

  @Override
  public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
      ValueInstantiator valueInsta, JsonParser p, String msg) throws IOException {
    JsonToken t = p.currentToken();
    record(p, t, instClass, "got " + tokenName(t));
    p.skipChildren();
    return null;
  }

  private void record(JsonParser p, JsonToken token, Class<?> target, String detail) {
    if (problems.size() >= MAX_PROBLEMS) {
      return;
    }
    String where = path(p, token);
    String what = target == null ? detail : "expected " + expected(target) + (detail == null ? "" : ", " + detail);
    problems.add(where + ": " + what);
  }

  /** {@code $.lines[0].quantity}: the location of the current value. */
  static String path(JsonParser p, JsonToken token) {
    if (p == null) {
      return "$";
    }
    JsonStreamContext context = p.getParsingContext();
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      // the parser has entered the container already: its location is the parent's entry
      context = context.getParent();
    }
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null) {
        parts.add("." + c.getCurrentName());
      }
    }
    StringBuilder out = new StringBuilder("$");
    for (int i = parts.size() - 1; i >= 0; i--) {
      out.append(parts.get(i));
    }
    return out.toString();
  }

  /** What a client must send for {@code type}, in JSON words. */
  static String expected(Class<?> type) {
    Class<?> t = type.isPrimitive() ? ClassUtil.wrapperType(type) : type;
    if (t == Integer.class || t == Long.class || t == Short.class || t == Byte.class || t == BigInteger.class) {
      return "an integer";
    }
    if (t == Double.class || t == Float.class || t == BigDecimal.class || Number.class.isAssignableFrom(t)) {
      return "a number";
    }
    if (t == Boolean.class) {
      return "a boolean";
    }
    if (t == String.class || t == Character.class || t == UUID.class) {
      return "a string";
    }
    if (t.isEnum()) {
      List<String> names = new ArrayList<>();
      for (Object constant : t.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return "one of " + names;
    }
    if (Temporal.class.isAssignableFrom(t) || t == java.time.Duration.class || t == java.time.Period.class) {
      return "an ISO-8601 string (" + t.getSimpleName() + ")";
    }
    if (t.isArray() || Collection.class.isAssignableFrom(t)) {
      return "an array";
    }
    return "an object";
  }

  private static String tokenName(JsonToken t) {
    if (t == null) {
      return "nothing";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> t.asString() == null ? t.name() : t.asString();
    };
  }

  private static Object placeholder(Class<?> type) {
    return type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
  }
}
