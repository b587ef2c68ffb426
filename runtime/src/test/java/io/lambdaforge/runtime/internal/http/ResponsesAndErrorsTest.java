package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpException;
import io.lambdaforge.runtime.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ResponsesAndErrorsTest {
  private final TestContext context = new TestContext();

  private JsonNode answer(Source source, HttpInvoker invoker) {
    HttpDispatcher d = HttpDispatcher.builder("fn").route(source, "ANY", "/r", invoker).build();
    return Events.invoke(d, Req.of(source, "GET", "/r").bytes(), context);
  }

  @ParameterizedTest
  @EnumSource(value = Source.class, names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST", "ALB"})
  void returnValuesMapToStatusContentTypeAndBody(Source source) {
    JsonNode text = answer(source, (r, c) -> "héllo");
    assertEquals(200, text.get("statusCode").asInt());
    assertEquals("text/plain; charset=utf-8", Events.header(text, "content-type"));
    assertEquals("héllo", text.get("body").asText());
    assertFalse(text.get("isBase64Encoded").asBoolean());

    JsonNode bytes = answer(source, (r, c) -> new byte[] {0, 1, (byte) 0xff});
    assertEquals("application/octet-stream", Events.header(bytes, "content-type"));
    assertTrue(bytes.get("isBase64Encoded").asBoolean());
    assertEquals("AAH/", bytes.get("body").asText());

    JsonNode json = answer(source, (r, c) -> List.of(Map.of("a", 1)));
    assertEquals("application/json", Events.header(json, "content-type"));
    assertEquals("[{\"a\":1}]", json.get("body").asText());

    JsonNode none = answer(source, (r, c) -> null);
    assertEquals(204, none.get("statusCode").asInt());
    assertEquals("", none.get("body").asText());

    assertEquals(404, answer(source, (r, c) -> Optional.empty()).get("statusCode").asInt());
    JsonNode present = answer(source, (r, c) -> Optional.of("x"));
    assertEquals("x", present.get("body").asText());
    assertEquals("text/plain; charset=utf-8", Events.header(present, "content-type"));
    JsonNode explicitJson = answer(source, (r, c) -> HttpResponse.status(418, "{\"raw\":true}")
        .contentType("application/json"));
    assertEquals(418, explicitJson.get("statusCode").asInt());
    assertEquals("{\"raw\":true}", explicitJson.get("body").asText());
    assertEquals("application/json", Events.header(explicitJson, "content-type"));
    JsonNode bareNotFound = answer(source, (r, c) -> HttpResponse.notFound());
    assertEquals("{\"message\":\"Not Found\"}", bareNotFound.get("body").asText());
  }

  @Test
  void crLfInHeaderValueIsRefusedWith500() {
    for (Source source : new Source[] {Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB}) {
      JsonNode response = answer(source, (r, c) -> HttpResponse.ok("x").header("X-Evil", "a\r\nSet-Cookie: pwned=1"));
      assertEquals(500, response.get("statusCode").asInt());
      assertEquals("{\"message\":\"Internal Server Error\"}", response.get("body").asText());
      assertFalse(response.toString().contains("pwned"), response::toString);
    }
    assertTrue(context.log.toString().contains("X-Evil"), context.log::toString);
  }

  @Test
  void invalidHeaderNamesAndCookiesAreRefused() {
    assertEquals(500, answer(Source.ALB, (r, c) -> HttpResponse.ok("x").header("Bad Name", "v"))
        .get("statusCode").asInt());
    assertEquals(500, answer(Source.API_GATEWAY_HTTP, (r, c) -> HttpResponse.ok("x").cookie("a=b\nc"))
        .get("statusCode").asInt());
    assertEquals(500, answer(Source.API_GATEWAY_HTTP, (r, c) -> HttpResponse.ok("x").cookie("novalue"))
        .get("statusCode").asInt());
    assertEquals(500, answer(Source.API_GATEWAY_REST, (r, c) -> HttpResponse.ok("x").contentType("text/html\r\n"))
        .get("statusCode").asInt());
    // a Set-Cookie given as a header line is a cookie: REST sends it in multiValueHeaders
    JsonNode ok = answer(Source.API_GATEWAY_REST, (r, c) -> HttpResponse.ok("x").header("set-cookie", "a=b"));
    assertEquals("[\"a=b\"]", ok.get("multiValueHeaders").get("Set-Cookie").toString());
  }

  @Test
  void unexpectedExceptionIs500WithTraceInLogOnly() {
    JsonNode response = answer(Source.API_GATEWAY_HTTP, (r, c) -> {
      throw new IllegalStateException("database password is hunter2");
    });
    assertEquals(500, response.get("statusCode").asInt());
    assertEquals("{\"message\":\"Internal Server Error\"}", response.get("body").asText());
    assertFalse(response.toString().contains("hunter2"));
    String log = context.log.toString();
    assertTrue(log.contains("fn: GET /r failed with 500"), log);
    assertTrue(log.contains("IllegalStateException: database password is hunter2"), log);
    assertTrue(log.contains("at io.lambdaforge"), "stack trace logged");
  }

  @Test
  void serverSideHttpExceptionIsLogged() {
    JsonNode response = answer(Source.API_GATEWAY_REST, (r, c) -> {
      throw new HttpException(503, "try later", new RuntimeException("pool exhausted"));
    });
    assertEquals(503, response.get("statusCode").asInt());
    assertEquals("{\"message\":\"try later\"}", response.get("body").asText());
    assertTrue(context.log.toString().contains("pool exhausted"));
    assertThrows(IllegalArgumentException.class, () -> new HttpException(200, "no"));
  }

  @Test
  void withoutContextErrorsGoToStderr() throws Exception {
    HttpDispatcher d = HttpDispatcher.builder("fn").route(Source.ALB, "GET", "/r", (r, c) -> {
      throw new IllegalStateException("boom");
    }).build();
    PrintStream original = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      d.handle(new ByteArrayInputStream(Req.alb("GET", "/r").bytes()), out, null);
    } finally {
      System.setErr(original);
    }
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"statusCode\":500"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("boom"));
  }

  @Test
  void albResponseOverOneMegabyteBecomes500() {
    String big = "x".repeat(ResponseWriter.ALB_MAX_RESPONSE_BYTES);
    JsonNode alb = answer(Source.ALB, (r, c) -> big);
    assertEquals(500, alb.get("statusCode").asInt());
    assertEquals("500 Internal Server Error", alb.get("statusDescription").asText());
    assertTrue(context.log.toString().contains("exceeds the ALB limit of 1048576 bytes"), context.log::toString);
    // the same body is fine through API Gateway
    assertEquals(200, answer(Source.API_GATEWAY_HTTP, (r, c) -> big).get("statusCode").asInt());
  }

  @Test
  void responseOverSixMegabytesBecomes500() {
    byte[] big = new byte[ResponseWriter.LAMBDA_MAX_RESPONSE_BYTES]; // 8 MB once base64-encoded
    JsonNode response = answer(Source.API_GATEWAY_REST, (r, c) -> big);
    assertEquals(500, response.get("statusCode").asInt());
    assertTrue(context.log.toString().contains("exceeds the API_GATEWAY_REST limit"), context.log::toString);
  }

  @Test
  void eventOverSixMegabytesIsRefusedBeforeDecoding() {
    HttpDispatcher d = HttpDispatcher.builder("big").route(Source.ALB, "ANY", "/{p+}", (r, c) -> "ok")
        .sdk((in, out, c) -> out.write('1')).build();
    InputStream endless = new InputStream() {
      private long served;

      @Override
      public int read() {
        served++;
        return served > 64L * 1024 * 1024 ? -1 : ' ';
      }
    };
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> d.handle(endless, new ByteArrayOutputStream(), context));
    assertTrue(e.getMessage().contains("'big' refused an event larger than 6291456 bytes"), e.getMessage());
  }

  @Test
  void base64RequestBodyIsDecodedAndTextUsesTheDeclaredCharset() {
    byte[] latin1 = "déjà".getBytes(StandardCharsets.ISO_8859_1);
    HttpDispatcher d = HttpDispatcher.builder("fn").route(Source.API_GATEWAY_HTTP, "POST", "/r",
        (r, c) -> Map.of("text", new Binder(r).bodyString(), "bytes", Base64.getEncoder().encodeToString(r.body())))
        .build();
    JsonNode body = Events.body(Events.invoke(d, Req.v2("POST", "/r")
        .header("content-type", "text/plain; charset=ISO-8859-1").binaryBody(latin1).bytes(), context));
    assertEquals("déjà", body.get("text").asText());
    assertEquals(Base64.getEncoder().encodeToString(latin1), body.get("bytes").asText());
  }

  @Test
  void cookiesInPerSource() {
    for (Source source : new Source[] {Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB}) {
      HttpDispatcher d = HttpDispatcher.builder("fn").route(source, "GET", "/r", (r, c) -> r.cookies()).build();
      JsonNode body = Events.body(Events.invoke(d,
          Req.of(source, "GET", "/r").cookie("a=1").cookie("b=\"two words\"").cookie("a=shadowed").bytes(), context));
      assertEquals("{\"a\":\"1\",\"b\":\"two words\"}", body.toString(), source.name());
    }
  }

  @Test
  void queryDecodingPerSource() {
    for (Source source : new Source[] {Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB}) {
      Req req = source == Source.ALB ? Req.albMulti("GET", "/r") : Req.of(source, "GET", "/r");
      HttpDispatcher d = HttpDispatcher.builder("fn").route(source, "GET", "/r", (r, c) -> r.queryAll("q")).build();
      JsonNode body = Events.body(Events.invoke(d,
          req.query("q", "a%20b+c").query("q", "%2B1").query("q", "caf%C3%A9").bytes(), context));
      assertEquals("[\"a b c\",\"+1\",\"café\"]", body.toString(), source.name());
    }
  }

  @Test
  void headerNamesAreCaseInsensitive() {
    for (Source source : new Source[] {Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB}) {
      HttpDispatcher d = HttpDispatcher.builder("fn").route(source, "GET", "/r",
          (r, c) -> List.of(r.header("x-mixed-case"), r.header("X-MIXED-CASE"), new Binder(r).header("X-Mixed-Case",
              Converters.INT))).build();
      JsonNode body = Events.body(Events.invoke(d, Req.of(source, "GET", "/r").header("X-Mixed-Case", "7")
          .bytes(), context));
      assertEquals("[\"7\",\"7\",7]", body.toString(), source.name());
    }
  }
}
