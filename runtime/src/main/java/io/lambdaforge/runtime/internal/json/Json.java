package io.lambdaforge.runtime.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The one Jackson configuration every adapter shares, built once per execution environment. The
 * mapper itself is never handed out; callers get immutable readers and writers, or a copy.
 *
 * <p>Policy: no default typing; bounded reads ({@link #MAX_NESTING_DEPTH} levels, numbers of at
 * most {@link #MAX_NUMBER_LENGTH} characters, strings of at most {@link #MAX_STRING_LENGTH}
 * characters, which covers Lambda's 6 MB payload limit); unknown properties in payloads are
 * ignored (events gain fields over time, and clients may send more than a handler reads);
 * {@code java.time} values are ISO-8601 strings; {@code Optional} fields are their value or
 * {@code null}.
 */
public final class Json {
  /** Deepest JSON nesting accepted in any payload. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest number literal accepted. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** Longest string value accepted (Lambda's synchronous payload limit is 6 MB). */
  public static final int MAX_STRING_LENGTH = 6 * 1024 * 1024 + 1024;

  /** Never handed out: an {@code ObjectMapper} can be reconfigured, and every adapter shares it. */
  private static final ObjectMapper MAPPER = create();
  private static final ObjectReader READER = MAPPER.reader();
  private static final ObjectWriter WRITER = MAPPER.writer();

  private Json() {}

  /** A reader with the shared configuration, for trees ({@code readTree}) and streaming. Immutable. */
  public static ObjectReader reader() {
    return READER;
  }

  /** A reader of {@code type} with the shared configuration. Immutable; keep it in a static field. */
  public static ObjectReader readerFor(Class<?> type) {
    return MAPPER.readerFor(type);
  }

  /** A reader of a generic type with the shared configuration. Immutable; keep it in a static field. */
  public static ObjectReader readerFor(TypeReference<?> type) {
    return MAPPER.readerFor(type);
  }

  /** A reader of {@code type} (e.g. a generic parameter type) with the shared configuration. */
  public static ObjectReader readerFor(java.lang.reflect.Type type) {
    return MAPPER.readerFor(MAPPER.constructType(type));
  }

  /** A writer with the shared configuration. Immutable. */
  public static ObjectWriter writer() {
    return WRITER;
  }

  /**
   * A new mapper with the shared configuration, for a caller that needs a whole {@code ObjectMapper}
   * (and may reconfigure it): changing the copy never changes what adapters read or write.
   */
  public static ObjectMapper copy() {
    return MAPPER.copy();
  }

  private static ObjectMapper create() {
    // the runtime's one factory, with the limits above (building it loads no databind class)
    JsonFactory factory = io.lambdaforge.runtime.internal.codec.Streams.FACTORY;
    return JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new LazyJavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .build();
  }
}
