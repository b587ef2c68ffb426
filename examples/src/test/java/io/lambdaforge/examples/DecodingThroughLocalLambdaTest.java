package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.testing.HttpResult;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.local.testing.Request;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * End to end: LocalLambda builds each source's event as AWS delivers it (REST path encoded, HTTP API
 * rawPath decoded) and the generated adapter decodes each part once, so a bad UUID in the path is
 * echoed back with the same decoded value whichever gateway delivered it.
 */
class DecodingThroughLocalLambdaTest {
  static final LocalLambda APP = LocalLambda.builder().share("io.lambdaforge.examples.orders.data").build();

  @AfterAll
  static void close() {
    APP.close();
  }

  @Test
  void theSamePathValueIsBoundOnRestAndHttpApi() {
    Map<String, String> sentToBound = Map.of(
        "/orders/not%20a%20uuid", "not a uuid",
        "/orders/%2541", "%41",
        "/orders/a+b", "a+b",
        "/orders/caf%C3%A9", "café",
        "/orders/bad%ZZ", "bad%ZZ");
    sentToBound.forEach((path, bound) -> {
      for (Source source : List.of(Source.API_GATEWAY_REST, Source.API_GATEWAY_HTTP)) {
        HttpResult response = APP.request(source, Tokens.as(APP, source, "acme", Request.get(path)));
        assertEquals(400, response.status(), source + " " + path + ": " + response);
        assertEquals("id", response.bodyJson().at("/errors/0/parameter").asText());
        assertEquals(bound, response.bodyJson().at("/errors/0/value").asText(), source + " " + path);
      }
    });
  }
}
