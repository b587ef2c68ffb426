package io.lambdaforge.runtime.internal.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadReaderTest {
  record Line(String sku, int quantity, LocalDate due) {}

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsARecord() throws IOException {
    Line line =
        PayloadReader.of("order", Line.class)
            .read(json("{\"sku\":\"A-1\",\"quantity\":3,\"due\":\"2026-02-01\",\"extra\":1}"));
    assertEquals(new Line("A-1", 3, LocalDate.of(2026, 2, 1)), line);
  }

  @Test
  void readsAGenericListThroughATypeReference() throws IOException {
    PayloadReader<List<Line>> reader = PayloadReader.of("sum", new TypeReference<List<Line>>() {});
    List<Line> lines = reader.read(json("[{\"sku\":\"a\",\"quantity\":1},{\"sku\":\"b\",\"quantity\":2}]"));
    assertEquals(List.of(new Line("a", 1, null), new Line("b", 2, null)), lines);
    assertEquals(
        "java.util.List<io.lambdaforge.runtime.internal.sdk.PayloadReaderTest$Line>", reader.typeName());
  }

  @Test
  void emptyAndNullPayloadsBindToNullForReferenceTypes() throws IOException {
    PayloadReader<Line> reader = PayloadReader.of("order", Line.class);
    assertNull(reader.read(json("")));
    assertNull(reader.read(json(" \n")));
    assertNull(reader.read(json("null")));
  }

  @Test
  void primitivesRejectEmptyAndNull() throws IOException {
    PayloadReader<Integer> reader = PayloadReader.of("square", int.class);
    assertEquals(7, reader.read(json("7")));
    PayloadException empty = assertThrows(PayloadException.class, () -> reader.read(json("")));
    assertEquals("function square: payload does not bind to int: the payload is empty", empty.getMessage());
    PayloadException nul = assertThrows(PayloadException.class, () -> reader.read(json("null")));
    assertTrue(nul.getMessage().startsWith("function square: payload does not bind to int: "), nul.getMessage());
  }

  @Test
  void mismatchNamesFunctionTypeAndLocation() {
    PayloadReader<List<Line>> reader = PayloadReader.of("sum", new TypeReference<List<Line>>() {});
    PayloadException e =
        assertThrows(
            PayloadException.class,
            () -> reader.read(json("[{\"sku\":\"a\",\"quantity\":1},\n{\"quantity\":\"many\"}]")));
    String message = e.getMessage();
    assertTrue(message.startsWith("function sum: payload does not bind to java.util.List<"), message);
    assertTrue(message.contains("at $[1].quantity (line 2, column "), message);
    assertTrue(message.contains("\"many\""), message);
    assertTrue(!message.contains("\n"), message);
    assertEquals("sum", e.functionName());
  }

  @Test
  void malformedJsonAndTrailingContentAreRejected() {
    PayloadReader<Line> reader = PayloadReader.of("order", Line.class);
    PayloadException malformed =
        assertThrows(PayloadException.class, () -> reader.read(json("{\"sku\": ")));
    assertTrue(malformed.getMessage().contains("(line 1, column "), malformed.getMessage());
    PayloadException trailing =
        assertThrows(PayloadException.class, () -> reader.read(json("{\"sku\":\"a\"} {}")));
    assertTrue(trailing.getMessage().contains("Trailing token"), trailing.getMessage());
  }

  /** A codec for {@link Line} that takes a number quantity only (databind also coerces "3"). */
  static final class LineCodec implements io.lambdaforge.runtime.internal.codec.JsonCodec<Line> {
    int reads;

    @Override
    public Line read(com.fasterxml.jackson.core.JsonParser parser) throws IOException {
      String sku = null;
      int quantity = 0;
      while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
        if (name.equals("sku")) {
          sku = parser.getText();
        } else if (name.equals("quantity") && value == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT) {
          quantity = parser.getIntValue();
        } else {
          throw new IllegalArgumentException("not for this codec: " + name);
        }
      }
      reads++;
      return new Line(sku, quantity, null);
    }

    @Override
    public void write(com.fasterxml.jackson.core.JsonGenerator generator, Line value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.lang.reflect.Type type() {
      return Line.class;
    }
  }

  @Test
  void aCodecReaderReadsInPlaceAndFallsBackToDatabindOnTheSameBytes() throws IOException {
    LineCodec codec = new LineCodec();
    PayloadReader<Line> reader = PayloadReader.of("order", codec);
    assertEquals(new Line("a", 3, null), reader.read(json("{\"sku\":\"a\",\"quantity\":3}")));
    assertEquals(1, codec.reads);
    // the codec gives up after reading part of the stream: databind reads it again from the start
    assertEquals(new Line("b", 4, null), reader.read(json("{\"sku\":\"b\",\"quantity\":\"4\"}")));
    assertEquals(1, codec.reads);
    // a stream that cannot be re-read is read whole first
    InputStream once = new java.io.FilterInputStream(json("{\"sku\":\"c\",\"quantity\":\"5\"}")) {
      @Override
      public boolean markSupported() {
        return false;
      }
    };
    assertEquals(new Line("c", 5, null), reader.read(once));
    assertNull(reader.read(json("")));
    assertNull(reader.read(json("null")));
    PayloadException trailing = assertThrows(PayloadException.class, () -> reader.read(json("{\"sku\":\"a\",\"quantity\":\"1\"} {}")));
    assertTrue(trailing.getMessage().contains("Trailing token"), trailing.getMessage());
  }
}
