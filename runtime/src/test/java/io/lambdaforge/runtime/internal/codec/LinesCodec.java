package io.lambdaforge.runtime.internal.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.List;

/**
 * A write-only codec for the tests of what writes a codec's output: strings as a JSON array. It
 * gives up at an element {@code "boom"} (as a generated codec does at a subclass it does not know,
 * so databind writes the value) and returns leaving the array open at an element {@code "open"} (a
 * codec that ends inside a value).
 */
public final class LinesCodec implements JsonCodec<List<String>> {
  public static final LinesCodec LINES = new LinesCodec();

  private LinesCodec() {}

  @Override
  public List<String> read(JsonParser parser) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void write(JsonGenerator generator, List<String> value) throws IOException {
    generator.writeStartArray();
    for (String line : value) {
      if (line.equals("boom")) {
        throw new IllegalStateException("not for this codec");
      }
      if (line.equals("open")) {
        return;
      }
      generator.writeString(line);
    }
    generator.writeEndArray();
  }

  @Override
  public Type type() {
    return List.class;
  }
}
