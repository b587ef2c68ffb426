package io.lambdaforge.runtime.internal.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The scalar reads and writes generated codecs call. Each read accepts exactly the token databind
 * writes for the type (and JSON {@code null} for reference types) and throws {@link Mismatch}
 * otherwise, so the databind fallback decides every other case. Writes mirror databind's
 * serializers under the runtime's configuration ({@code java.time} as ISO-8601 text).
 */
public final class Tokens {
  private Tokens() {}

  /** Thrown for any token a codec does not accept; never leaves the runtime. */
  public static final class Mismatch extends IOException {
    private static final long serialVersionUID = 1L;

    Mismatch(String what) {
      super("codec does not accept " + what);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // control flow to the fallback, no stack needed
    }
  }

  /** A {@link Mismatch} for the parser's current token. */
  public static Mismatch mismatch(JsonParser p) {
    return new Mismatch(String.valueOf(p.currentToken()));
  }

  /** A {@link Mismatch} for a value the codec cannot write (databind writes it). */
  public static Mismatch unwritable(String what) {
    return new Mismatch(what);
  }

  /** Whether the current token is JSON {@code null}. */
  public static boolean isNull(JsonParser p) {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  /**
   * Moves to the next field of the object and gives its name, or {@code null} at the object's end:
   * {@code order[next]} when the input has that name next, matched as encoded text ({@link
   * JsonParser#nextFieldName(SerializableString)}: no symbol-table lookup), else the name read.
   * Generated bean readers pass their properties in the order they write them.
   */
  public static String nextName(JsonParser p, SerializableString[] order, int next) throws IOException {
    if (next >= order.length) {
      return p.nextFieldName();
    }
    if (p.nextFieldName(order[next])) {
      return order[next].getValue();
    }
    return p.currentToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
  }

  /** Requires {@code {} and moves past it (to a field name or {@code }}). */
  public static void startObject(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw mismatch(p);
    }
  }

  /** Requires {@code [}. */
  public static void startArray(JsonParser p) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw mismatch(p);
    }
  }

  public static String string(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(p);
  }

  public static int intValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getIntValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return 0;
    }
    throw mismatch(p);
  }

  public static Integer boxedInt(JsonParser p) throws IOException {
    return isNull(p) ? null : intValue(p);
  }

  public static long longValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getLongValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return 0L;
    }
    throw mismatch(p);
  }

  public static Long boxedLong(JsonParser p) throws IOException {
    return isNull(p) ? null : longValue(p);
  }

  public static short shortValue(JsonParser p) throws IOException {
    int value = intValue(p);
    if (value < Short.MIN_VALUE || value > Short.MAX_VALUE) {
      throw mismatch(p);
    }
    return (short) value;
  }

  public static Short boxedShort(JsonParser p) throws IOException {
    return isNull(p) ? null : shortValue(p);
  }

  public static byte byteValue(JsonParser p) throws IOException {
    // databind accepts -128..255 for byte; only the signed range is read here
    int value = intValue(p);
    if (value < Byte.MIN_VALUE || value > Byte.MAX_VALUE) {
      throw mismatch(p);
    }
    return (byte) value;
  }

  public static Byte boxedByte(JsonParser p) throws IOException {
    return isNull(p) ? null : byteValue(p);
  }

  public static boolean booleanValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE || t == JsonToken.VALUE_NULL) {
      return false;
    }
    throw mismatch(p);
  }

  public static Boolean boxedBoolean(JsonParser p) throws IOException {
    return isNull(p) ? null : booleanValue(p);
  }

  public static double doubleValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
      return p.getDoubleValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return 0d;
    }
    throw mismatch(p);
  }

  public static Double boxedDouble(JsonParser p) throws IOException {
    return isNull(p) ? null : doubleValue(p);
  }

  public static float floatValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
      return p.getFloatValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return 0f;
    }
    throw mismatch(p);
  }

  public static Float boxedFloat(JsonParser p) throws IOException {
    return isNull(p) ? null : floatValue(p);
  }

  public static BigDecimal bigDecimal(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
      return p.getDecimalValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(p);
  }

  public static BigInteger bigInteger(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return p.getBigIntegerValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(p);
  }

  public static UUID uuid(JsonParser p) throws IOException {
    String text = string(p);
    if (text == null) {
      return null;
    }
    // databind reads exactly the 36-character form; anything else goes to it
    if (text.length() != 36) {
      throw mismatch(p);
    }
    UUID value = UUID.fromString(text);
    if (!value.toString().equalsIgnoreCase(text)) {
      throw mismatch(p);
    }
    return value;
  }

  public static Instant instant(JsonParser p) throws IOException {
    String text = string(p);
    return text == null ? null : Instant.parse(text);
  }

  public static LocalDate localDate(JsonParser p) throws IOException {
    String text = string(p);
    return text == null ? null : LocalDate.parse(text);
  }

  public static LocalDateTime localDateTime(JsonParser p) throws IOException {
    String text = string(p);
    return text == null ? null : LocalDateTime.parse(text);
  }

  public static LocalTime localTime(JsonParser p) throws IOException {
    String text = string(p);
    return text == null ? null : LocalTime.parse(text);
  }

  public static byte[] bytes(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getBinaryValue();
    }
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    throw mismatch(p);
  }

  /** The constant of {@code type} named by the current string token (databind's default). */
  public static <E extends Enum<E>> E enumValue(JsonParser p, Class<E> type) throws IOException {
    String text = string(p);
    if (text == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException unknown) {
      throw mismatch(p);
    }
  }

  // ---- writes ----

  public static void write(JsonGenerator g, String value) throws IOException {
    g.writeString(value);
  }

  public static void write(JsonGenerator g, UUID value) throws IOException {
    g.writeString(value.toString());
  }

  public static void write(JsonGenerator g, Instant value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
  }

  public static void write(JsonGenerator g, LocalDate value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
  }

  public static void write(JsonGenerator g, LocalDateTime value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(value));
  }

  public static void write(JsonGenerator g, LocalTime value) throws IOException {
    g.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format(value));
  }

  public static void write(JsonGenerator g, byte[] value) throws IOException {
    g.writeBinary(value);
  }

  public static void write(JsonGenerator g, Enum<?> value) throws IOException {
    g.writeString(value.name());
  }
}
