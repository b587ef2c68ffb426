package io.lambdaforge.local.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.app.AppException;
import io.lambdaforge.local.fixture.EchoHandler;
import io.lambdaforge.local.fixture.Events;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LocalLambdaTest {
  private static LocalLambda app;

  @BeforeAll
  static void load() {
    app = LocalLambda.fromClasspath();
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void loadsTheApplicationOnTheClassPath() {
    assertEquals(List.of("broken", "echo", "sleeper", "worker"), app.functions());
    assertEquals(256, app.function("echo").memoryMb());
    AppException unknown = assertThrows(AppException.class, () -> app.function("nope"));
    assertTrue(unknown.getMessage().contains("broken, echo, sleeper, worker"));
  }

  @Test
  void sendsAnHttpRequestThroughTheChosenGateway() {
    HttpResult response = app.request(Source.API_GATEWAY_HTTP,
        Request.get("/echo/5?tag=a&tag=b").header("X-Custom", "1").cookie("session", "s1"));
    assertEquals(200, response.status());
    assertEquals("echo", response.function());
    assertEquals("http", response.header("X-ECHO"));
    assertEquals(List.of("a=1", "b=2"), response.headers("Set-Cookie"));
    assertEquals("a,b", response.bodyJson().at("/event/queryStringParameters/tag").asText());
    assertEquals("session=s1", response.bodyJson().at("/event/cookies/0").asText());
    assertEquals("hello from echo", response.bodyJson().at("/env/GREETING").asText());

    HttpResult alb = app.request(Source.ALB, Request.post("/alb/3", "{\"a\":1}"));
    assertEquals("alb", alb.header("x-echo"));
    assertEquals("{\"a\":1}", alb.bodyJson().at("/event/body").asText());
    assertFalse(alb.bodyJson().at("/event/isBase64Encoded").asBoolean());
  }

  @Test
  void routesOnlyAmongTheChosenSourcesRoutes() {
    HttpResult rest = app.request(Source.API_GATEWAY_REST, Request.get("/echo/1"));
    assertEquals(404, rest.status(), "/echo/{id} is an HTTP API route only");
    assertEquals("-", rest.function());
    assertEquals("rest", app.request(Source.API_GATEWAY_REST, Request.get("/twin/1")).header("x-echo"));
    assertEquals("alb", app.request(Source.ALB, Request.get("/twin/1")).header("x-echo"));
  }

  @Test
  void gatewayErrorsTimeoutsAndBinaryBodies() {
    assertEquals(500, app.request(Source.API_GATEWAY_HTTP, Request.get("/boom")).status());
    assertEquals(504, app.request(Source.API_GATEWAY_REST, Request.get("/slow-rest")).status());
    assertArrayEquals(EchoHandler.BINARY, app.request(Source.API_GATEWAY_HTTP, Request.get("/binary")).body());
  }

  @Test
  void invokesWithRealSampleEventsAndDecodesTheGatewayResponse() {
    Invocation rest = app.invoke("echo", Events.path("apigw-v1-docs-input-format-example.json"));
    assertTrue(rest.succeeded(), rest.toString());
    assertEquals(Optional.of(Source.API_GATEWAY_REST), rest.source());
    assertEquals(200, rest.http().status());
    assertEquals("rest", rest.http().header("x-echo"));
    assertEquals("Hello from Lambda!", rest.http().bodyJson().at("/event/body").asText());

    Invocation alb = app.invoke("echo", Events.path("alb-multi-value-headers-go.json"));
    assertEquals(Optional.of(Source.ALB), alb.source());
    assertEquals(List.of("a=1", "b=2"), alb.http().headers("set-cookie"));

    Invocation http = app.invoke("echo", Events.path("apigw-v2-get-no-authorizer-go.json"));
    assertEquals(Optional.of(Source.API_GATEWAY_HTTP), http.source());
    assertEquals("http", http.http().header("x-echo"));
  }

  @Test
  void invokesWithSdkPayloadsAndReportsErrors() {
    Invocation ok = app.invoke("worker", "{\"n\": 1}");
    assertTrue(ok.succeeded());
    assertEquals(1, ok.json().at("/echo/n").asInt());
    assertEquals(Optional.empty(), ok.source());
    assertThrows(IllegalStateException.class, ok::http);

    Invocation failed = app.invoke("worker", "{\"fail\": \"bad input\"}");
    assertFalse(failed.succeeded());
    assertEquals("java.lang.IllegalArgumentException", failed.errorType());
    assertEquals("bad input", failed.errorMessage());

    Invocation httpFailure = app.invoke("echo", app.sampleEvent("echo", Source.API_GATEWAY_HTTP).toString()
        .replace("/binary", "/boom"));
    assertEquals(500, httpFailure.http().status(), "a function error seen through the HTTP API");
  }

  @Test
  void invocationsExposeTheirDuration() {
    Invocation paused = app.invoke("echo", app.sampleEvent("echo", Source.API_GATEWAY_HTTP).toString()
        .replace("/binary", "/binary/pause-2s"));
    assertTrue(paused.succeeded(), paused::toString);
    assertTrue(paused.durationMs() >= 2_000 && paused.durationMs() < 10_000, "duration " + paused.durationMs());
    Invocation quick = app.invoke("worker", "{\"n\": 1}");
    assertTrue(quick.durationMs() < 2_000, "duration " + quick.durationMs());
  }

  @Test
  void sampleEventsWorkForEveryRouteSource() {
    for (Source source : List.of(Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB)) {
      Invocation invocation = app.invokeSample("echo", source);
      assertTrue(invocation.succeeded(), source + ": " + invocation);
      assertEquals(Optional.of(source), invocation.source());
      assertEquals(200, invocation.http().status(), source.name());
    }
    assertEquals("{}", app.sampleEvent("worker", Source.SDK).toString());
    assertThrows(AppException.class, () -> app.sampleEvent("worker", Source.ALB));
  }
}
