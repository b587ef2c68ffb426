package io.lambdaforge.local.family.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.FunctionUrlSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.local.fixture.Events;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The function URL door (https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html,
 * https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html): every path reaches the function,
 * AWS_IAM needs a valid SigV4 signature made with the environment's keys (403 otherwise), and the
 * event has the documented payload's fields.
 */
class FunctionUrlFrontDoorTest {
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final FunctionUrlFrontDoor door = new FunctionUrlFrontDoor(SigV4Test.ENV::get,
      Clock.fixed(SigV4Test.NOW, ZoneOffset.UTC), new PrintStream(log, true, StandardCharsets.UTF_8));

  private static LocalRequest request(String path, String query, List<Map.Entry<String, String>> headers) {
    return new LocalRequest("POST", path, query, headers, "{\"a\":1}".getBytes(StandardCharsets.UTF_8), "10.0.0.9");
  }

  @Test
  void everyPathMatchesAndEachFunctionIsItsOwnHost() {
    assertEquals(Optional.of(Map.of()), door.match("/orders", "/anything/else"));
    assertTrue(door.hostPerFunction());
  }

  @Test
  void theAuthTypeDefaultsToIam() {
    FunctionSpec plain = FunctionSpec.builder("f", "a.B::handleRequest")
        .trigger(TriggerSpec.functionUrl("GET", "/")).build();
    assertEquals("AWS_IAM", door.auth(plain));
    FunctionSpec open = FunctionSpec.builder("f", "a.B::handleRequest")
        .trigger(TriggerSpec.functionUrl("GET", "/")).functionUrl(new FunctionUrlSpec("NONE", false)).build();
    assertEquals("NONE", door.auth(open));
  }

  @Test
  void iamRefusesAnUnsignedRequestWithAwsBodyAndLogsWhy() {
    Optional<GatewayResponse> refused = door.authorize("AWS_IAM", request("/x", "", List.of()));
    assertEquals(403, refused.get().status());
    assertEquals("{\"Message\":\"Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html\"}",
        new String(refused.get().body(), StandardCharsets.UTF_8));
    assertTrue(refused.get().headers().contains(java.util.Map.entry("x-amzn-ErrorType", "AccessDeniedException")));
    assertTrue(log.toString(StandardCharsets.UTF_8).contains("no Authorization header"), log::toString);
    assertEquals(Optional.empty(), door.authorize("NONE", request("/x", "", List.of())));
  }

  @Test
  void iamAcceptsARequestSignedForLambdaAndNamesTheCallerInTheEvent() {
    byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    String payloadHash = SigV4.hex(SigV4.sha256(body));
    List<Map.Entry<String, String>> headers = new ArrayList<>(List.of(
        Map.entry("Host", "127.0.0.1:3010"), Map.entry("Content-Type", "application/json"),
        Map.entry("X-Amz-Date", SigV4Test.DATE)));
    String canonical = SigV4.canonicalRequest("POST", "/orders/a%20b", "x=1", headers,
        List.of("content-type", "host", "x-amz-date"), payloadHash);
    String signature = SigV4.signature(SigV4Test.SECRET, "20150830", "us-east-1", "lambda", SigV4Test.DATE, canonical);
    headers.add(Map.entry("Authorization", SigV4.ALGORITHM + " Credential=" + SigV4Test.KEY
        + "/20150830/us-east-1/lambda/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=" + signature));
    LocalRequest signed = request("/orders/a%20b", "x=1", headers);
    assertEquals(Optional.empty(), door.authorize("AWS_IAM", signed), log::toString);

    ObjectNode event = door.event("AWS_IAM", "ANY", "/{proxy+}", Map.of(), false, signed, "127.0.0.1:3010");
    assertEquals(SigV4Test.KEY, event.at("/requestContext/authorizer/iam/accessKey").asText());
    assertEquals("/orders/a%20b", event.get("rawPath").asText());
    assertEquals("$default", event.get("routeKey").asText());
    assertEquals("$default", event.at("/requestContext/stage").asText());
    assertTrue(event.at("/requestContext/domainName").asText().endsWith(".lambda-url.us-east-1.on.aws"));
    assertEquals("10.0.0.9", event.at("/requestContext/http/sourceIp").asText());
    assertEquals("{\"a\":1}", event.get("body").asText());
    assertFalse(event.get("isBase64Encoded").asBoolean());
    assertFalse(event.has("pathParameters"));

    ObjectNode open = door.event("NONE", "ANY", "/{proxy+}", Map.of(), false, signed, "127.0.0.1:3010");
    assertFalse(open.at("/requestContext").has("authorizer"));
  }

  /** The event carries the documented payload's fields (and no others), as the real sample has them. */
  @Test
  void theEventHasTheDocumentedFields() {
    JsonNode sample = Events.json("function-url-request-docs.json");
    LocalRequest request = request("/my/path", "parameter1=value1&parameter1=value2&parameter2=value",
        List.of(Map.entry("header1", "value1"), Map.entry("cookie", "cookie1; cookie2")));
    ObjectNode event = door.event("AWS_IAM", "ANY", "/{proxy+}", Map.of(), false, request, "h");
    // the documented fields that are null placeholders may be left out ("sets this to null or excludes this")
    Set<String> optional = Set.of("pathParameters", "stageVariables");
    assertEquals(withoutAll(fields(sample), optional), withoutAll(fields(event), optional));
    assertEquals(fields(sample.get("requestContext")), fields(event.get("requestContext")));
    assertEquals(fields(sample.get("requestContext").get("http")), fields(event.get("requestContext").get("http")));
    assertEquals(fields(sample.at("/requestContext/authorizer/iam")), fields(event.at("/requestContext/authorizer/iam")));
    assertEquals(sample.get("queryStringParameters"), event.get("queryStringParameters"));
    assertEquals(sample.get("cookies"), event.get("cookies"));
  }

  private static Set<String> fields(JsonNode node) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  private static Set<String> withoutAll(Set<String> names, Set<String> removed) {
    Set<String> out = new TreeSet<>(names);
    out.removeAll(removed);
    return out;
  }
}
