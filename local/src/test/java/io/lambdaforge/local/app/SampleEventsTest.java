package io.lambdaforge.local.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.gateway.SampleRequests;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SampleEventsTest {
  @Test
  void fillsPathParameters() {
    assertEquals("/orders/1/items/1", SampleRequests.path("/orders/{id}/items/{item}"));
    assertEquals("/files/sample/1", SampleRequests.path("/files/{path+}"));
    assertEquals("/", SampleRequests.path("/"));
    assertEquals(Map.of("id", "1", "path", "sample/1"), SampleRequests.pathParameters("/a/{id}/{path+}"));
  }

  @Test
  void requestsUseTheRoutesMethodAndAJsonBodyWhenTheMethodHasOne() {
    LocalRequest get = SampleRequests.request(TriggerSpec.httpApi("ANY", "/x"));
    assertEquals("GET", get.method());
    assertEquals(0, get.body().length);
    LocalRequest post = SampleRequests.request(TriggerSpec.restApi("POST", "/orders/{id}"));
    assertEquals("POST", post.method());
    assertEquals("/orders/1", post.rawPath());
    assertEquals("application/json", post.mediaType());
    assertEquals("{}", new String(post.body(), StandardCharsets.UTF_8));
  }

  @Test
  void picksHttpApiThenRestThenAlb() {
    FunctionSpec f = FunctionSpec.builder("f", "a.B")
        .trigger(TriggerSpec.alb("GET", "/a", 1, false))
        .trigger(TriggerSpec.restApi("GET", "/r"))
        .trigger(TriggerSpec.sdk())
        .build();
    assertEquals("/r", SampleEvents.trigger(f, Optional.empty()).orElseThrow().path());
    assertEquals("/r", SampleEvents.forFunction(f, Optional.empty()).get("path").asText());
  }
}
