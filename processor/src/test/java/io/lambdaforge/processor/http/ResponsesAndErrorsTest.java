package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.processor.TestContext;
import org.junit.jupiter.api.Test;

/** Return kinds and error paths of generated adapters, through an edited HTTP API sample. */
class ResponsesAndErrorsTest {
  private static final String V2 = "apigw-v2-get-no-body-powertools.json";

  private static JsonNode call(String adapter, String method, String path, TestContext context) {
    byte[] event =
        Events.edited(
            V2,
            e -> {
              e.put("rawPath", path);
              ((com.fasterxml.jackson.databind.node.ObjectNode) e.at("/requestContext/http"))
                  .put("method", method)
                  .put("path", path);
            });
    return Events.invoke(Shop.handler(adapter), event, context);
  }

  private static JsonNode get(String adapter, String path) {
    return call(adapter, "GET", path, new TestContext("test"));
  }

  @Test
  void optionalPresentIsTheValueEmptyIs404() {
    JsonNode found = get("Shop_LookupHandler", "/lookup/known");
    assertEquals(200, found.get("statusCode").asInt());
    assertEquals("{\"test\":\"known\"}", found.get("body").asText());
    JsonNode missing = get("Shop_LookupHandler", "/lookup/other");
    assertEquals(404, missing.get("statusCode").asInt());
    assertEquals("{\"message\":\"Not Found\"}", missing.get("body").asText());
  }

  @Test
  void nullIs204() {
    JsonNode response = get("Shop_NothingHandler", "/nothing");
    assertEquals(204, response.get("statusCode").asInt());
    assertEquals("", response.get("body").asText());
    assertNull(Events.header(response, "Content-Type"));
  }

  @Test
  void unknownPathIs404() {
    JsonNode response = get("Shop_LookupHandler", "/elsewhere");
    assertEquals(404, response.get("statusCode").asInt());
    assertEquals("{\"message\":\"Not Found\"}", response.get("body").asText());
  }

  @Test
  void wrongMethodIs405WithAllow() {
    JsonNode response = call("Shop_FailHandler", "PUT", "/fail/x", new TestContext("fail"));
    assertEquals(405, response.get("statusCode").asInt());
    assertEquals("{\"message\":\"Method Not Allowed\"}", response.get("body").asText());
    String allow = Events.header(response, "Allow");
    assertTrue(allow.contains("GET") && allow.contains("DELETE"), allow);
  }

  @Test
  void httpExceptionGivesItsStatusAndMessage() {
    JsonNode conflict = get("Shop_FailHandler", "/fail/conflict");
    assertEquals(409, conflict.get("statusCode").asInt());
    assertEquals("{\"message\":\"order is shipped\"}", conflict.get("body").asText());
    JsonNode unavailable = call("Shop_FailHandler", "DELETE", "/fail/unavailable", new TestContext("fail"));
    assertEquals(503, unavailable.get("statusCode").asInt());
    assertEquals("{\"message\":\"try later\"}", unavailable.get("body").asText());
  }

  @Test
  void otherExceptionsAre500WithTheStackTraceOnlyInTheLog() {
    for (String kind : new String[] {"boom", "checked"}) {
      TestContext context = new TestContext("fail");
      JsonNode response = call("Shop_FailHandler", "GET", "/fail/" + kind, context);
      assertEquals(500, response.get("statusCode").asInt());
      assertEquals("{\"message\":\"Internal Server Error\"}", response.get("body").asText());
      assertFalse(response.toString().contains("secret"), response::toString);
      assertFalse(response.toString().contains("Exception"), response::toString);
      assertTrue(context.log().contains("secret"), context::log);
    }
  }
}
