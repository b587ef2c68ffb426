package io.lambdaforge.processor.http;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.processor.TestContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The real sample events of {@code testdata/events} (resolved from the module directory as {@code
 * ../testdata/events}), test-side edits of them, and invoking an adapter like the Lambda runtime.
 */
final class Events {
  static final Path DIR = Path.of("..", "testdata", "events");
  static final ObjectMapper JSON = new ObjectMapper();

  private Events() {}

  /** Every ALB, REST and HTTP API request sample, sorted. */
  static List<String> requestFiles() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".json"))
          .filter(n -> n.startsWith("alb-") || n.startsWith("apigw-v1-") || n.startsWith("apigw-v2-"))
          .filter(n -> !n.contains("-response-"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
    return (ObjectNode) parse(bytes(file));
  }

  /** A sample edited by {@code edit}: same envelope, another path, method, query or body. */
  static byte[] edited(String file, Consumer<ObjectNode> edit) {
    ObjectNode event = tree(file);
    edit.accept(event);
    try {
      return JSON.writeValueAsBytes(event);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw output of one invocation of {@code handler} with {@code event}. */
  static byte[] invokeRaw(RequestStreamHandler handler, byte[] event, TestContext context) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(new ByteArrayInputStream(event), out, context);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** One invocation's output, parsed. */
  static JsonNode invoke(RequestStreamHandler handler, byte[] event, TestContext context) {
    return parse(invokeRaw(handler, event, context));
  }

  static JsonNode invoke(RequestStreamHandler handler, byte[] event) {
    return invoke(handler, event, new TestContext("test"));
  }

  static JsonNode parse(byte[] json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The response body as text, base64-decoded when the response says so. */
  static String bodyText(JsonNode response) {
    return new String(bodyBytes(response), StandardCharsets.UTF_8);
  }

  static byte[] bodyBytes(JsonNode response) {
    String body = response.get("body").asText();
    return response.get("isBase64Encoded").asBoolean()
        ? Base64.getDecoder().decode(body)
        : body.getBytes(StandardCharsets.UTF_8);
  }

  /** The response body parsed as JSON. */
  static JsonNode body(JsonNode response) {
    return parse(bodyBytes(response));
  }

  /**
   * A response header, looked up case-insensitively in {@code headers} then {@code
   * multiValueHeaders}; several values are joined with {@code " | "}. {@code null} when absent.
   */
  static String header(JsonNode response, String name) {
    for (String field : new String[] {"headers", "multiValueHeaders"}) {
      JsonNode map = response.get(field);
      if (map == null) {
        continue;
      }
      for (Iterator<String> names = map.fieldNames(); names.hasNext(); ) {
        String n = names.next();
        if (n.equalsIgnoreCase(name)) {
          JsonNode value = map.get(n);
          if (!value.isArray()) {
            return value.asText();
          }
          StringBuilder joined = new StringBuilder();
          value.forEach(v -> joined.append(joined.length() == 0 ? "" : " | ").append(v.asText()));
          return joined.toString();
        }
      }
    }
    return null;
  }

}
