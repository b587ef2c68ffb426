package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KnownStringsTest {
  private final KnownStrings known = new KnownStrings("GET", "/orders/open", "/café", "a\"b");

  private String raw(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return known.match(bytes, bytes.length, json.indexOf('"') + 1);
  }

  @Test
  void plainValuesAreFoundWhereTheyLie() {
    assertSame("GET", raw("\"GET\"}"));
    assertSame("/orders/open", raw("\"/orders/open\","));
    assertNull(raw("\"GETS\""), "a longer string is not a match");
    assertNull(raw("\"GE\""));
    assertNull(raw("\"GET"), "no closing quote within the event");
    assertNull(raw("\"\\u0047ET\""), "an escaped spelling is left to decoding");
    assertNull(raw("\"/café\""), "non-ASCII values are only matched decoded");
    assertNull(raw("\"a\\\"b\""));
  }

  @Test
  void decodedCharactersMatchEveryValue() {
    for (String value : new String[] {"GET", "/café", "a\"b"}) {
      char[] chars = ("xx" + value + "yy").toCharArray();
      assertSame(value, known.match(chars, 2, value.length()));
    }
    assertNull(known.match("PUT".toCharArray(), 0, 3));
    assertEquals(null, KnownStrings.NONE.match("GET".toCharArray(), 0, 3));
  }
}
