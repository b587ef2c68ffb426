package io.lambdaforge.runtime.internal.codec;

import static io.lambdaforge.runtime.internal.codec.LinesCodec.LINES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A codec's text in a buffer kept between invocations: each write gives exactly the text
 * {@link Streams#tryWriteString} (and databind) gives, whatever was written before it, including
 * after a codec gave up halfway or returned inside a value.
 */
class JsonTextTest {
  private static String written(JsonText text) {
    return new String(text.chars(), 0, text.length());
  }

  @Test
  void eachWriteIsTheSameTextAFreshWriteGives() throws IOException {
    JsonText text = new JsonText();
    List<List<String>> values = List.of(
        List.of("a", "é"),
        List.of("x".repeat(3_000), "\"quoted\" \\ \n", "ü".repeat(5_000)),
        List.of(),
        List.of("z"));
    for (int round = 0; round < 2; round++) {
      for (List<String> value : values) {
        assertTrue(text.tryWrite(LINES, value));
        assertEquals(Json.writer().writeValueAsString(value), written(text));
        assertEquals(Streams.tryWriteString(LINES, value), text.toString());
      }
    }
    assertTrue(text.tryWrite(LINES, null));
    assertEquals("null", written(text));
  }

  @Test
  void aCodecThatGivesUpOrStopsInsideAValueLeavesTheNextWriteWhole() {
    JsonText text = new JsonText();
    assertTrue(text.tryWrite(LINES, List.of("before")));
    assertFalse(text.tryWrite(LINES, List.of("x".repeat(10_000), "boom")), "a codec that throws");
    assertTrue(text.tryWrite(LINES, List.of("after")));
    assertEquals("[\"after\"]", written(text));
    assertFalse(text.tryWrite(LINES, List.of("a", "open")), "a codec that returns inside its array");
    assertTrue(text.tryWrite(LINES, List.of("again")));
    assertEquals("[\"again\"]", written(text));
  }

  @Test
  void aBufferGrownPastTheKeptSizeIsLetGoOfAfterUse() {
    JsonText text = new JsonText();
    assertTrue(text.tryWrite(LINES, List.of("small")));
    char[] small = text.chars();
    text.trim();
    assertSame(small, text.chars(), "a small buffer is kept");
    assertTrue(text.tryWrite(LINES, List.of("x".repeat(JsonText.MAX_KEPT_CHARS))));
    assertEquals(JsonText.MAX_KEPT_CHARS + 4, text.length());
    text.trim();
    assertNotSame(small, text.chars());
    assertTrue(text.chars().length <= JsonText.MAX_KEPT_CHARS, "the large buffer is dropped");
    assertTrue(text.tryWrite(LINES, List.of("small")));
    assertEquals("[\"small\"]", written(text));
  }
}
