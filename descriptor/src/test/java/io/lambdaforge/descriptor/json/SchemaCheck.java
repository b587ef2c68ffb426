package io.lambdaforge.descriptor.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A light structural JSON Schema check covering the keywords functions.schema.json uses: type,
 * const, enum, required, properties, additionalProperties, items, $ref (local), oneOf, minimum,
 * maximum, minLength, pattern. Returns the violations found.
 */
final class SchemaCheck {
  private final JsonNode root;
  private final List<String> errors = new ArrayList<>();

  private SchemaCheck(JsonNode root) {
    this.root = root;
  }

  static List<String> validate(JsonNode schema, JsonNode document) {
    SchemaCheck check = new SchemaCheck(schema);
    check.check(schema, document, "$");
    return check.errors;
  }

  private boolean check(JsonNode schema, JsonNode value, String at) {
    int before = errors.size();
    if (schema.has("$ref")) {
      check(root.at(schema.get("$ref").asText().substring(1)), value, at);
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
      errors.add(at + ": expected type " + schema.get("type") + ", got " + value.getNodeType());
      return false;
    }
    if (schema.has("const") && !schema.get("const").equals(value)) {
      errors.add(at + ": expected " + schema.get("const"));
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode e : schema.get("enum")) {
        found |= e.equals(value);
      }
      if (!found) {
        errors.add(at + ": " + value + " not in " + schema.get("enum"));
      }
    }
    if (schema.has("oneOf")) {
      int matches = 0;
      for (JsonNode option : schema.get("oneOf")) {
        SchemaCheck sub = new SchemaCheck(root);
        sub.check(option, value, at);
        matches += sub.errors.isEmpty() ? 1 : 0;
      }
      if (matches != 1) {
        errors.add(at + ": matches " + matches + " oneOf options");
      }
    }
    if (value.isNumber()) {
      if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
        errors.add(at + ": below minimum");
      }
      if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
        errors.add(at + ": above maximum");
      }
    }
    if (value.isTextual()) {
      if (schema.has("minLength") && value.textValue().length() < schema.get("minLength").intValue()) {
        errors.add(at + ": too short");
      }
      if (schema.has("pattern")
          && !Pattern.compile(schema.get("pattern").asText()).matcher(value.textValue()).find()) {
        errors.add(at + ": does not match " + schema.get("pattern"));
      }
    }
    if (value.isObject()) {
      schema.path("required").forEach(r -> {
        if (!value.has(r.asText())) {
          errors.add(at + ": missing " + r.asText());
        }
      });
      value.fields().forEachRemaining(field -> {
        JsonNode property = schema.path("properties").get(field.getKey());
        JsonNode additional = schema.get("additionalProperties");
        if (property != null) {
          check(property, field.getValue(), at + "." + field.getKey());
        } else if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
          errors.add(at + ": unexpected property " + field.getKey());
        } else if (additional != null && additional.isObject()) {
          check(additional, field.getValue(), at + "." + field.getKey());
        }
      });
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), at + "[" + i + "]");
      }
    }
    return errors.size() == before;
  }

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typeMatches(t, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      default -> throw new IllegalArgumentException("unsupported type " + type);
    };
  }
}
