package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.testing.HttpResult;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.local.testing.Request;
import org.junit.jupiter.api.Test;

/**
 * The orders functions share data only through their store, and locally only when the store's
 * package is shared on purpose: as deployed, where createOrder and getOrder run in separate
 * execution environments (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html).
 */
class SharedStoreTest {
  private static final String ORDER = "{\"customer\":\"Ada\",\"lines\":[{\"sku\":\"B-1\",\"quantity\":1,"
      + "\"unitPrice\":2.50}]}";

  private static String create(LocalLambda app) {
    HttpResult created = app.request(Source.API_GATEWAY_HTTP,
        Tokens.as(app, Source.API_GATEWAY_HTTP, "shared-store", Request.post("/orders", ORDER)));
    assertEquals(201, created.status(), created.toString());
    return created.bodyJson().get("id").asText();
  }

  private static int read(LocalLambda app, String id) {
    return app.request(Source.API_GATEWAY_HTTP,
        Tokens.as(app, Source.API_GATEWAY_HTTP, "shared-store", Request.get("/orders/" + id))).status();
  }

  @Test
  void withoutSharingAnOrderCreatedByOneFunctionIsNotFoundByAnother() {
    try (LocalLambda app = LocalLambda.fromClasspath()) {
      assertEquals(404, read(app, create(app)), "createOrder's static store is not getOrder's, as deployed");
    }
  }

  @Test
  void sharingTheStorePackageOnPurposeLetsThemMeet() {
    try (LocalLambda app = LocalLambda.builder().share("io.lambdaforge.examples.orders.data").build()) {
      assertEquals(200, read(app, create(app)));
    }
  }
}
