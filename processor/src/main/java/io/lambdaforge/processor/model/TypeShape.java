package io.lambdaforge.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.Objects;

/**
 * The classification of a parameter type, so a generator can pick a converter without seeing
 * {@code javax.lang.model}. {@link #of()} is the element shape for {@link Kind#OPTIONAL} and
 * {@link Kind#LIST}, {@code null} otherwise.
 *
 * @param kind the classification
 * @param type the full declared type, e.g. {@code java.util.Optional<java.util.UUID>}
 * @param of the element shape of an {@code Optional<T>} or {@code List<T>}
 */
public record TypeShape(Kind kind, TypeName type, TypeShape of) {
  /** The classifications. */
  public enum Kind {
    /** {@code java.lang.String}. */
    STRING,
    /** A primitive; {@link #type()} says which. */
    PRIMITIVE,
    /** A primitive box, e.g. {@code java.lang.Integer}. */
    BOXED,
    /** An enum type. */
    ENUM,
    /** {@code java.util.UUID}. */
    UUID,
    /** A supported {@code java.time} type; see {@link #JAVA_TIME_TYPES}. */
    JAVA_TIME,
    /** {@code java.util.Optional<T>}. */
    OPTIONAL,
    /** {@code java.util.List<T>}. */
    LIST,
    /** {@code byte[]}. */
    BYTES,
    /** {@code java.io.InputStream}. */
    INPUT_STREAM,
    /** Anything else: read and written as JSON. */
    JSON
  }

  /** The {@code java.time} types the HTTP binders convert from text. */
  public static final java.util.List<String> JAVA_TIME_TYPES =
      java.util.List.of(
          "java.time.Instant",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.OffsetDateTime",
          "java.time.ZonedDateTime",
          "java.time.LocalTime",
          "java.time.Duration");

  public TypeShape {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    if ((kind == Kind.OPTIONAL || kind == Kind.LIST) != (of != null)) {
      throw new IllegalArgumentException("element shape required exactly for OPTIONAL and LIST");
    }
  }

  public static TypeShape of(Kind kind, TypeName type) {
    return new TypeShape(kind, type, null);
  }

  /**
   * Whether a single text value (a path segment, query value, header or cookie) converts to this
   * type: STRING, PRIMITIVE, BOXED, ENUM, UUID or JAVA_TIME.
   */
  public boolean isScalar() {
    switch (kind) {
      case STRING:
      case PRIMITIVE:
      case BOXED:
      case ENUM:
      case UUID:
      case JAVA_TIME:
        return true;
      default:
        return false;
    }
  }
}
