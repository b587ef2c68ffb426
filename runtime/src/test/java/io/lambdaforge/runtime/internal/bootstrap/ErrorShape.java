package io.lambdaforge.runtime.internal.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Compares an error document with AWS's documented Java error response (testdata/events). */
final class ErrorShape {
  private ErrorShape() {}

  static void assertSameShapeAsAwsJavaSample(JsonNode actual) throws IOException {
    Path sample =
        Path.of("").toAbsolutePath().resolve("../testdata/events/invoke-error-response-java-docs.json")
            .normalize();
    JsonNode expected = Json.reader().readTree(java.nio.file.Files.readAllBytes(sample));
    assertEquals(fieldNames(expected), fieldNames(actual));
    expected.properties().forEach(e -> {
      JsonNode value = actual.get(e.getKey());
      assertEquals(e.getValue().getNodeType(), value.getNodeType(), e.getKey());
    });
    for (JsonNode frame : actual.get("stackTrace")) {
      assertTrue(frame.isTextual(), "stackTrace holds strings like the Java runtime's");
      assertTrue(frame.asText().matches(".+\\(.*\\)"), frame.asText());
    }
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    names.sort(null);
    return names;
  }
}
