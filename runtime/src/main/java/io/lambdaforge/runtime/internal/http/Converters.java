package io.lambdaforge.runtime.internal.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The converters generated adapters use, one constant per supported type. Parsing is strict:
 * numbers must be plain decimal literals (no surrounding spaces), booleans are {@code true} or
 * {@code false} (any case), {@code java.time} values use their ISO-8601 form. The primitive
 * converters also serve the boxed types.
 */
public final class Converters {
  private Converters() {}

  public static final Converter<String> STRING = of("a string", null, text -> text);
  public static final Converter<Integer> INT = of("an integer (32-bit)", 0, Integer::valueOf);
  public static final Converter<Long> LONG = of("an integer (64-bit)", 0L, Long::valueOf);
  public static final Converter<Short> SHORT = of("an integer (16-bit)", (short) 0, Short::valueOf);
  public static final Converter<Byte> BYTE = of("an integer (8-bit)", (byte) 0, Byte::valueOf);
  public static final Converter<Double> DOUBLE = of("a decimal number", 0d, Converters::parseDouble);
  public static final Converter<Float> FLOAT =
      of("a decimal number", 0f, text -> parseDouble(text).floatValue());
  public static final Converter<Boolean> BOOLEAN = of("true or false", false, Converters::parseBoolean);
  public static final Converter<Character> CHAR = of("a single character", '\0', Converters::parseChar);
  public static final Converter<UUID> UUID = of("a UUID", null, Converters::parseUuid);
  public static final Converter<BigDecimal> BIG_DECIMAL = of("a decimal number", null, BigDecimal::new);
  public static final Converter<BigInteger> BIG_INTEGER = of("an integer", null, BigInteger::new);
  public static final Converter<Instant> INSTANT =
      of("an ISO-8601 instant, e.g. 2024-05-01T10:15:30Z", null, Instant::parse);
  public static final Converter<LocalDate> LOCAL_DATE =
      of("an ISO-8601 date, e.g. 2024-05-01", null, LocalDate::parse);
  public static final Converter<LocalDateTime> LOCAL_DATE_TIME =
      of("an ISO-8601 local date-time, e.g. 2024-05-01T10:15:30", null, LocalDateTime::parse);
  public static final Converter<LocalTime> LOCAL_TIME =
      of("an ISO-8601 time, e.g. 10:15:30", null, LocalTime::parse);
  public static final Converter<OffsetDateTime> OFFSET_DATE_TIME =
      of("an ISO-8601 date-time with offset, e.g. 2024-05-01T10:15:30+02:00", null, OffsetDateTime::parse);
  public static final Converter<ZonedDateTime> ZONED_DATE_TIME =
      of("an ISO-8601 zoned date-time, e.g. 2024-05-01T10:15:30+02:00[Europe/Paris]", null, ZonedDateTime::parse);
  /**
   * An instant in a claim: epoch seconds ({@code exp}, {@code iat}, {@code auth_time} as numbers
   * or their text), REST's {@code "Fri Jul 29 18:52:53 UTC 2016"} form, or ISO-8601.
   */
  public static final Converter<Instant> CLAIM_INSTANT =
      of("epoch seconds, a date like Fri Jul 29 18:52:53 UTC 2016, or an ISO-8601 instant", null,
          Converters::parseClaimInstant);

  public static final Converter<Duration> DURATION =
      of("an ISO-8601 duration, e.g. PT15M", null, Duration::parse);

  private static final java.time.format.DateTimeFormatter REST_CLAIM_DATE =
      java.time.format.DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.ROOT);

  private static Instant parseClaimInstant(String text) {
    if (!text.isEmpty() && text.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')) {
      BigDecimal seconds = new BigDecimal(text);
      return Instant.ofEpochSecond(
          seconds.longValue(), seconds.remainder(BigDecimal.ONE).movePointRight(9).intValue());
    }
    if (Character.isLetter(text.charAt(0))) {
      return ZonedDateTime.parse(text, REST_CLAIM_DATE).toInstant();
    }
    return Instant.parse(text);
  }

  /**
   * A converter for the constants of {@code type}: the exact constant name, or else the one
   * constant whose name matches ignoring case. Call it once (in a static field), not per request.
   */
  public static <E extends Enum<E>> Converter<E> enumOf(Class<E> type) {
    E[] constants = type.getEnumConstants();
    Map<String, E> exact = new HashMap<>();
    Map<String, E> folded = new HashMap<>();
    StringBuilder names = new StringBuilder("one of [");
    for (E constant : constants) {
      exact.put(constant.name(), constant);
      String key = constant.name().toLowerCase(Locale.ROOT);
      // two constants equal ignoring case: neither is reachable case-insensitively
      folded.put(key, folded.containsKey(key) ? null : constant);
      names.append(names.length() > 8 ? ", " : "").append(constant.name());
    }
    String description = names.append(']').toString();
    return of(description, null, text -> {
      E value = exact.get(text);
      if (value == null) {
        value = folded.get(text.toLowerCase(Locale.ROOT));
      }
      if (value == null) {
        throw new IllegalArgumentException(text);
      }
      return value;
    });
  }

  /** A converter from a parsing function; {@code parse} signals bad input by throwing. */
  public static <T> Converter<T> of(String description, T placeholder, ThrowingParser<T> parse) {
    return new Converter<>() {
      @Override
      public T convert(String text) throws Exception {
        return parse.parse(text);
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public T placeholder() {
        return placeholder;
      }

      @Override
      public String toString() {
        return "Converter[" + description + "]";
      }
    };
  }

  /** A parsing function that may throw. */
  @FunctionalInterface
  public interface ThrowingParser<T> {
    T parse(String text) throws Exception;
  }

  private static Double parseDouble(String text) {
    // Double.valueOf accepts "NaN", "Infinity", hex floats, trailing 'd' and surrounding spaces
    if (text.isEmpty() || !isPlainDecimal(text)) {
      throw new NumberFormatException(text);
    }
    return Double.valueOf(text);
  }

  private static boolean isPlainDecimal(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9') && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
        return false;
      }
    }
    return true;
  }

  private static Boolean parseBoolean(String text) {
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (text.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    throw new IllegalArgumentException(text);
  }

  private static Character parseChar(String text) {
    if (text.length() != 1) {
      throw new IllegalArgumentException(text);
    }
    return text.charAt(0);
  }

  private static UUID parseUuid(String text) {
    // UUID.fromString accepts short groups such as "1-2-3-4-5"; require the canonical 36 chars
    if (text.length() != 36) {
      throw new IllegalArgumentException(text);
    }
    return java.util.UUID.fromString(text);
  }
}
