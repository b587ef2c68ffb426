package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The maps and lists of a UTF-8 event, kept as spans and decoded on first use, equal what eager
 * decoding gives (the UTF-16 form of the same event is decoded eagerly), for every sample event,
 * with a byte order mark and when the spans sit after multi-byte characters.
 */
class LazyEventPartsTest {
  @Test
  void everySampleEventDecodesTheSameLazilyAndEagerly() throws IOException {
    int lazyParts = 0;
    for (String file : Events.requestFiles()) {
      byte[] utf8 = Events.bytes(file);
      String text = new String(utf8, StandardCharsets.UTF_8);
      byte[] bom = new byte[utf8.length + 3];
      bom[0] = (byte) 0xEF;
      bom[1] = (byte) 0xBB;
      bom[2] = (byte) 0xBF;
      System.arraycopy(utf8, 0, bom, 3, utf8.length);
      byte[] shifted = text.replaceFirst("\\{", "{\"é€😀\":\"ünïcödé\",").getBytes(StandardCharsets.UTF_8);
      List<Object> eager = parts(EventDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE)), false);
      for (byte[] variant : List.of(utf8, bom, shifted)) {
        HttpEvent event = EventDecoder.decode(variant);
        assertNotNull(event, file);
        lazyParts += (int) Arrays.stream(raw(event)).filter(p -> p instanceof EventDecoder.Span).count();
        lazyParts += (event.requestIdAt >= 0 ? 1 : 0) + (event.sourceIpAt >= 0 ? 1 : 0) + (event.rawQueryStringAt >= 0 ? 1 : 0);
        assertEquals(eager, parts(event, true), file);
      }
    }
    assertInstanceOf(Integer.class, lazyParts);
    assertEquals(true, lazyParts > 20, "few parts were kept as spans: " + lazyParts);
  }

  @Test
  void aPartOfTheWrongTypeIsAbsentWithoutDecoding() throws IOException {
    byte[] event = ("{\"httpMethod\":\"GET\",\"path\":\"/\",\"requestContext\":{\"authorizer\":[1]},"
        + "\"headers\":[\"a\"],\"multiValueHeaders\":{\"A\":[\"1\",2,null,{\"x\":1}],\"B\":\"b\",\"C\":[]},"
        + "\"cookies\":{},\"stageVariables\":null}").getBytes(StandardCharsets.UTF_8);
    HttpEvent lazy = EventDecoder.decode(event);
    assertEquals(Arrays.asList(null, null, null, null), Arrays.asList(lazy.headers, lazy.cookies,
        lazy.stageVariables, lazy.authorizer));
    HttpEvent eager = EventDecoder.decode(new String(event, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
    assertEquals(parts(eager, false), parts(lazy, true));
    assertEquals(java.util.Map.of("A", List.of("1", "2"), "B", List.of("b")), lazy.multiValueHeaders());
  }

  private static Object[] raw(HttpEvent e) {
    return new Object[] {e.headers, e.multiValueHeaders, e.queryStringParameters, e.multiValueQueryStringParameters,
        e.cookies, e.stageVariables, e.authorizer};
  }

  private static List<Object> parts(HttpEvent e, boolean lazy) {
    if (!lazy) {
      for (Object part : raw(e)) {
        assertEquals(false, part instanceof EventDecoder.Span, "a UTF-16 event is decoded eagerly");
      }
    }
    List<Object> out = new ArrayList<>();
    out.add(e.source);
    out.add(e.headers());
    out.add(e.multiValueHeaders());
    out.add(e.queryStringParameters());
    out.add(e.multiValueQueryStringParameters());
    out.add(e.cookies());
    out.add(e.stageVariables());
    out.add(e.authorizer());
    // the strings kept as offsets and decoded on first use, and the scalars read at once
    out.add(e.rawQueryString());
    out.add(e.requestId());
    out.add(e.sourceIp());
    out.add(e.identity());
    // function URL or HTTP API: the source above
    out.add(e.version);
    out.add(e.method());
    out.add(e.path);
    out.add(e.rawPath);
    out.add(e.stage);
    return out;
  }
}
