package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UrlCodecAndCookiesTest {
  @Test
  void queryStringParsing() {
    assertEquals(Map.of("a", List.of("1", "2"), "b", List.of(""), "c d", List.of("e+f=g")),
        UrlCodec.parseQuery("a=1&&a=2&b&c+d=e%2Bf=g&"));
    assertEquals(Map.of(), UrlCodec.parseQuery(""));
  }

  @Test
  void percentDecoding() {
    assertEquals("a b", UrlCodec.decodePath("a%20b"));
    assertEquals("a+b", UrlCodec.decodePath("a+b"));
    assertEquals("a b", UrlCodec.decodeQuery("a+b"));
    assertEquals("€", UrlCodec.decodePath("%E2%82%AC"));
    assertEquals("100%", UrlCodec.decodePath("100%"));
    assertEquals("%G1x", UrlCodec.decodePath("%G1x"));
    assertEquals("\uFFFD", UrlCodec.decodePath("%FF"));
  }

  @Test
  void cookieHeaderParsing() {
    Map<String, String> out = new LinkedHashMap<>();
    Cookies.parseInto(List.of("a=1; b=\"q\";c=x=y", "flag; a=2", " ; "), out);
    assertEquals(Map.of("a", "1", "b", "q", "c", "x=y", "flag", ""), out);
  }
}
