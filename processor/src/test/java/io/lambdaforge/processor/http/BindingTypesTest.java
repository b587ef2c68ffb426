package io.lambdaforge.processor.http;

import static io.lambdaforge.processor.http.SampleBindingsTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Every bindable type and body kind, through real sample envelopes edited per case. */
class BindingTypesTest {
  private static final String V2 = "apigw-v2-get-no-body-powertools.json";
  private static final String REST = "apigw-v1-proxy-post-java-libs.json";
  private static final String ID = "123e4567-e89b-12d3-a456-426614174000";
  private static final String QUERY =
      "n=-7&big=9000000000&ratio=2.5&f=1.5&s=12&b=-3&flag=TRUE&status=shipped"
          + "&at=2024-05-01T10:15:30Z&wait=PT15M&c=x&list=1&list=2&time=10:15:30"
          + "&ldt=2024-05-01T10:15:30&odt=2024-05-01T10:15:30%2B02:00";

  private static byte[] v2Get(String rawPath, String rawQuery, String... headers) {
    return Events.edited(
        V2,
        e -> {
          e.put("rawPath", rawPath);
          e.put("rawQueryString", rawQuery);
          e.remove("queryStringParameters");
          e.remove("cookies");
          ObjectNode h = e.putObject("headers");
          for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
          }
        });
  }

  /** HTTP API events carry cookies in their own array, not a Cookie header. */
  private static byte[] withCookies(byte[] event, String... cookies) {
    ObjectNode tree = (ObjectNode) Events.parse(event);
    tree.putArray("cookies").addAll(java.util.Arrays.stream(cookies).map(tree::textNode).toList());
    try {
      return Events.JSON.writeValueAsBytes(tree);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] restPost(String path, String body, boolean base64) {
    return Events.edited(
        REST,
        e -> {
          e.put("path", path);
          if (body == null) {
            e.putNull("body");
          } else {
            e.put("body", body);
          }
          e.put("isBase64Encoded", base64);
        });
  }

  @Test
  void everyScalarConverterOptionalAndList() {
    byte[] event =
        v2Get(
            "/types/" + ID + "/2024-02-29",
            QUERY,
            "x-statuses", "OPEN, shipped",
            "x-zdt", "2024-05-01T10:15:30+02:00[Europe/Paris]");
    event = withCookies(event, "session=abc", "other=1");
    JsonNode response = Events.invoke(Shop.handler("Shop_TypesHandler"), event);
    assertEquals(200, response.get("statusCode").asInt(), response::toString);
    JsonNode seen = Events.body(response);
    assertEquals(ID, seen.get("id").asText());
    assertEquals("2024-02-29", seen.get("day").asText());
    assertEquals(-7, seen.get("n").asInt());
    assertEquals(9_000_000_000L, seen.get("big").asLong());
    assertEquals(2.5, seen.get("ratio").asDouble());
    assertEquals(1.5, seen.get("f").asDouble());
    assertEquals(12, seen.get("s").asInt());
    assertEquals(-3, seen.get("b").asInt());
    assertTrue(seen.get("flag").asBoolean());
    assertEquals("SHIPPED", seen.get("status").asText());
    assertEquals("2024-05-01T10:15:30Z", seen.get("at").asText());
    assertEquals("PT15M", seen.get("wait").asText());
    assertEquals("x", seen.get("c").asText());
    assertEquals(-1, seen.get("maybe").asInt());
    assertEquals("[1,2]", seen.get("list").toString());
    assertEquals("[\"OPEN\",\"SHIPPED\"]", seen.get("statuses").toString());
    assertEquals("abc", seen.get("session").asText());
    assertEquals("10:15:30", seen.get("time").asText());
    assertEquals("2024-05-01T10:15:30", seen.get("ldt").asText());
    assertEquals("2024-05-01T10:15:30+02:00", seen.get("odt").asText());
    assertEquals("2024-05-01T10:15:30+02:00[Europe/Paris]", seen.get("zdt").asText());
    assertEquals("null", seen.get("state").asText());
  }

  @Test
  void badAndMissingValuesAreListedTogether() {
    byte[] event =
        v2Get(
            "/types/not-a-uuid/2024-02-30",
            QUERY.replace("n=-7", "n=seven").replace("status=shipped", "status=lost") + "&maybe=x",
            "x-statuses", "OPEN",
            "x-state", "CLOSED");
    JsonNode response = Events.invoke(Shop.handler("Shop_TypesHandler"), event);
    assertEquals(400, response.get("statusCode").asInt());
    JsonNode errors = Events.body(response).get("errors");
    assertEquals(7, errors.size(), errors.toString());
    assertProblem(errors.get(0), "id", "path", "not-a-uuid", "expected a UUID");
    assertProblem(errors.get(1), "day", "path", "2024-02-30", "expected an ISO-8601 date, e.g. 2024-05-01");
    assertProblem(errors.get(2), "n", "query", "seven", "expected an integer (32-bit)");
    assertProblem(errors.get(3), "status", "query", "lost", "expected one of [OPEN, SHIPPED]");
    assertProblem(errors.get(4), "maybe", "query", "x", "expected an integer (32-bit)");
    assertProblem(errors.get(5), "x-zdt", "header", null, "required header parameter is missing");
    assertProblem(errors.get(6), "x-state", "header", "CLOSED", "expected one of [OPEN, SHIPPED]");
  }

  @Test
  void optionalPathParameter() {
    JsonNode ok = Events.invoke(Shop.handler("Shop_CodeHandler"), v2Get("/codes/21", ""));
    assertEquals("42", ok.get("body").asText());
    JsonNode bad = Events.invoke(Shop.handler("Shop_CodeHandler"), v2Get("/codes/abc", ""));
    assertEquals(400, bad.get("statusCode").asInt());
    assertProblem(Events.body(bad).get("errors").get(0), "code", "path", "abc", "expected an integer (32-bit)");
  }

  @Test
  void requiredJsonBody() {
    JsonNode ok =
        Events.invoke(Shop.handler("Shop_JsonBodyHandler"), restPost("/bodies/json", "{\"test\":\"t\"}", false));
    assertEquals(200, ok.get("statusCode").asInt());
    assertEquals("{\"test\":\"t!\"}", ok.get("body").asText());

    JsonNode missing = Events.invoke(Shop.handler("Shop_JsonBodyHandler"), restPost("/bodies/json", null, false));
    assertEquals(400, missing.get("statusCode").asInt());
    assertProblem(Events.body(missing).get("errors").get(0), "body", "body", null, "a request body is required");

    JsonNode malformed =
        Events.invoke(Shop.handler("Shop_JsonBodyHandler"), restPost("/bodies/json", "{\"test\":", false));
    assertEquals(400, malformed.get("statusCode").asInt());
    String reason = Events.body(malformed).get("errors").get(0).get("reason").asText();
    assertTrue(reason.startsWith("malformed JSON body: "), reason);
  }

  @Test
  void optionalJsonBody() {
    JsonNode present =
        Events.invoke(
            Shop.handler("Shop_OptionalBodyHandler"), restPost("/bodies/optional", "{\"test\":\"p\"}", false));
    assertEquals("p", present.get("body").asText());
    JsonNode absent =
        Events.invoke(Shop.handler("Shop_OptionalBodyHandler"), restPost("/bodies/optional", "", false));
    assertEquals(200, absent.get("statusCode").asInt());
    assertEquals("none", absent.get("body").asText());
  }

  @Test
  void textBodyDecodesBase64AndRejectsBadBase64() {
    String encoded = Base64.getEncoder().encodeToString("héllo".getBytes(StandardCharsets.UTF_8));
    JsonNode ok = Events.invoke(Shop.handler("Shop_TextBodyHandler"), restPost("/bodies/text", encoded, true));
    assertEquals("[héllo]", ok.get("body").asText());
    JsonNode empty = Events.invoke(Shop.handler("Shop_TextBodyHandler"), restPost("/bodies/text", null, false));
    assertEquals("[]", empty.get("body").asText());
    JsonNode bad = Events.invoke(Shop.handler("Shop_TextBodyHandler"), restPost("/bodies/text", "YQ==YQ", true));
    assertEquals(400, bad.get("statusCode").asInt());
    assertProblem(
        Events.body(bad).get("errors").get(0),
        "body", "body", null, "the body is marked base64-encoded but is not valid base64");
  }

  @Test
  void genericListBody() {
    JsonNode ok =
        Events.invoke(
            Shop.handler("Shop_ListBodyHandler"),
            restPost("/bodies/list", "[{\"test\":\"a\"},{\"test\":\"b\"}]", false));
    assertEquals("2", ok.get("body").asText());
    assertEquals("application/json", ok.get("headers").get("Content-Type").asText());
  }

  @Test
  void primitiveBodyMissingIs400NotA500() {
    JsonNode ok = Events.invoke(Shop.handler("Shop_IntBodyHandler"), restPost("/bodies/int", "21", false));
    assertEquals("42", ok.get("body").asText());
    JsonNode missing = Events.invoke(Shop.handler("Shop_IntBodyHandler"), restPost("/bodies/int", "", false));
    assertEquals(400, missing.get("statusCode").asInt());
    assertProblem(Events.body(missing).get("errors").get(0), "body", "body", null, "a request body is required");
  }
}
