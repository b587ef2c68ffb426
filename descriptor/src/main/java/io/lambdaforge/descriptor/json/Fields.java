package io.lambdaforge.descriptor.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Typed, required-field access to a JSON object, with errors that name the field's path. */
record Fields(JsonNode node, String path) {

  Fields {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(
          "functions.json: " + (path.isEmpty() ? "root" : path) + " must be an object");
    }
  }

  private JsonNode required(String field, boolean numeric) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("functions.json: " + at(field) + " is missing");
    }
    if (numeric && !value.isNumber()) {
      throw new IllegalArgumentException("functions.json: " + at(field) + " must be a number");
    }
    return value;
  }

  private String at(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  String text(String field) {
    JsonNode value = required(field, false);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("functions.json: " + at(field) + " must be a string");
    }
    return value.asText();
  }

  int integer(String field) {
    JsonNode value = required(field, true);
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException("functions.json: " + at(field) + " must be an integer");
    }
    return value.intValue();
  }

  long longValue(String field) {
    JsonNode value = required(field, true);
    if (!value.canConvertToLong() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException("functions.json: " + at(field) + " must be an integer");
    }
    return value.longValue();
  }

  boolean bool(String field) {
    JsonNode value = required(field, false);
    if (!value.isBoolean()) {
      throw new IllegalArgumentException("functions.json: " + at(field) + " must be a boolean");
    }
    return value.booleanValue();
  }

  BigDecimal decimal(String field) {
    return required(field, true).decimalValue();
  }

  Fields object(String field) {
    return new Fields(required(field, false), at(field));
  }

  Optional<Fields> optionalObject(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(object(field));
  }

  Optional<BigDecimal> optionalDecimal(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(decimal(field));
  }

  List<Fields> array(String field) {
    JsonNode value = required(field, false);
    if (!value.isArray()) {
      throw new IllegalArgumentException("functions.json: " + at(field) + " must be an array");
    }
    List<Fields> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      items.add(new Fields(value.get(i), at(field) + "[" + i + "]"));
    }
    return items;
  }

  List<String> strings(String field) {
    JsonNode value = required(field, false);
    if (!value.isArray()) {
      throw new IllegalArgumentException("functions.json: " + at(field) + " must be an array");
    }
    List<String> items = new ArrayList<>();
    value.forEach(v -> items.add(v.asText()));
    return items;
  }
}
