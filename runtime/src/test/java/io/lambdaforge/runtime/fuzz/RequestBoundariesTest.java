package io.lambdaforge.runtime.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpResponse;
import io.lambdaforge.runtime.internal.http.HttpDispatcher;
import io.lambdaforge.runtime.internal.http.HttpInvoker;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request and response boundaries of the dispatcher that generated adapters call: the 6 MB event
 * limit enforced while reading, response header and cookie injection, and path decoding.
 */
class RequestBoundariesTest {
  private static final Path EVENTS = Path.of("..", "testdata", "events");
  private static final ObjectMapper JSON = new ObjectMapper();

  // ---- 6 MB: refused early, while reading

  @Test
  void anEndlessEventIsRefusedAfterReadingOneByteMoreThanTheLimit() {
    CountingStream endless = new CountingStream(Long.MAX_VALUE);
    HttpDispatcher dispatcher = dispatcher("/items/{id}", (request, context) -> "unreachable");
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> dispatcher.handle(endless, new ByteArrayOutputStream(), null));
    assertTrue(refused.getMessage().contains("larger than " + HttpDispatcher.MAX_EVENT_BYTES + " bytes"), refused.getMessage());
    assertEquals(HttpDispatcher.MAX_EVENT_BYTES + 1L, endless.served, "read past the limit before refusing");
  }

  @Test
  void anEventOfExactlySixMegabytesIsServed() throws IOException {
    byte[] event = event("apigw-v2-get-no-authorizer-go.json", e -> e.put("rawPath", "/items/7"));
    byte[] padded = Arrays.copyOf(event, HttpDispatcher.MAX_EVENT_BYTES);
    Arrays.fill(padded, event.length, padded.length, (byte) ' ');
    JsonNode response = invoke(dispatcher("/items/{id}", (request, context) -> request.pathParam("id")), padded);
    assertEquals(200, response.get("statusCode").asInt());
    assertEquals("7", response.get("body").asText());
  }

  // ---- response header and cookie injection

  @ParameterizedTest
  @ValueSource(strings = {"header-value", "header-name", "cookie", "cookie-name", "content-type", "null-value"})
  void aResponseThatWouldInjectAHeaderBecomesAPlain500(String kind) throws IOException {
    HttpInvoker invoker = (request, context) -> {
      HttpResponse<String> ok = HttpResponse.ok("fine");
      return switch (kind) {
        case "header-value" -> ok.header("X-Next", "a\r\nSet-Cookie: evil=1");
        case "header-name" -> ok.header("X-Evil: 1\r\nX-Next", "v");
        case "cookie" -> ok.cookie("a=b\r\nLocation: https://evil.example");
        case "cookie-name" -> ok.cookie("bad name=v");
        case "content-type" -> ok.contentType("text/html\nX-Evil: 1");
        default -> ok.header("X-Null", null);
      };
    };
    for (String file : new String[] {"apigw-v2-get-no-authorizer-go.json", "apigw-v1-docs-input-format-example.json",
        "alb-single-value-headers-go.json"}) {
      JsonNode response = invoke(dispatcherAllSources("/items/{id}", invoker), event(file, pathTo("/items/1")));
      assertEquals(500, response.get("statusCode").asInt(), file + ": " + response);
      String text = response.toString();
      assertFalse(text.contains("evil"), text);
      assertFalse(text.contains("X-Evil"), text);
      assertEquals("{\"message\":\"Internal Server Error\"}", response.get("body").asText());
    }
  }

  // ---- path decoding

  @Test
  void dotSegmentsAreNotResolvedSoTraversalNeverReachesAnotherRoute() throws IOException {
    HttpDispatcher dispatcher = HttpDispatcher.builder("paths")
        .route(Source.API_GATEWAY_HTTP, "GET", "/admin", (request, context) -> "admin")
        .route(Source.API_GATEWAY_HTTP, "GET", "/public/{name}", (request, context) -> request.pathParam("name"))
        .build();
    for (String path : new String[] {"/public/../admin", "/public/%2e%2e/admin", "/public/..%2Fadmin"}) {
      JsonNode response = invoke(dispatcher, event("apigw-v2-get-no-authorizer-go.json", pathTo(path)));
      assertFalse("admin".equals(response.get("body").asText()), path + " reached /admin: " + response);
    }
  }

  @Test
  void anEncodedSlashStaysInsideOneSegmentAndIsDecodedOnce() throws IOException {
    // REST and ALB deliver the path as sent (encoded); HTTP API cannot carry %2F at all (it arrives as '/')
    HttpInvoker echo = (request, context) -> request.pathParam("name");
    HttpDispatcher dispatcher = HttpDispatcher.builder("boundaries")
        .route(Source.API_GATEWAY_REST, "ANY", "/files/{name}", echo)
        .route(Source.ALB, "ANY", "/files/{name}", echo)
        .route(Source.API_GATEWAY_HTTP, "ANY", "/files/{name}", echo)
        .build();
    for (String file : new String[] {"apigw-v1-proxy-operationname-go.json", "alb-single-value-headers-go.json"}) {
      JsonNode slash = invoke(dispatcher, event(file, pathTo("/files/..%2F..%2Fetc%2Fpasswd")));
      assertEquals(200, slash.get("statusCode").asInt(), file);
      assertEquals("../../etc/passwd", slash.get("body").asText(), file + ": one segment, decoded: the app sees the real value");
      JsonNode twice = invoke(dispatcher, event(file, pathTo("/files/%252e%252e")));
      assertEquals("%2e%2e", twice.get("body").asText(), file + ": decoded exactly once");
      JsonNode nul = invoke(dispatcher, event(file, pathTo("/files/a%00b")));
      assertEquals("a\u0000b", nul.get("body").asText(), file + ": NUL is data for the app to reject, not a terminator");
    }
    // HTTP API: API Gateway decoded rawPath already; a '%' in it is data and is not decoded again
    JsonNode decoded = invoke(dispatcher, event("apigw-v2-get-no-authorizer-go.json", pathTo("/files/%2e%2e")));
    assertEquals("%2e%2e", decoded.get("body").asText(), "HTTP API rawPath is never decoded a second time");
  }

  // ---- helpers

  private static HttpDispatcher dispatcher(String path, HttpInvoker invoker) {
    return HttpDispatcher.builder("boundaries").route(Source.API_GATEWAY_HTTP, "GET", path, invoker).build();
  }

  private static HttpDispatcher dispatcherAllSources(String path, HttpInvoker invoker) {
    return HttpDispatcher.builder("boundaries")
        .route(Source.API_GATEWAY_HTTP, "ANY", path, invoker)
        .route(Source.API_GATEWAY_REST, "ANY", path, invoker)
        .route(Source.ALB, "ANY", path, invoker)
        .build();
  }

  private static Consumer<ObjectNode> pathTo(String path) {
    return event -> {
      if (event.has("rawPath")) {
        event.put("rawPath", path);
        event.with("requestContext").put("stage", "$default");
      } else {
        event.put("path", path);
      }
    };
  }

  private static byte[] event(String file, Consumer<ObjectNode> edit) throws IOException {
    ObjectNode event = (ObjectNode) JSON.readTree(Files.readAllBytes(EVENTS.resolve(file)));
    edit.accept(event);
    return JSON.writeValueAsBytes(event);
  }

  private static JsonNode invoke(HttpDispatcher dispatcher, byte[] event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dispatcher.handle(new ByteArrayInputStream(event), out, null);
    return JSON.readTree(out.toString(StandardCharsets.UTF_8));
  }

  /** Serves {@code limit} bytes of {@code " "} and counts what was read. */
  private static final class CountingStream extends InputStream {
    private final long limit;
    long served;

    CountingStream(long limit) {
      this.limit = limit;
    }

    @Override
    public int read() {
      if (served >= limit) {
        return -1;
      }
      served++;
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served >= limit) {
        return -1;
      }
      int n = (int) Math.min(len, limit - served);
      Arrays.fill(b, off, off + n, (byte) ' ');
      served += n;
      return n;
    }
  }
}
