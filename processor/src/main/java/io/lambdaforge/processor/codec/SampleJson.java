package io.lambdaforge.processor.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.palantir.javapoet.TypeName;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * A sample JSON value of a planned {@link JsonShape}, for SnapStart priming: every property
 * present, one element in each collection, array and map, the first constant of each enum, and
 * fixed scalar values in the forms the runtime's configuration writes (ISO-8601 dates, canonical
 * UUIDs, base64 bytes). A codec reads it back (so priming runs the codec's reader) and writes it
 * (so it runs the writer). Values are fixed, never random: the snapshot holds nothing unique. A
 * recursive reference already being written is {@code null}, so the sample is finite.
 */
final class SampleJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Function<TypeName, JsonShape> beans;
  private final Function<TypeName, String> firstConstants;
  private final Set<TypeName> open = new HashSet<>();

  private SampleJson(Function<TypeName, JsonShape> beans, Function<TypeName, String> firstConstants) {
    this.beans = beans;
    this.firstConstants = firstConstants;
  }

  /** The sample of {@code shape}; {@code beans} resolves references, {@code firstConstants} enums. */
  static String of(
      JsonShape shape, Function<TypeName, JsonShape> beans, Function<TypeName, String> firstConstants) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      new SampleJson(beans, firstConstants).write(g, shape);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private void write(JsonGenerator g, JsonShape shape) throws IOException {
    if (shape instanceof JsonShape.Scalar scalar) {
      scalar(g, scalar.read());
    } else if (shape instanceof JsonShape.OptionalOf optional) {
      write(g, optional.content());
    } else if (shape instanceof JsonShape.CollectionOf collection) {
      g.writeStartArray();
      write(g, collection.element());
      g.writeEndArray();
    } else if (shape instanceof JsonShape.ArrayOf array) {
      g.writeStartArray();
      write(g, array.element());
      g.writeEndArray();
    } else if (shape instanceof JsonShape.MapOf map) {
      g.writeStartObject();
      g.writeFieldName("key");
      write(g, map.value());
      g.writeEndObject();
    } else if (shape instanceof JsonShape.EnumOf) {
      String constant = firstConstants.apply(shape.type());
      if (constant == null) {
        g.writeNull();
      } else {
        g.writeString(constant);
      }
    } else if (shape instanceof JsonShape.Bean bean) {
      bean(g, bean);
    } else {
      JsonShape target = beans.apply(shape.type());
      if (target == null || open.contains(shape.type())) {
        g.writeNull();
      } else {
        write(g, target);
      }
    }
  }

  private void bean(JsonGenerator g, JsonShape.Bean bean) throws IOException {
    if (!open.add(bean.type())) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    for (JsonShape.Property property : bean.properties()) {
      g.writeFieldName(property.name());
      write(g, property.shape());
    }
    g.writeEndObject();
    open.remove(bean.type());
  }

  private static void scalar(JsonGenerator g, String read) throws IOException {
    switch (read) {
      case "string" -> g.writeString("a");
      case "intValue", "boxedInt", "longValue", "boxedLong", "shortValue", "boxedShort",
          "byteValue", "boxedByte", "bigInteger" -> g.writeNumber(1);
      case "doubleValue", "boxedDouble", "floatValue", "boxedFloat" -> g.writeNumber(1.5d);
      case "bigDecimal" -> g.writeNumber(new BigDecimal("1.5"));
      case "booleanValue", "boxedBoolean" -> g.writeBoolean(true);
      case "uuid" -> g.writeString("00000000-0000-0000-0000-000000000001");
      case "instant" -> g.writeString("1970-01-01T00:00:00Z");
      case "localDate" -> g.writeString("1970-01-01");
      case "localDateTime" -> g.writeString("1970-01-01T00:00:00");
      case "localTime" -> g.writeString("00:00:00");
      case "bytes" -> g.writeString("AQ==");
      default -> g.writeNull();
    }
  }
}
