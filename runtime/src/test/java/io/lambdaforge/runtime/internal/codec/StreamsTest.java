package io.lambdaforge.runtime.internal.codec;

import static io.lambdaforge.runtime.internal.codec.LinesCodec.LINES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing with a codec through Jackson's recycled buffers: whole JSON or nothing at all. */
class StreamsTest {
  @Test
  void shortAndLongValuesAreWrittenWhole() throws IOException {
    // 2,000 bytes is the first recycled block: the long value spans several
    for (List<String> value : List.of(List.of("a", "é"), List.of("x".repeat(3_000), "ü".repeat(5_000), "z"))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertTrue(Streams.tryWriteTo(LINES, value, out));
      assertArrayEquals(Json.writer().writeValueAsBytes(value), out.toByteArray());
      ByteArrayOutputStream again = new ByteArrayOutputStream();
      assertTrue(Streams.tryWriteTo(LINES, value, again));
      assertArrayEquals(out.toByteArray(), again.toByteArray(), "the recycled buffer gives the same bytes again");
      assertEquals(Json.writer().writeValueAsString(value), Streams.tryWriteString(LINES, value));
    }
    ByteArrayOutputStream nothing = new ByteArrayOutputStream();
    assertTrue(Streams.tryWriteTo(LINES, null, nothing));
    assertEquals("null", nothing.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aCodecThatGivesUpHalfwayLeavesTheOutputUntouched() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('#');
    List<String> value = List.of("x".repeat(10_000), "boom");
    assertFalse(Streams.tryWriteTo(LINES, value, out));
    assertEquals("#", out.toString(StandardCharsets.UTF_8));
    ByteArrayOutputStream untouched = new ByteArrayOutputStream();
    assertFalse(Streams.tryWriteTo(LINES, value, untouched));
    assertEquals(0, untouched.size());
    assertNull(Streams.tryWriteString(LINES, value));
    // the recycled buffers are intact afterwards
    assertTrue(Streams.tryWriteTo(LINES, List.of("after"), out));
    assertEquals("#[\"after\"]", out.toString(StandardCharsets.UTF_8));
  }
}
