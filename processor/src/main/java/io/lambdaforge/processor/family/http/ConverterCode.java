package io.lambdaforge.processor.family.http;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.lambdaforge.processor.generate.StaticFields;
import io.lambdaforge.processor.model.TypeShape;
import java.util.Map;

/**
 * The {@code io.lambdaforge.runtime.internal.http.Converters} constant that converts text to a scalar
 * shape; enums get a static {@code Converters.enumOf} field instead.
 */
final class ConverterCode {
  private static final Map<TypeName, String> PRIMITIVES =
      Map.of(
          TypeName.INT, "INT",
          TypeName.LONG, "LONG",
          TypeName.SHORT, "SHORT",
          TypeName.BYTE, "BYTE",
          TypeName.DOUBLE, "DOUBLE",
          TypeName.FLOAT, "FLOAT",
          TypeName.BOOLEAN, "BOOLEAN",
          TypeName.CHAR, "CHAR");

  private static final Map<String, String> JAVA_TIME =
      Map.of(
          "java.time.Instant", "INSTANT",
          "java.time.LocalDate", "LOCAL_DATE",
          "java.time.LocalDateTime", "LOCAL_DATE_TIME",
          "java.time.OffsetDateTime", "OFFSET_DATE_TIME",
          "java.time.ZonedDateTime", "ZONED_DATE_TIME",
          "java.time.LocalTime", "LOCAL_TIME",
          "java.time.Duration", "DURATION");

  private ConverterCode() {}

  /**
   * The converter of a claim or authorizer-context value: as {@link #of}, except that an {@code
   * Instant} also reads epoch seconds and REST's claim dates ({@code Converters.CLAIM_INSTANT}).
   */
  static CodeBlock ofClaim(TypeShape scalar, StaticFields fields) {
    if (scalar.kind() == TypeShape.Kind.JAVA_TIME
        && scalar.type().toString().equals("java.time.Instant")) {
      return CodeBlock.of("$T.$N", StaticFields.CONVERTERS, "CLAIM_INSTANT");
    }
    return of(scalar, fields);
  }

  /**
   * The converter expression of a scalar shape ({@link TypeShape#isScalar()}).
   *
   * @throws IllegalArgumentException for a shape validation does not let through
   */
  static CodeBlock of(TypeShape scalar, StaticFields fields) {
    String constant;
    switch (scalar.kind()) {
      case STRING:
        constant = "STRING";
        break;
      case PRIMITIVE:
      case BOXED:
        constant = PRIMITIVES.get(scalar.type().unbox());
        break;
      case UUID:
        constant = "UUID";
        break;
      case JAVA_TIME:
        constant = JAVA_TIME.get(scalar.type().toString());
        break;
      case ENUM:
        return CodeBlock.of("$N", fields.enumConverter(scalar.type()));
      default:
        constant = null;
    }
    if (constant == null) {
      throw new IllegalArgumentException("no text converter for " + scalar.type());
    }
    return CodeBlock.of("$T.$N", StaticFields.CONVERTERS, constant);
  }
}
