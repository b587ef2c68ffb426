package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code HttpResponse.redirect/seeOther/permanentRedirect/created(location, body)/noContent}
 * through generated adapters on every HTTP source, with the status text an ALB needs
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html#respond-to-load-balancer).
 */
class ResponseHelpersTest {
  private static final class Adapters {
    static final Harness.Adapters INSTANCE = new Harness.Adapters(Harness.compileClean(Harness.source(
        "com.acme.Moves",
        "package com.acme;",
        "",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.runtime.http.HttpResponse;",
        "",
        "public class Moves {",
        "  public record Thing(String id) {}",
        "",
        "  @Function(triggers = {",
        "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/move/{kind}\"),",
        "      @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/move/{kind}\"),",
        "      @Trigger(source = Source.ALB, method = \"GET\", path = \"/move/{kind}\", priority = 1)})",
        "  public HttpResponse<Thing> move(@PathParam(\"kind\") String kind) {",
        "    return switch (kind) {",
        "      case \"redirect\" -> HttpResponse.redirect(\"/elsewhere\");",
        "      case \"see-other\" -> HttpResponse.seeOther(\"/orders/7\");",
        "      case \"permanent\" -> HttpResponse.permanentRedirect(\"https://example.com/new\");",
        "      case \"created\" -> HttpResponse.created(\"/things/7\", new Thing(\"7\"));",
        "      case \"bad\" -> HttpResponse.redirect(\" \");",
        "      default -> HttpResponse.noContent();",
        "    };",
        "  }",
        "}")), "com.acme");
  }

  private static JsonNode call(Source source, String kind) {
    RequestStreamHandler handler = Adapters.INSTANCE.handler("Moves_MoveHandler");
    return Events.invoke(handler, Req.of(source, "GET", "/move/" + kind).bytes());
  }

  private static final List<Source> SOURCES = List.of(Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST, Source.ALB);

  @Test
  void redirectsCarryTheirStatusLocationAndNoBody() {
    for (Source source : SOURCES) {
      assertMove(source, "redirect", 302, "Found", "/elsewhere");
      assertMove(source, "see-other", 303, "See Other", "/orders/7");
      assertMove(source, "permanent", 308, "Permanent Redirect", "https://example.com/new");
    }
  }

  @Test
  void createdCarriesLocationAndBodyAndNoContentHasNoBody() {
    for (Source source : SOURCES) {
      JsonNode created = call(source, "created");
      assertEquals(201, created.get("statusCode").asInt(), source.name());
      assertEquals("/things/7", Events.header(created, "Location"), source.name());
      assertEquals("application/json", Events.header(created, "Content-Type"), source.name());
      assertEquals("7", Events.body(created).get("id").asText(), source.name());
      if (source == Source.ALB) {
        assertEquals("201 Created", created.get("statusDescription").asText());
      }
      JsonNode none = call(source, "none");
      assertEquals(204, none.get("statusCode").asInt(), source.name());
      assertEquals("", none.get("body").asText(), source.name());
      assertNull(Events.header(none, "Content-Type"), source.name());
      if (source == Source.ALB) {
        assertEquals("204 No Content", none.get("statusDescription").asText());
      }
    }
  }

  @Test
  void aBlankLocationIsAServerError() {
    for (Source source : SOURCES) {
      assertEquals(500, call(source, "bad").get("statusCode").asInt(), source.name());
    }
  }

  private static void assertMove(Source source, String kind, int status, String reason, String location) {
    JsonNode response = call(source, kind);
    assertEquals(status, response.get("statusCode").asInt(), source + " " + kind + ": " + response);
    assertEquals(location, Events.header(response, "Location"), source + " " + kind);
    assertEquals("", response.get("body").asText(), source + " " + kind);
    assertFalse(response.get("isBase64Encoded").asBoolean());
    if (source == Source.ALB) {
      assertEquals(status + " " + reason, response.get("statusDescription").asText());
    }
  }
}
