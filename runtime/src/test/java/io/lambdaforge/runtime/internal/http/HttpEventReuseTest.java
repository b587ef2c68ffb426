package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpRequest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The HTTP family decodes each event into the one {@link HttpEvent} (and request view) it keeps
 * between invocations when no route keeps its request view: nothing of one event may show in the
 * next. Checked field by field, and end to end against a dispatcher that has seen no event.
 */
class HttpEventReuseTest {
  /** Everything a route can read of its request, as text. */
  private static String describe(HttpRequest r) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("source", r.source());
    all.put("method", r.method());
    all.put("path", r.path());
    all.put("pathParams", r.pathParams());
    all.put("query", r.queryParams());
    all.put("headers", r.headers());
    all.put("cookies", r.cookies());
    all.put("contentType", r.contentType());
    all.put("body", r.hasBody() ? r.bodyAsString() : null);
    all.put("remoteAddress", r.remoteAddress());
    all.put("requestId", r.requestId());
    all.put("stage", r.stage());
    all.put("stageVariables", r.stageVariables());
    all.put("authorizer", r.authorizer());
    all.put("claims", r.claims());
    return all.toString();
  }

  private static HttpDispatcher dispatcher() {
    HttpDispatcher.Builder builder = HttpDispatcher.builder("echo");
    for (Source source : List.of(Source.API_GATEWAY_REST, Source.API_GATEWAY_HTTP, Source.ALB, Source.FUNCTION_URL)) {
      builder.route(source, "ANY", "/", (request, context) -> describe(request));
      builder.route(source, "ANY", "/{proxy+}", (request, context) -> describe(request));
    }
    return builder.build();
  }

  @Test
  void eachEventAnswersAsOnADispatcherThatSawNoEventBefore() throws Exception {
    List<String> files = Events.requestFiles();
    HttpDispatcher reused = dispatcher();
    TestContext context = new TestContext();
    int compared = 0;
    // every sample after every other kind of sample: forwards, then backwards
    List<String> order = new ArrayList<>(files);
    List<String> backwards = new ArrayList<>(files);
    Collections.reverse(backwards);
    order.addAll(backwards);
    // and events with nothing but what their source requires, after every sample
    byte[] sparseHttpApi = ("{\"version\":\"2.0\",\"rawPath\":\"/bare\",\"requestContext\":"
        + "{\"http\":{\"method\":\"GET\"},\"stage\":\"$default\"}}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] sparseRest = "{\"httpMethod\":\"GET\",\"path\":\"/bare\",\"requestContext\":{}}"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (String file : order) {
      JsonNode fresh = Events.invoke(dispatcher(), Events.bytes(file), context);
      JsonNode again = Events.invoke(reused, Events.bytes(file), context);
      assertEquals(fresh, again, file);
      byte[] sparse = file.contains("v2") ? sparseHttpApi : sparseRest;
      assertEquals(Events.invoke(dispatcher(), sparse, context), Events.invoke(reused, sparse, context),
          "a bare event after " + file);
      compared++;
    }
    assertTrue(compared > 30, "compared " + compared);
  }

  /**
   * The kept event remembers each object's field order ({@link FieldOrder}); an event whose fields
   * come in another order, at the top level, in {@code requestContext} and in its {@code http}, is
   * still read field by field as on a dispatcher that saw no event.
   */
  @Test
  void fieldsInAnotherOrderThanTheLastEventsAreReadTheSame() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    HttpDispatcher reused = dispatcher();
    TestContext context = new TestContext();
    int compared = 0;
    for (String file : Events.requestFiles()) {
      ObjectNode event =
          (ObjectNode) mapper.readTree(Events.bytes(file));
      for (int shift = 0; shift < 4; shift++) {
        byte[] bytes = mapper.writeValueAsBytes(rotated(event, shift));
        JsonNode fresh = Events.invoke(dispatcher(), bytes, context);
        assertEquals(fresh, Events.invoke(reused, bytes, context), file + " with its fields rotated by " + shift);
        byte[] original = Events.bytes(file);
        assertEquals(Events.invoke(dispatcher(), original, context), Events.invoke(reused, original, context),
            file + " after its fields rotated by " + shift);
        compared++;
      }
    }
    assertTrue(compared >= 100, "compared " + compared);
  }

  /** {@code node} with the fields of it, its {@code requestContext} and that one's {@code http} rotated by {@code shift}. */
  private static ObjectNode rotated(
      ObjectNode node, int shift) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    node.fields().forEachRemaining(fields::add);
    Collections.rotate(fields, shift);
    ObjectNode out = node.objectNode();
    for (Map.Entry<String, JsonNode> field : fields) {
      JsonNode value = field.getValue();
      boolean inner = field.getKey().equals("requestContext") || field.getKey().equals("http");
      out.set(field.getKey(), inner && value.isObject()
          ? rotated((ObjectNode) value, shift + 1) : value);
    }
    return out;
  }

  @Test
  void clearingForgetsEveryFieldButTheReusableObjects() throws Exception {
    Set<String> kept = Set.of("spans", "reusedRequest", "bodyChars", "orders");
    HttpEvent initial = HttpEvent.reusable();
    for (String file : Events.requestFiles()) {
      byte[] bytes = Events.bytes(file);
      HttpEvent event = HttpEvent.reusable();
      assertTrue(EventDecoder.decodeInto(event, bytes, bytes.length, KnownStrings.NONE), file);
      EventRequest view = event.reusedRequest(event.path == null ? event.rawPath : event.path, Map.of("a", "b"));
      describe(view); // decode and cache every part
      event.clear();
      for (Field field : HttpEvent.class.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || kept.contains(field.getName())) {
          continue;
        }
        field.setAccessible(true);
        assertTrue(Objects.equals(field.get(initial), field.get(event)),
            file + ": HttpEvent." + field.getName() + " survives clear(): " + field.get(event));
      }
      for (Field field : EventRequest.class.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("event")) {
          continue;
        }
        field.setAccessible(true);
        assertEquals(null, field.get(view), file + ": EventRequest." + field.getName() + " survives reset");
      }
      Field reusedRequest = HttpEvent.class.getDeclaredField("reusedRequest");
      reusedRequest.setAccessible(true);
      assertNotNull(reusedRequest.get(event));
    }
  }

  @Test
  void aBodyIsReadFromTheKeptCharactersAndALargeOnesArrayIsLetGoOf() throws Exception {
    HttpEvent event = new HttpEvent();
    for (String body : List.of("{\"a\":\"\\u00e9\\\"\"}", "x".repeat(HttpEvent.MAX_KEPT_BODY_CHARS + 1), "", "short")) {
      byte[] bytes = Req.v2("POST", "/").body(body).bytes();
      assertTrue(EventDecoder.decodeInto(event, bytes, bytes.length, KnownStrings.NONE));
      assertEquals(body.length(), event.bodyLength);
      assertEquals(!body.isEmpty(), event.hasBody());
      assertEquals(body, event.body());
      assertEquals(body, event.reusedRequest("/", Map.of()).bodyAsString());
      event.clear();
      assertEquals(null, event.body());
      assertTrue(event.bodyChars == null || event.bodyChars.length <= HttpEvent.MAX_KEPT_BODY_CHARS,
          "kept " + (event.bodyChars == null ? 0 : event.bodyChars.length) + " characters");
    }
    // a body that is not a JSON string is read as its text, as before
    byte[] number = "{\"version\":\"2.0\",\"rawPath\":\"/\",\"body\":42,\"requestContext\":{\"http\":{\"method\":\"POST\"}}}"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(EventDecoder.decodeInto(event, number, number.length, KnownStrings.NONE));
    assertEquals("42", event.body());
    assertEquals(-1, event.bodyLength);
  }
}
