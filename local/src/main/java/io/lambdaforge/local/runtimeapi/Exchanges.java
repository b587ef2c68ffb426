package io.lambdaforge.local.runtimeapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Reading request bodies and writing Runtime API answers. */
final class Exchanges {
  private Exchanges() {}

  /**
   * The request body, or null when it is longer than {@code limit} bytes (the excess is drained so
   * the client still reads the answer on an intact connection).
   */
  static byte[] readBody(HttpExchange exchange, int limit) throws IOException {
    InputStream in = exchange.getRequestBody();
    byte[] body = in.readNBytes(limit + 1);
    if (body.length > limit) {
      in.transferTo(OutputStream.nullOutputStream());
      return null;
    }
    return body;
  }

  static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    if (body.length > 0) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
    }
    // -1: no body; 0 would mean chunked in HttpServer's convention.
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static void accepted(HttpExchange exchange) throws IOException {
    ObjectNode node = JsonNodeFactory.instance.objectNode().put("status", "OK");
    send(exchange, 202, write(node));
  }

  /** The emulator's error answer: {@code {"errorMessage": ..., "errorType": ...}}. */
  static void error(HttpExchange exchange, int status, String errorType, String message)
      throws IOException {
    send(exchange, status, errorDocument(errorType, message));
  }

  static byte[] errorDocument(String errorType, String message) {
    ObjectNode node =
        JsonNodeFactory.instance.objectNode().put("errorMessage", message).put("errorType", errorType);
    return write(node);
  }

  private static byte[] write(ObjectNode node) {
    try {
      return Json.writer().writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
