package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectReader;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BinderTest {
  enum Color { RED, DARK_BLUE }

  private static HttpRequest request(byte[] event) throws IOException {
    HttpEvent decoded = EventDecoder.decode(event);
    return new EventRequest(decoded, "/r", Map.of("id", "42"));
  }

  private static Binder binder(Req req) throws IOException {
    return new Binder(request(req.bytes()));
  }

  @Test
  void everyConverterParsesItsTypeAndRejectsGarbage() throws Exception {
    Map<Converter<?>, Object[]> cases = new java.util.LinkedHashMap<>();
    cases.put(Converters.STRING, new Object[] {"a b", "a b", null});
    cases.put(Converters.INT, new Object[] {"-12", -12, "1.5"});
    cases.put(Converters.LONG, new Object[] {"9000000000", 9_000_000_000L, "9x"});
    cases.put(Converters.SHORT, new Object[] {"300", (short) 300, "70000"});
    cases.put(Converters.BYTE, new Object[] {"-7", (byte) -7, "300"});
    cases.put(Converters.DOUBLE, new Object[] {"2.5e3", 2500.0, "NaN"});
    cases.put(Converters.FLOAT, new Object[] {"1.25", 1.25f, " 1"});
    cases.put(Converters.BOOLEAN, new Object[] {"False", false, "1"});
    cases.put(Converters.CHAR, new Object[] {"x", 'x', "xy"});
    cases.put(Converters.UUID, new Object[] {"3f291106-8703-466b-8f2b-3ecee1ca56ce",
        UUID.fromString("3f291106-8703-466b-8f2b-3ecee1ca56ce"), "1-2-3-4-5"});
    cases.put(Converters.BIG_DECIMAL, new Object[] {"12.50", new BigDecimal("12.50"), "12,5"});
    cases.put(Converters.BIG_INTEGER, new Object[] {"123456789012345678901234567890",
        new BigInteger("123456789012345678901234567890"), "1.0"});
    cases.put(Converters.INSTANT, new Object[] {"2024-05-01T10:15:30Z", Instant.parse("2024-05-01T10:15:30Z"),
        "2024-05-01"});
    cases.put(Converters.LOCAL_DATE, new Object[] {"2024-05-01", LocalDate.of(2024, 5, 1), "01/05/2024"});
    cases.put(Converters.LOCAL_DATE_TIME, new Object[] {"2024-05-01T10:15", LocalDateTime.of(2024, 5, 1, 10, 15),
        "2024-05-01"});
    cases.put(Converters.LOCAL_TIME, new Object[] {"10:15:30", LocalTime.of(10, 15, 30), "25:00"});
    cases.put(Converters.OFFSET_DATE_TIME, new Object[] {"2024-05-01T10:15:30+02:00",
        OffsetDateTime.parse("2024-05-01T10:15:30+02:00"), "2024-05-01T10:15:30"});
    cases.put(Converters.ZONED_DATE_TIME, new Object[] {"2024-05-01T10:15:30+02:00[Europe/Paris]",
        ZonedDateTime.parse("2024-05-01T10:15:30+02:00[Europe/Paris]"), "tomorrow"});
    cases.put(Converters.DURATION, new Object[] {"PT15M", Duration.ofMinutes(15), "15m"});
    cases.put(Converters.enumOf(Color.class), new Object[] {"dark_blue", Color.DARK_BLUE, "GREEN"});
    for (Map.Entry<Converter<?>, Object[]> c : cases.entrySet()) {
      Object[] v = c.getValue();
      Req req = Req.v2("GET", "/r").query("good", ((String) v[0]).replace("+", "%2B").replace(" ", "%20"));
      if (v[2] != null) {
        req.query("bad", ((String) v[2]).replace("+", "%2B").replace(" ", "%20"));
      }
      Binder binder = binder(req);
      assertEquals(v[1], binder.query("good", c.getKey()), c.getKey().toString());
      assertTrue(binder.problems().isEmpty(), c.getKey() + " " + binder.problems());
      if (v[2] != null) {
        Object placeholder = binder.query("bad", c.getKey());
        assertEquals(c.getKey().placeholder(), placeholder);
        BindingProblem p = binder.problems().get(0);
        assertEquals(new BindingProblem("bad", "query", (String) v[2], "expected " + c.getKey().description()), p);
      }
    }
  }

  @Test
  void missingRequiredPrimitiveGivesAPlaceholderAndA400Problem() throws IOException {
    Binder binder = binder(Req.rest("GET", "/r"));
    int limit = binder.query("limit", Converters.INT);
    boolean flag = binder.header("x-flag", Converters.BOOLEAN);
    String session = binder.cookie("session", Converters.STRING);
    assertEquals(0, limit);
    assertEquals(false, flag);
    assertNull(session);
    BindingException e = assertThrows(BindingException.class, binder::check);
    assertEquals(List.of(
        new BindingProblem("limit", "query", null, "required query parameter is missing"),
        new BindingProblem("x-flag", "header", null, "required header parameter is missing"),
        new BindingProblem("session", "cookie", null, "required cookie is missing")), e.problems());
  }

  @Test
  void optionalsAreEmptyOnlyWhenAbsent() throws IOException {
    Binder binder = binder(Req.alb("GET", "/r").query("n", "5").query("bad", "x").header("x-a", "1"));
    assertEquals(Optional.of(5), binder.optionalQuery("n", Converters.INT));
    assertEquals(Optional.empty(), binder.optionalQuery("m", Converters.INT));
    assertEquals(Optional.of(1), binder.optionalHeader("X-A", Converters.INT));
    assertEquals(Optional.empty(), binder.optionalHeader("x-b", Converters.INT));
    assertEquals(Optional.empty(), binder.optionalCookie("c", Converters.STRING));
    binder.check();
    binder.optionalQuery("bad", Converters.INT); // present but invalid: a problem, not empty
    assertEquals("bad", binder.problems().get(0).parameter());
    assertThrows(BindingException.class, binder::check);
  }

  @Test
  void pathValues() throws IOException {
    Binder binder = binder(Req.v2("GET", "/r"));
    assertEquals(42L, binder.path("id", Converters.LONG));
    assertNull(binder.path("nope", Converters.STRING));
    assertEquals("path", binder.problems().get(0).in());
  }

  @Test
  void listsFromQueryAndCommaSeparatedHeaders() throws IOException {
    Binder rest = binder(Req.rest("GET", "/r").query("n", "1").query("n", "2").header("X-N", "3, 4").header("X-N", "5"));
    assertEquals(List.of(1, 2), rest.queryList("n", Converters.INT));
    assertEquals(List.of(3, 4, 5), rest.headerList("x-n", Converters.INT));
    assertEquals(List.of(), rest.queryList("none", Converters.INT));
    Binder v2 = binder(Req.v2("GET", "/r").header("X-N", "3").header("X-N", "4"));
    assertEquals(List.of(3, 4), v2.headerList("x-n", Converters.INT), "HTTP API joins repeats with commas");
    Binder bad = binder(Req.v2("GET", "/r").query("n", "1").query("n", "two"));
    assertEquals(List.of(1, 0), bad.queryList("n", Converters.INT));
    assertEquals("two", bad.problems().get(0).value());
  }

  @Test
  void longOrControlCharacterValuesAreShortenedAndMadeSafe() throws IOException {
    String value = "%0D%0A" + "9".repeat(100);
    BindingProblem p;
    Binder binder = binder(Req.v2("GET", "/r").query("n", value));
    binder.query("n", Converters.INT);
    p = binder.problems().get(0);
    assertEquals("??" + "9".repeat(62) + "...", p.value());
  }

  record Item(String name, int count) {}

  @Test
  void bodyKinds() throws Exception {
    ObjectReader items = Json.readerFor(new TypeReference<List<Item>>() {});
    Binder binder = binder(Req.v2("POST", "/r").json("[{\"name\":\"a\",\"count\":2}]"));
    List<Item> list = binder.body(items);
    assertEquals(List.of(new Item("a", 2)), list);
    assertEquals("[{\"name\":\"a\",\"count\":2}]", binder.bodyString());
    assertArrayEquals("[{\"name\":\"a\",\"count\":2}]".getBytes(StandardCharsets.UTF_8), binder.bodyBytes());
    assertArrayEquals(binder.bodyBytes(), binder.bodyStream().readAllBytes());
    binder.check();

    Binder empty = binder(Req.rest("POST", "/r").body(""));
    assertEquals(Optional.empty(), empty.optionalBody(items));
    assertEquals("", empty.bodyString());
    assertEquals(0, empty.bodyBytes().length);
    empty.check();
    assertNull(empty.body(items));
    assertThrows(BindingException.class, empty::check);

    Binder binary = binder(Req.alb("POST", "/r").binaryBody(new byte[] {1, 2, 3}));
    assertArrayEquals(new byte[] {1, 2, 3}, binary.bodyBytes());
  }

  /** A hand-written stand-in for a generated codec: a {@code {"name": string, "count": int}} object. */
  private static final io.lambdaforge.runtime.internal.codec.JsonCodec<Item> ITEM_CODEC =
      new io.lambdaforge.runtime.internal.codec.JsonCodec<>() {
        @Override
        public Item read(com.fasterxml.jackson.core.JsonParser p) throws IOException {
          if (p.currentToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
            throw new IOException("not an object");
          }
          String name = null;
          int count = 0;
          while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("name")) {
              name = p.getText();
            } else if (field.equals("count")) {
              count = p.getIntValue();
            } else {
              throw new IOException("unknown field " + field);
            }
          }
          return new Item(name, count);
        }

        @Override
        public void write(com.fasterxml.jackson.core.JsonGenerator g, Item value) {
          throw new UnsupportedOperationException();
        }

        @Override
        public java.lang.reflect.Type type() {
          return Item.class;
        }
      };

  @Test
  void codecReadsAPlainBodyFromItsTextAsFromItsBytes() throws IOException {
    // a plain body is parsed from the event's string (no UTF-8 copy); the same JSON sent base64
    // is parsed from its decoded bytes: both give the same value, non-ASCII text included
    String json = "{\"name\":\"caf\u00e9 \u2603 \ud83d\ude00\",\"count\":3}";
    Item expected = new Item("caf\u00e9 \u2603 \ud83d\ude00", 3);
    for (Source source : List.of(Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB)) {
      Binder plain = binder(Req.of(source, "POST", "/r").json(json));
      assertEquals(expected, plain.body(ITEM_CODEC), source.name());
      plain.check();
      Binder encoded = binder(Req.of(source, "POST", "/r")
          .binaryBody(json.getBytes(StandardCharsets.UTF_8)));
      assertEquals(expected, encoded.body(ITEM_CODEC), source.name());
      encoded.check();
    }
    // what the codec refuses still goes to databind, which reports it
    Binder wrong = binder(Req.v2("POST", "/r").json("{\"name\":\"a\",\"count\":\"x\"}"));
    assertNull(wrong.body(ITEM_CODEC));
    assertThrows(BindingException.class, wrong::check);
  }

  @Test
  void invalidBase64BodyIsAProblem() throws IOException {
    byte[] event = Events.edited("alb-single-value-base64-body-samcli.json", e -> e.put("body", "not*base64!"));
    Binder binder = new Binder(request(event));
    assertEquals(0, binder.bodyBytes().length);
    assertEquals("the body is marked base64-encoded but is not valid base64", binder.problems().get(0).reason());
  }

  @Test
  void samplesBase64BodyDecodes() throws IOException {
    for (String file : List.of("alb-single-value-base64-body-samcli.json", "apigw-v1-proxy-base64-body-samcli.json",
        "apigw-v2-base64-body-cookies-samcli.json")) {
      HttpRequest request = request(Events.bytes(file));
      assertEquals("{\"test\":\"body\"}", request.bodyAsString(), file);
      Map<String, String> parsed = new Binder(request).body(Json.readerFor(new TypeReference<Map<String, String>>() {}));
      assertEquals(Map.of("test", "body"), parsed);
    }
  }

  @Test
  void nonHttpPayloadsAreNotEvents() throws IOException {
    assertNull(EventDecoder.decode("{\"message\":\"hi\"}".getBytes()));
    assertNull(EventDecoder.decode("[1,2]".getBytes()));
    assertNull(EventDecoder.decode("\"text\"".getBytes()));
    assertNull(EventDecoder.decode("not json".getBytes()));
    assertNull(EventDecoder.decode(new byte[0]));
    // an object using event field names with other types is not mistaken for an event
    assertNull(EventDecoder.decode("{\"httpMethod\":{\"x\":1},\"requestContext\":[],\"headers\":5}".getBytes()));
    assertEquals(Source.ALB, EventDecoder.decode(Events.bytes("alb-health-check-request-docs.json")).source);
    assertEquals(Source.API_GATEWAY_REST, EventDecoder.decode(Events.bytes("apigw-v1-multivalue-java-libs.json")).source);
    assertEquals(Source.API_GATEWAY_HTTP, EventDecoder.decode(Events.bytes("apigw-v2-get-no-body-powertools.json")).source);
  }
}
