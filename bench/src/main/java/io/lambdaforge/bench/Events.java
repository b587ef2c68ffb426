package io.lambdaforge.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The events the benchmarks send: real samples from {@code testdata/events} with their body replaced
 * by {@link #ORDER_JSON} (and, for the ALB sample, a GET turned into a POST), written compactly as
 * Lambda delivers them. SDK invocations send the order itself.
 *
 * <p>The samples are read from the system property {@code lambdaforge.events} when set, else from
 * {@code ../testdata/events} relative to the working directory (the bench module directory).
 */
public final class Events {
  /** The small JSON body every request carries. */
  public static final String ORDER_JSON =
      "{\"customerId\":\"c-1042\",\"sku\":\"COFFEE-BEANS-1KG\",\"quantity\":2,\"giftWrap\":true,"
          + "\"note\":\"leave at the side door\"}";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Events() {}

  /** Where the sample events are. */
  public static Path directory() {
    String configured = System.getProperty("lambdaforge.events");
    Path dir = configured != null ? Path.of(configured) : Path.of("..", "testdata", "events");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("sample events not found at " + dir.toAbsolutePath().normalize()
          + "; run from the bench module directory or set -Dlambdaforge.events=<testdata/events>");
    }
    return dir;
  }

  static byte[] forCase(Case c) throws IOException {
    if (c.eventFile() == null) {
      return ORDER_JSON.getBytes(StandardCharsets.UTF_8);
    }
    ObjectNode event = (ObjectNode) MAPPER.readTree(directory().resolve(c.eventFile()).toFile());
    event.put("body", ORDER_JSON);
    event.put("isBase64Encoded", false);
    if (c == Case.ALB) {
      event.put("httpMethod", "POST");
    }
    return MAPPER.writeValueAsBytes(event);
  }
}
