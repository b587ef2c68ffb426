package io.lambdaforge.runtime.internal.http;

import static io.lambdaforge.runtime.internal.codec.LinesCodec.LINES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.internal.codec.JsonBody;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTTP family keeps its response generator and its codec's body text between invocations
 * ({@link Scratch}): every response is byte for byte the one a dispatcher that answered nothing
 * before writes, whatever came before it: other sources, other sizes, a codec that gave up, an
 * error answer, an output that failed halfway.
 */
class ResponseReuseTest {
  private static HttpDispatcher dispatcher() {
    HttpDispatcher.Builder builder = HttpDispatcher.builder("lines");
    for (Source source : List.of(Source.API_GATEWAY_REST, Source.API_GATEWAY_HTTP, Source.ALB, Source.FUNCTION_URL)) {
      builder.route(source, "POST", "/lines",
          (request, context) -> JsonBody.of(LINES, Arrays.asList(request.bodyAsString().split("\n", -1))));
      builder.route(source, "POST", "/text", (request, context) -> request.bodyAsString());
    }
    return builder.build();
  }

  private static byte[] answer(HttpDispatcher dispatcher, byte[] event, OutputStream output) throws IOException {
    dispatcher.handle(new ByteArrayInputStream(event), output, new TestContext());
    return output instanceof ByteArrayOutputStream bytes ? bytes.toByteArray() : null;
  }

  private static List<byte[]> events() {
    List<byte[]> events = new ArrayList<>();
    List<String> bodies = List.of("a\nb", "é \"quoted\" \\ \u2028", "x".repeat(40_000) + "\nend", "one\nboom\ntwo", "", "z");
    for (Source source : List.of(Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB, Source.FUNCTION_URL)) {
      for (String body : bodies) {
        events.add(Req.of(source, "POST", "/lines").body(body).bytes());
        events.add(Req.of(source, "POST", "/text").body(body).bytes());
      }
      events.add(Req.of(source, "GET", "/missing").bytes()); // an error answer between them
    }
    return events;
  }

  @Test
  void eachResponseIsTheOneAFreshDispatcherWrites() throws IOException {
    HttpDispatcher kept = dispatcher();
    List<byte[]> events = events();
    List<byte[]> order = new ArrayList<>(events);
    for (int i = events.size() - 1; i >= 0; i--) {
      order.add(events.get(i));
    }
    for (byte[] event : order) {
      byte[] fresh = answer(dispatcher(), event, new ByteArrayOutputStream());
      assertArrayEquals(fresh, answer(kept, event, new ByteArrayOutputStream()), new String(fresh, 0, Math.min(200, fresh.length)));
    }
  }

  @Test
  void anOutputThatFailsHalfwayLeavesTheNextResponseWhole() throws IOException {
    HttpDispatcher kept = dispatcher();
    byte[] big = Req.v2("POST", "/lines").body("y".repeat(20_000)).bytes();
    byte[] small = Req.v2("POST", "/lines").body("a\nb").bytes();
    OutputStream failing = new OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        written += len;
        if (written > 100) {
          throw new IOException("the runtime's connection closed");
        }
      }
    };
    assertThrows(IOException.class, () -> answer(kept, big, failing));
    byte[] after = answer(kept, small, new ByteArrayOutputStream());
    assertArrayEquals(answer(dispatcher(), small, new ByteArrayOutputStream()), after);
    assertTrue(new String(after, java.nio.charset.StandardCharsets.UTF_8).startsWith("{\"statusCode\":200,"));
    assertEquals('}', after[after.length - 1]);
  }
}
