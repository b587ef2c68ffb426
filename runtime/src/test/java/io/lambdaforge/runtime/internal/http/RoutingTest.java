package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingTest {
  private final TestContext context = new TestContext();

  /** Routes declared least specific first, to prove declaration order does not decide. */
  private static HttpDispatcher dispatcher(Source source) {
    return HttpDispatcher.builder("router")
        .route(source, "ANY", "/items/{rest+}", (r, c) -> Map.of("route", "greedy", "rest", r.pathParam("rest")))
        .route(source, "GET", "/items/{id}", (r, c) -> Map.of("route", "param", "id", r.pathParam("id")))
        .route(source, "ANY", "/items/special", (r, c) -> Map.of("route", "literal-any"))
        .route(source, "GET", "/items/special", (r, c) -> Map.of("route", "literal-get"))
        .route(source, "PUT", "/things/{id}", (r, c) -> Map.of("route", "put"))
        .route(source, "DELETE", "/things/{id}", (r, c) -> Map.of("route", "delete"))
        .route(source, "GET", "/", (r, c) -> Map.of("route", "root"))
        .build();
  }

  private JsonNode call(Source source, String method, String path) {
    return Events.invoke(dispatcher(source), Req.of(source, method, path).bytes(), context);
  }

  private String route(Source source, String method, String path) {
    JsonNode response = call(source, method, path);
    assertEquals(200, response.get("statusCode").asInt(), response::toString);
    return Events.body(response).get("route").asText();
  }

  @Test
  void mostSpecificRouteWins() {
    for (Source source : new Source[] {Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB}) {
      assertEquals("literal-get", route(source, "GET", "/items/special"));
      assertEquals("literal-any", route(source, "POST", "/items/special"));
      assertEquals("param", route(source, "GET", "/items/42"));
      assertEquals("greedy", route(source, "POST", "/items/42"), "param route is GET only");
      assertEquals("greedy", route(source, "GET", "/items/a/b/c"));
      assertEquals("root", route(source, "GET", "/"));
      assertEquals("param", route(source, "GET", "/items/42/"), "one trailing slash is ignored");
    }
  }

  @Test
  void greedyParameterCapturesTheRest() {
    // HTTP API delivers rawPath decoded; REST and ALB deliver it encoded
    assertEquals("a/b c/d", Events.body(call(Source.API_GATEWAY_HTTP, "GET", "/items/a/b c/d")).get("rest").asText());
    assertEquals("a/b c/d", Events.body(call(Source.API_GATEWAY_REST, "GET", "/items/a/b%20c/d")).get("rest").asText());
    assertEquals("a/b c/d", Events.body(call(Source.ALB, "GET", "/items/a/b%20c/d")).get("rest").asText());
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405WithAllow() {
    for (Source source : new Source[] {Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB}) {
      JsonNode missing = call(source, "GET", "/nowhere");
      assertEquals(404, missing.get("statusCode").asInt());
      assertEquals("{\"message\":\"Not Found\"}", missing.get("body").asText());
      assertEquals("application/json", Events.header(missing, "content-type"));

      JsonNode wrong = call(source, "GET", "/things/1");
      assertEquals(405, wrong.get("statusCode").asInt());
      assertEquals("{\"message\":\"Method Not Allowed\"}", wrong.get("body").asText());
      assertEquals("DELETE, PUT", Events.header(wrong, "allow"));
    }
  }

  @Test
  void onlyRoutesOfTheEventsSourceAreConsidered() {
    HttpDispatcher albOnly = HttpDispatcher.builder("f")
        .route(Source.ALB, "GET", "/x", (r, c) -> "alb")
        .route(Source.API_GATEWAY_HTTP, "GET", "/y", (r, c) -> "v2")
        .build();
    assertEquals(404, Events.invoke(albOnly, Req.v2("GET", "/x").bytes(), context).get("statusCode").asInt());
    assertEquals("alb", Events.invoke(albOnly, Req.alb("GET", "/x").bytes(), context).get("body").asText());
  }

  @Test
  void httpApiStageIsStrippedFromRawPath() {
    HttpDispatcher d = dispatcher(Source.API_GATEWAY_HTTP);
    JsonNode staged = Events.invoke(d, Req.v2("GET", "/dev/items/7").stage("dev").bytes(), context);
    assertEquals("7", Events.body(staged).get("id").asText());
    JsonNode stageRoot = Events.invoke(d, Req.v2("GET", "/dev").stage("dev").bytes(), context);
    assertEquals("root", Events.body(stageRoot).get("route").asText());
    // $default never appears in rawPath: nothing to strip
    JsonNode notStaged = Events.invoke(d, Req.v2("GET", "/dev/items/7").stage("$default").bytes(), context);
    assertEquals(404, notStaged.get("statusCode").asInt());
    // a custom domain mapping omits the stage: a path that merely starts with the stage name stays
    JsonNode prefixOnly = Events.invoke(d, Req.v2("GET", "/items/7").stage("dev").bytes(), context);
    assertEquals("7", Events.body(prefixOnly).get("id").asText());
    JsonNode lookalike = Events.invoke(d, Req.v2("GET", "/devices/7").stage("dev").bytes(), context);
    assertEquals(404, lookalike.get("statusCode").asInt());
  }

  @Test
  void pathParametersAreDecodedOncePerSegmentAsEachSourceDelivers() {
    // REST and ALB deliver the path encoded: each segment is decoded once
    for (Source source : new Source[] {Source.API_GATEWAY_REST, Source.ALB}) {
      assertEquals("café/1", pathId(source, "/items/caf%C3%A9%2F1"));
      assertEquals("a+b", pathId(source, "/items/a+b"), "'+' is literal in paths");
      assertEquals("50% off", pathId(source, "/items/50%25%20off"));
      assertEquals("bad%zz", pathId(source, "/items/bad%zz"), "malformed escapes kept");
    }
    // HTTP API delivers rawPath decoded: decoding again would corrupt a literal '%'
    assertEquals("100%25", pathId(Source.API_GATEWAY_HTTP, "/items/100%25"));
    assertEquals("café", pathId(Source.API_GATEWAY_HTTP, "/items/café"));
    assertEquals("bad%zz", pathId(Source.API_GATEWAY_HTTP, "/items/bad%zz"));
  }

  private String pathId(Source source, String path) {
    JsonNode response = call(source, "GET", path);
    assertEquals(200, response.get("statusCode").asInt(), response::toString);
    return Events.body(response).get("id").asText();
  }

  @Test
  void badRouteDeclarationsFailAtInitWithTheReason() {
    HttpInvoker ok = (r, c) -> null;
    assertMessage("must start with '/'", () -> HttpDispatcher.builder("f").route(Source.ALB, "GET", "x", ok));
    assertMessage("must be the last segment",
        () -> HttpDispatcher.builder("f").route(Source.ALB, "GET", "/{p+}/x", ok));
    assertMessage("repeats", () -> HttpDispatcher.builder("f").route(Source.ALB, "GET", "/{a}/{a}", ok));
    assertMessage("duplicates", () -> HttpDispatcher.builder("f")
        .route(Source.ALB, "GET", "/o/{a}", ok).route(Source.ALB, "get", "/o/{b}", ok));
    assertMessage("use sdk(...)", () -> HttpDispatcher.builder("f").route(Source.SDK, "GET", "/", ok));
    assertMessage("ALB routes only",
        () -> HttpDispatcher.builder("f").route(Source.API_GATEWAY_HTTP, "GET", "/", true, ok));
    assertMessage("bad HTTP method", () -> HttpDispatcher.builder("f").route(Source.ALB, "GE T", "/", ok));
    assertMessage("neither routes nor", () -> HttpDispatcher.builder("f").build());
  }

  private static void assertMessage(String part, org.junit.jupiter.api.function.Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertTrue(e.getMessage().contains(part), e.getMessage());
  }
}
