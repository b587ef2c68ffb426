package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher reads each event into a buffer it reuses (see {@code core.Dispatch}): requests
 * decoded from a shorter event that follows a longer one see only their own bytes, and a function
 * that keeps its request view past the invocation (declared with {@code eventOutlivesInvocation})
 * still reads its own event after later ones.
 */
class EventBufferTest {
  private static final String SAMPLE = "apigw-v2-get-no-authorizer-go.json";

  private static byte[] event(String probe, String padding) {
    return Events.edited(SAMPLE, e -> {
      e.put("rawPath", "/items");
      ((ObjectNode) e.get("headers")).put("x-probe", probe).put("x-padding", padding);
    });
  }

  @Test
  void aShorterEventAfterALongerOneDecodesOnlyItsOwnBytes() {
    HttpDispatcher dispatcher = HttpDispatcher.builder("items")
        .route(Source.API_GATEWAY_HTTP, "GET", "/items", (request, context) ->
            request.header("x-probe") + "|" + request.header("x-padding") + "|" + request.headers().size())
        .build();
    TestContext context = new TestContext();
    JsonNode longer = Events.invoke(dispatcher, event("first", "x".repeat(2_000)), context);
    JsonNode shorter = Events.invoke(dispatcher, event("second", ""), context);
    int headers = Events.tree(SAMPLE).get("headers").size() + 2;
    assertEquals("first|" + "x".repeat(2_000) + "|" + headers, longer.get("body").asText());
    assertEquals("second||" + headers, shorter.get("body").asText());
  }

  @Test
  void aRequestViewKeptPastItsInvocationStillReadsItsOwnEvent() {
    List<HttpRequest> kept = new ArrayList<>();
    HttpDispatcher dispatcher = HttpDispatcher.builder("items")
        .route(Source.API_GATEWAY_HTTP, "GET", "/items", (request, context) -> {
          kept.add(request);
          return "kept";
        })
        .eventOutlivesInvocation()
        .build();
    TestContext context = new TestContext();
    Events.invoke(dispatcher, event("first", "y".repeat(500)), context);
    Events.invoke(dispatcher, event("second", "z".repeat(500)), context);
    // the headers are decoded lazily, from the event's bytes, only now
    assertEquals("first", kept.get(0).header("x-probe"));
    assertEquals("y".repeat(500), kept.get(0).header("x-padding"));
    assertEquals("second", kept.get(1).header("x-probe"));
  }
}
