package io.lambdaforge.processor.codec;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * What a codec reads and writes for one Java type, planned from {@code javax.lang.model} by
 * {@link ShapePlanner} and turned into code by {@link CodecWriter}.
 */
sealed interface JsonShape {
  /** The declared Java type. */
  TypeName type();

  /**
   * A value read and written by one {@code Tokens} call pair (or a {@code JsonGenerator} write).
   *
   * @param read the {@code Tokens} method reading it, e.g. {@code intValue}
   * @param write how it is written: {@code number}, {@code boolean}, {@code string} or {@code tokens}
   */
  record Scalar(TypeName type, String read, String write) implements JsonShape {}

  /** {@code Optional<T>}: JSON {@code null} when empty (the runtime's Jdk8Module). */
  record OptionalOf(TypeName type, JsonShape content) implements JsonShape {}

  /** {@code List}, {@code Set} or {@code Collection} of {@code element}, read into {@code impl}. */
  record CollectionOf(TypeName type, ClassName impl, JsonShape element) implements JsonShape {}

  /** A reference-type array. */
  record ArrayOf(TypeName type, JsonShape element) implements JsonShape {}

  /** {@code Map<String, V>}, read into a {@code LinkedHashMap}. */
  record MapOf(TypeName type, JsonShape value) implements JsonShape {}

  /** An enum, by {@code name()}. */
  record EnumOf(TypeName type) implements JsonShape {}

  /**
   * A record (built with its canonical constructor) or a POJO (public no-argument constructor,
   * getters and setters), its properties in databind's order.
   */
  record Bean(TypeName type, boolean isRecord, List<Property> properties, List<Slot> constructor)
      implements JsonShape {}

  /**
   * One JSON property of a bean.
   *
   * @param name the JSON name
   * @param getter the accessor method name
   * @param setter the setter method name (POJO) or the constructor slot index (record, as text)
   * @param nonNull whether {@code @JsonInclude(NON_NULL)} leaves out a null value
   */
  record Property(String name, String getter, String setter, boolean nonNull, JsonShape shape) {}

  /**
   * A record constructor argument: the property it comes from, or the type's default when the
   * component is {@code @JsonIgnore}d.
   */
  record Slot(TypeName type, Property property) {}

  /** A reference to a bean planned elsewhere (recursion). */
  record Ref(TypeName type) implements JsonShape {}
}
