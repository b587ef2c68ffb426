package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.testing.HttpResult;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.local.testing.Request;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The examples' authorization, enforced locally as the gateways do: the orders routes' tenant is
 * the token's claim (one tenant never sees another's orders), the partner route's generated API-key
 * Lambda authorizer allows, denies and caches per key, and the support route takes IAM-signed
 * requests only.
 */
class AuthorizedRoutesTest {
  static final String KEY_ID = "AKIDEXAMPLESLOCAL";
  static final String SECRET = "examples-local-secret";
  static final LocalLambda APP = LocalLambda.builder().share("io.lambdaforge.examples.orders.data")
      .awsCredentials(KEY_ID, SECRET).build();

  @AfterAll
  static void close() {
    APP.close();
  }

  @Test
  void theTenantIsTheTokensClaim() {
    String sample = ExamplesThroughAdaptersTest.SAMPLE_ID;
    for (Source source : List.of(Source.API_GATEWAY_HTTP, Source.API_GATEWAY_REST)) {
      assertEquals(200, APP.request(source, Tokens.as(APP, source, "acme", Request.get("/orders/" + sample)))
          .status(), source.name());
      assertEquals(404, APP.request(source, Tokens.as(APP, source, "globex", Request.get("/orders/" + sample)))
          .status(), "another tenant's token does not reach acme's order on " + source);
    }
  }

  @Test
  void partnerKeysAreCheckedByTheGeneratedLambdaAuthorizerAndCached() {
    Request request = Request.get("/partner/orders?status=OPEN");
    int before = APP.authorizerInvocations("PartnerKeys");
    HttpResult acme = APP.request(Source.API_GATEWAY_REST, request.header("x-api-key", "pk-acme-0001"));
    assertEquals(200, acme.status(), acme.toString());
    JsonNode orders = acme.bodyJson().get("orders");
    assertEquals("acme", orders.get(0).get("tenant").asText(), "the authorizer's tenant reached @AuthContext");
    HttpResult again = APP.request(Source.API_GATEWAY_REST, request.header("x-api-key", "pk-acme-0001"));
    assertEquals(200, again.status());
    assertEquals(before + 1, APP.authorizerInvocations("PartnerKeys"), "the second call is a cache hit");

    HttpResult unknown = APP.request(Source.API_GATEWAY_REST, request.header("x-api-key", "pk-stolen"));
    assertEquals(403, unknown.status());
    assertEquals("{\"Message\":\"User is not authorized to access this resource with an explicit deny\"}",
        unknown.bodyString());
    HttpResult none = APP.request(Source.API_GATEWAY_REST, request);
    assertEquals(401, none.status());
    assertEquals("{\"message\":\"Unauthorized\"}", none.bodyString());
  }

  @Test
  void supportReadsAnyTenantWithAnIamSignatureOnly() {
    Request request = Request.get("/support/orders/acme");
    HttpResult signed = APP.request(Source.API_GATEWAY_HTTP, request.signed(KEY_ID, SECRET, "us-east-1",
        "execute-api"));
    assertEquals(200, signed.status(), signed.toString());
    assertTrue(signed.bodyJson().get("orders").size() >= 1, signed.bodyString());
    HttpResult unsigned = APP.request(Source.API_GATEWAY_HTTP, request);
    assertEquals(403, unsigned.status());
    assertEquals("{\"message\":\"Forbidden\"}", unsigned.bodyString());
    HttpResult wrongSecret = APP.request(Source.API_GATEWAY_HTTP, request.signed(KEY_ID, "not-the-secret",
        "us-east-1", "execute-api"));
    assertEquals(403, wrongSecret.status());
  }

  @Test
  void aTokenWithTheReadScopeCannotWrite() {
    HttpResult write = APP.request(Source.API_GATEWAY_HTTP, Request.post("/orders", ExamplesThroughAdaptersTest.TWO_LINES)
        .bearer(APP.token("OrdersJwt", "reader", List.of("orders:read"), Map.of("tenant", "acme"))));
    assertEquals(403, write.status());
  }
}
