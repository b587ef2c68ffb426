package io.lambdaforge.runtime.internal.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayloadWriterTest {
  record Receipt(String id, Instant at) {}

  /** Records whether close() was called. */
  static final class Output extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }

    String text() {
      return toString(StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesValuesAsJsonWithoutClosingTheStream() throws IOException {
    Output out = new Output();
    PayloadWriter.write(out, List.of(new Receipt("r1", Instant.parse("2026-01-02T03:04:05Z"))));
    assertEquals("[{\"id\":\"r1\",\"at\":\"2026-01-02T03:04:05Z\"}]", out.text());
    assertFalse(out.closed);
  }

  @Test
  void nullAndEmptyOptionalBecomeJsonNull() throws IOException {
    Output a = new Output();
    PayloadWriter.write(a, null);
    assertEquals("null", a.text());
    Output b = new Output();
    PayloadWriter.writeOptional(b, Optional.empty());
    assertEquals("null", b.text());
    Output c = new Output();
    PayloadWriter.writeOptional(c, Optional.of("x"));
    assertEquals("\"x\"", c.text());
  }

  @Test
  void rethrowPropagatesTheSameCheckedException() {
    Exception checked = new Exception("boom");
    Exception thrown = assertThrows(Exception.class, () -> {
      throw Rethrow.unchecked(checked);
    });
    assertSame(checked, thrown);
  }
}
