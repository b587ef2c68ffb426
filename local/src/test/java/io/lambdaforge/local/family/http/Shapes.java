package io.lambdaforge.local.family.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Compares the structure of our events with real samples: field names and JSON types. */
final class Shapes {
  private Shapes() {}

  /**
   * Every field in {@code required} (JSON pointers) exists in both, and every field both have
   * (recursively through objects) has the same JSON type; {@code null} in the sample matches any
   * type, since samples use {@code null} for absent maps.
   */
  static void assertLike(JsonNode sample, JsonNode ours, List<String> required) {
    for (String pointer : required) {
      assertTrue(!sample.at(pointer).isMissingNode(), "sample lacks " + pointer + ": fix the test");
      assertTrue(!ours.at(pointer).isMissingNode(), "our event lacks " + pointer + ": " + ours);
    }
    compare(sample, ours, "");
  }

  private static void compare(JsonNode sample, JsonNode ours, String path) {
    if (sample.isNull() || ours.isNull()) {
      return;
    }
    assertEquals(sample.getNodeType(), ours.getNodeType(), "type of " + (path.isEmpty() ? "/" : path));
    if (sample.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = ours.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (sample.has(field.getKey())) {
          compare(sample.get(field.getKey()), field.getValue(), path + "/" + field.getKey());
        }
      }
    }
    if (sample.isArray() && sample.size() > 0 && ours.size() > 0) {
      compare(sample.get(0), ours.get(0), path + "/0");
    }
  }
}
