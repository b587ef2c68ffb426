package io.lambdaforge.examples;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Small JSON helpers for assertions. */
final class Jsons {
  private Jsons() {}

  /** {@code text} parsed as JSON, e.g. the {@code body} string of a proxy response. */
  static JsonNode parse(String text) {
    try {
      return Json.reader().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + text, e);
    }
  }

  /** The elements of a JSON array as text. */
  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  /** The field names of a JSON object. */
  static Set<String> fields(JsonNode object) {
    Set<String> names = new HashSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
