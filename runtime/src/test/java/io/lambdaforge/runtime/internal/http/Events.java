package io.lambdaforge.runtime.internal.http;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The shared sample events (module dir/../testdata/events) and invocation helpers. */
final class Events {
  static final Path DIR = Path.of("..", "testdata", "events");

  private Events() {}

  static List<String> requestFiles() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .filter(n -> n.startsWith("alb-") || n.startsWith("apigw-v1-") || n.startsWith("apigw-v2-"))
          .filter(n -> !n.contains("-response-"))
          .sorted()
          .toList();
    }
  }

  static byte[] bytes(String file) {
    try {
      return Files.readAllBytes(DIR.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(String file) {
    try {
      return (ObjectNode) Json.reader().readTree(bytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A sample event edited by {@code edit} (test-side only, to vary paths, methods, bodies). */
  static byte[] edited(String file, Consumer<ObjectNode> edit) {
    ObjectNode event = tree(file);
    edit.accept(event);
    try {
      return Json.writer().writeValueAsBytes(event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode invoke(RequestStreamHandler handler, byte[] event, TestContext context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(new ByteArrayInputStream(event), out, context);
      return Json.reader().readTree(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode invoke(HttpDispatcher dispatcher, byte[] event, TestContext context) {
    return invoke(dispatcher::handle, event, context);
  }

  /** The response body parsed as JSON. */
  static JsonNode body(JsonNode response) {
    try {
      return Json.reader().readTree(response.get("body").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The response header value, looked up case-insensitively in headers or multiValueHeaders. */
  static String header(JsonNode response, String name) {
    for (String field : new String[] {"headers", "multiValueHeaders"}) {
      JsonNode map = response.get(field);
      if (map == null) {
        continue;
      }
      var names = map.fieldNames();
      while (names.hasNext()) {
        String n = names.next();
        if (n.equalsIgnoreCase(name)) {
          JsonNode v = map.get(n);
          return v.isArray() ? String.join(" | ", Json.copy().convertValue(v, String[].class)) : v.asText();
        }
      }
    }
    return null;
  }
}
