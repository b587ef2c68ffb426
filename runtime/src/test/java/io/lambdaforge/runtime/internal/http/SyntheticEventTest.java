package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The synthetic events carry what real requests carry whether a route binds it or not (a query
 * with a repeated name, cookies, stage variables, the common and edge headers), and each source's
 * decoder reads them as it reads a real request.
 */
class SyntheticEventTest {
  @Test
  void everySourceDecodesTheCommonParts() throws Exception {
    for (Source source : List.of(Source.API_GATEWAY_REST, Source.API_GATEWAY_HTTP, Source.ALB)) {
      List<HttpRequest> seen = new ArrayList<>();
      HttpDispatcher dispatcher = HttpDispatcher.builder("f")
          .route(source, "POST", "/a", (request, context) -> {
            seen.add(request);
            return "";
          })
          .eventOutlivesInvocation() // the route keeps its request past the invocation, as generated code declares
          .build();
      assertEquals(200, dispatcher.prime(SyntheticEvent.of(source, "POST", "/a").body("text/plain", "b")), source.name());
      HttpRequest request = seen.get(0);
      // an ALB in single-value mode passes the last value of a repeated name, the others all values
      assertEquals(source == Source.ALB ? List.of("b") : List.of("a", "b"), request.queryAll("priming"), source.name());
      assertEquals("a", request.cookie("priming"), source.name());
      assertEquals("b", request.cookie("priming-session"), source.name());
      assertEquals("en-US,en;q=0.9", request.header("accept-language"), source.name());
      assertEquals("b", request.bodyAsString(), source.name());
      if (source != Source.ALB) {
        assertEquals("a", request.stageVariables().get("priming"), source.name());
      }
    }
  }

  @Test
  void restHeadersAreCapitalisedAsClientsAndCloudFrontSendThem() {
    String event = new String(SyntheticEvent.of(Source.API_GATEWAY_REST, "GET", "/a").bytes(), StandardCharsets.UTF_8);
    assertTrue(event.contains("\"X-Forwarded-For\":\"127.0.0.1\""), event);
    assertTrue(event.contains("\"CloudFront-Viewer-Country\":\"US\""), event);
    assertEquals("X-Amzn-Trace-Id", SyntheticEvent.restName("x-amzn-trace-id"));
  }

  @Test
  void httpApiEventsCarryTheMutualTlsClientCertificate() {
    String event = new String(SyntheticEvent.of(Source.API_GATEWAY_HTTP, "GET", "/a").bytes(), StandardCharsets.UTF_8);
    assertTrue(event.contains("\"authentication\":{\"clientCert\":{\"clientCertPem\""), event);
  }
}
