package io.lambdaforge.local.family.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.local.fixture.Events;
import io.lambdaforge.local.gateway.LocalRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The events {@code serve} sends Lambda authorizers have the fields of the real ones in {@code
 * testdata/events} (aws-lambda-go's samples of what API Gateway sends:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-lambda-authorizer.html).
 */
class AuthorizerEventsTest {
  private static final LocalRequest REQUEST = new LocalRequest("GET", "/orders/7", "a=1",
      List.of(Map.entry("Host", "localhost:3000"), Map.entry("x-api-key", "k1")), new byte[0], "127.0.0.1");
  private static final EventFactory.Route ROUTE = new EventFactory.Route("GET", "/orders/{id}", Map.of("id", "7"));

  private static Set<String> keys(JsonNode node) {
    Set<String> keys = new TreeSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static void assertHasEveryField(JsonNode real, JsonNode local, Set<String> absentLocally) {
    Set<String> expected = keys(real);
    expected.removeAll(absentLocally);
    assertTrue(keys(local).containsAll(expected), "real " + expected + ", local " + keys(local));
    Set<String> context = keys(real.path("requestContext"));
    context.remove("authentication");
    assertTrue(keys(local.path("requestContext")).containsAll(context),
        "real " + context + ", local " + keys(local.path("requestContext")));
  }

  @Test
  void restTokenEventIsExactlyTheRealOnesFields() {
    RouteAuthorizer rest = new RouteAuthorizer(Source.API_GATEWAY_REST);
    AuthorizerSpec token = AuthorizerSpec.lambda("T", AuthorizerKind.LAMBDA_TOKEN, "$request.header.x-api-key", "f", 0);
    JsonNode local = rest.authorizerEvent(token, ROUTE, REQUEST, "h", List.of("k1"), rest.arn("GET", "/orders/7",
        "us-east-1"));
    assertEquals(keys(Events.json("authorizer-rest-token-go.json")), keys(local));
  }

  @Test
  void restRequestEventHasTheRealOnesFields() {
    RouteAuthorizer rest = new RouteAuthorizer(Source.API_GATEWAY_REST);
    AuthorizerSpec request = AuthorizerSpec.lambda("R", AuthorizerKind.LAMBDA_REQUEST, "$request.header.x-api-key",
        "f", 0);
    JsonNode local = rest.authorizerEvent(request, ROUTE, REQUEST, "h", List.of("k1"),
        rest.arn("GET", "/orders/7", "us-east-1"));
    assertHasEveryField(Events.json("authorizer-rest-request-go.json"), local, Set.of());
  }

  @Test
  void httpApiRequestEventHasTheRealOnesFields() {
    RouteAuthorizer http = new RouteAuthorizer(Source.API_GATEWAY_HTTP);
    AuthorizerSpec request = AuthorizerSpec.lambda("R", AuthorizerKind.LAMBDA_REQUEST, "$request.header.x-api-key",
        "f", 0);
    JsonNode local = http.authorizerEvent(request, ROUTE, REQUEST, "h", List.of("k1"),
        http.arn("GET", "/orders/7", "us-east-1"));
    // the request has no cookies, and local HTTP APIs have no stage variables: both keys are absent
    // from payload 2.0 events then; mTLS authentication is absent without a client certificate
    JsonNode real = Events.json("authorizer-http-v2-request-go.json");
    assertHasEveryField(real, local, Set.of("cookies", "stageVariables"));
  }
}
