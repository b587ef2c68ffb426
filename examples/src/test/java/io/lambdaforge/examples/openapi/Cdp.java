package io.lambdaforge.examples.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A minimal Chrome DevTools Protocol client over the JDK's WebSocket: numbered commands with their
 * results, and events to one listener (https://chromedevtools.github.io/devtools-protocol/).
 */
final class Cdp implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private Cdp(WebSocket socket) {
    this.socket = socket;
  }

  static Cdp connect(String webSocketUrl, Consumer<JsonNode> events) {
    Cdp[] holder = new Cdp[1];
    StringBuilder partial = new StringBuilder();
    WebSocket.Listener listener = new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          String text = partial.toString();
          partial.setLength(0);
          try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
              CompletableFuture<JsonNode> future = holder[0].pending.remove(message.get("id").asInt());
              if (future != null) {
                future.complete(message);
              }
            } else {
              events.accept(message);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        webSocket.request(1);
        return null;
      }
    };
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .buildAsync(URI.create(webSocketUrl), new WebSocket.Listener() {
          @Override
          public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
          }

          @Override
          public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            return listener.onText(webSocket, data, last);
          }
        }).join();
    holder[0] = new Cdp(socket);
    return holder[0];
  }

  /** Runs {@code method} and returns its {@code result}; a protocol error throws. */
  JsonNode call(String method, ObjectNode params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> future = new CompletableFuture<>();
    pending.put(id, future);
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    message.set("params", params == null ? JSON.createObjectNode() : params);
    socket.sendText(message.toString(), true).join();
    JsonNode answer;
    try {
      answer = future.get(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(method + " got no answer", e);
    }
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  JsonNode call(String method) {
    return call(method, null);
  }

  /** Evaluates {@code expression} in the page (awaiting promises) and returns its value. */
  JsonNode evaluate(String expression) {
    ObjectNode params = JSON.createObjectNode().put("expression", expression).put("returnByValue", true)
        .put("awaitPromise", true);
    JsonNode result = call("Runtime.evaluate", params);
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("page script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  static ObjectNode params() {
    return JSON.createObjectNode();
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
  }
}
