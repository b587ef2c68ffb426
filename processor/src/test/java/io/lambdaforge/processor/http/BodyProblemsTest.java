package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a client gets for a missing, null or wrongly shaped JSON body, through generated adapters. */
class BodyProblemsTest {
  private static final class Adapters {
    static final Harness.Adapters INSTANCE =
        new Harness.Adapters(Harness.compileClean(Harness.source(
            "com.acme.Orders",
            "package com.acme;",
            "",
            "import io.lambdaforge.annotations.*;",
            "import java.util.*;",
            "",
            "public class Orders {",
            "  public enum Kind { STANDARD, EXPRESS }",
            "  public record Line(String sku, int quantity) {}",
            "  public record Order(String id, Kind kind, List<Line> lines) {}",
            "",
            "  @Function(triggers = {",
            "      @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/orders\"),",
            "      @Trigger(source = Source.API_GATEWAY_REST, method = \"POST\", path = \"/orders\"),",
            "      @Trigger(source = Source.ALB, method = \"POST\", path = \"/orders\", priority = 1)})",
            "  public String create(@Body Order order) {",
            "    return order.id() + \":\" + order.lines().size();",
            "  }",
            "",
            "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/maybe\"))",
            "  public String maybe(@Body Optional<Order> order) {",
            "    return order.map(Order::id).orElse(\"none\");",
            "  }",
            "}")), "com.acme");
  }

  private static RequestStreamHandler create() {
    return Adapters.INSTANCE.handler("Orders_CreateHandler");
  }

  private static byte[] post(String file, String path, String body) {
    return Events.edited(file, e -> {
      if (e.has("rawPath")) {
        e.put("rawPath", path);
        e.with("requestContext").put("stage", "$default");
        e.with("requestContext").with("http").put("method", "POST").put("path", path);
      } else {
        e.put("httpMethod", "POST").put("path", path);
      }
      if (body == null) {
        e.putNull("body");
      } else {
        e.put("body", body);
      }
      e.put("isBase64Encoded", false);
    });
  }

  private static final String[] FILES = {
    "apigw-v2-get-no-authorizer-go.json", "apigw-v1-proxy-operationname-go.json", "alb-single-value-headers-go.json"
  };

  private static List<String> reasons(JsonNode response) {
    assertEquals(400, response.get("statusCode").asInt(), response::toString);
    JsonNode body = Events.body(response);
    assertEquals("Bad Request", body.get("message").asText());
    List<String> reasons = new ArrayList<>();
    for (JsonNode error : body.get("errors")) {
      assertEquals("body", error.get("parameter").asText());
      assertEquals("body", error.get("in").asText());
      reasons.add(error.get("reason").asText());
    }
    return reasons;
  }

  @Test
  void aMissingOrNullRequiredBodyIs400NamingTheBodyAndTheMethodIsNotCalled() {
    for (String file : FILES) {
      assertEquals(List.of("a request body is required"), reasons(Events.invoke(create(), post(file, "/orders", null))), file);
      assertEquals(List.of("a request body is required"), reasons(Events.invoke(create(), post(file, "/orders", ""))), file);
      assertEquals(List.of("a request body is required, got JSON null"),
          reasons(Events.invoke(create(), post(file, "/orders", "null"))), file);
      assertEquals(List.of("a request body is required, got an empty body"),
          reasons(Events.invoke(create(), post(file, "/orders", "  \n"))), file);
    }
  }

  @Test
  void anOptionalBodyMayBeMissingOrNull() {
    RequestStreamHandler maybe = Adapters.INSTANCE.handler("Orders_MaybeHandler");
    for (String body : new String[] {null, "null", " "}) {
      JsonNode response = Events.invoke(maybe, post("apigw-v2-get-no-authorizer-go.json", "/maybe", body));
      assertEquals(200, response.get("statusCode").asInt(), response::toString);
      assertEquals("none", Events.bodyText(response));
    }
  }

  @Test
  void wrongShapeListsEveryProblemWithItsLocationAndExpectedType() {
    String body = "{\"id\":\"o-1\",\"kind\":\"SLOW\",\"lines\":[{\"sku\":\"a\",\"quantity\":\"many\"},"
        + "{\"sku\":\"b\",\"quantity\":{\"n\":1}},{\"sku\":\"c\",\"quantity\":2}]}";
    for (String file : FILES) {
      List<String> reasons = reasons(Events.invoke(create(), post(file, "/orders", body)));
      assertEquals(List.of(
          "$.kind: expected one of [STANDARD, EXPRESS]",
          "$.lines[0].quantity: expected an integer",
          "$.lines[1].quantity: expected an integer, got an object"), reasons, file);
    }
    List<String> notAnArray = reasons(Events.invoke(create(), post(FILES[0], "/orders", "{\"id\":\"o\",\"lines\":\"x\"}")));
    assertEquals(List.of("$.lines: expected an array, got a string"), notAnArray);
    List<String> notAnObject = reasons(Events.invoke(create(), post(FILES[0], "/orders", "[1,2]")));
    assertEquals(List.of("$: expected an object, got an array"), notAnObject);
  }

  @Test
  void malformedJsonIsStillReportedAsMalformed() {
    List<String> reasons = reasons(Events.invoke(create(), post(FILES[0], "/orders", "{\"id\":")));
    assertEquals(1, reasons.size());
    assertTrue(reasons.get(0).startsWith("malformed JSON body"), reasons.get(0));
  }

  @Test
  void aBodyOfTheRightShapeIsBound() {
    String body = "{\"id\":\"o-1\",\"kind\":\"EXPRESS\",\"lines\":[{\"sku\":\"a\",\"quantity\":3}]}";
    for (String file : FILES) {
      JsonNode response = Events.invoke(create(), post(file, "/orders", body));
      assertEquals(200, response.get("statusCode").asInt(), response::toString);
      assertEquals("o-1:1", Events.bodyText(response));
    }
  }
}
