package io.lambdaforge.descriptor.measured;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.model.Architecture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code lambdaforge-measured.json}: the durations {@code tune --write} measured, one entry per
 * function, read by the processor under {@code -Alambdaforge.measured=<path>}.
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "functions": [ {
 *     "name": "quote", "architecture": "x86_64", "measuredOn": "2026-12-01",
 *     "cpuModel": "AMD EPYC", "cpuThrottled": true, "throttle": "cgroup v1 cpu.cfs_quota_us",
 *     "calibration": 1,
 *     "sizes": [ { "memoryMb": 128, "p50Ms": 41.2, "p90Ms": 44.0, "invocations": 50 }, ... ]
 *   } ]
 * }
 * }</pre>
 *
 * Functions are written sorted by name; writing one function keeps the others.
 */
public final class MeasuredFile {
  /** The file name {@code tune --write} uses at the project root. */
  public static final String FILE_NAME = "lambdaforge-measured.json";
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  private final Map<String, MeasuredFunction> functions;

  private MeasuredFile(Map<String, MeasuredFunction> functions) {
    this.functions = new TreeMap<>(functions);
  }

  /** An empty file. */
  public static MeasuredFile empty() {
    return new MeasuredFile(Map.of());
  }

  /**
   * Reads {@code path}.
   *
   * @throws IllegalArgumentException when it is not valid JSON or breaks the schema; the message
   *     names the field
   * @throws UncheckedIOException when it cannot be read
   */
  public static MeasuredFile read(Path path) {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(path, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(path + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    return parse(root, path.toString());
  }

  /** Reads {@code path}, or an empty file when it does not exist. */
  public static MeasuredFile readOrEmpty(Path path) {
    return Files.exists(path) ? read(path) : empty();
  }

  static MeasuredFile parse(JsonNode root, String where) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(where + ": expected a JSON object");
    }
    int version = root.path("schemaVersion").asInt(-1);
    if (version != SCHEMA_VERSION) {
      throw new IllegalArgumentException(where + ": schemaVersion must be " + SCHEMA_VERSION
          + ", got " + root.path("schemaVersion") + "; run tune --write again");
    }
    JsonNode list = root.path("functions");
    if (!list.isArray()) {
      throw new IllegalArgumentException(where + ": functions must be an array");
    }
    Map<String, MeasuredFunction> functions = new TreeMap<>();
    for (JsonNode f : list) {
      String name = text(f, "name", where);
      String at = where + ": function '" + name + "'";
      List<MeasuredSize> sizes = new ArrayList<>();
      JsonNode sizeList = f.path("sizes");
      if (!sizeList.isArray()) {
        throw new IllegalArgumentException(at + ": sizes must be an array");
      }
      for (JsonNode s : sizeList) {
        try {
          sizes.add(new MeasuredSize(integer(s, "memoryMb", at), decimal(s, "p50Ms", at),
              decimal(s, "p90Ms", at), integer(s, "invocations", at)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
      }
      Architecture architecture;
      try {
        architecture = Architecture.parse(text(f, "architecture", at));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(at + ": architecture must be x86_64 or arm64", e);
      }
      JsonNode throttled = f.path("cpuThrottled");
      if (!throttled.isBoolean()) {
        throw new IllegalArgumentException(at + ": cpuThrottled must be true or false");
      }
      MeasuredFunction function;
      try {
        function = new MeasuredFunction(name, architecture, text(f, "measuredOn", at),
            text(f, "cpuModel", at), throttled.booleanValue(), text(f, "throttle", at),
            decimal(f, "calibration", at), sizes);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      if (functions.put(name, function) != null) {
        throw new IllegalArgumentException(where + ": function '" + name + "' appears twice");
      }
    }
    return new MeasuredFile(functions);
  }

  /** The measurement of {@code name}, if any. */
  public Optional<MeasuredFunction> function(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  /** Every measured function by name, sorted. */
  public Map<String, MeasuredFunction> functions() {
    return java.util.Collections.unmodifiableMap(functions);
  }

  /** This file with {@code function} added or replacing its earlier measurement. */
  public MeasuredFile with(MeasuredFunction function) {
    Map<String, MeasuredFunction> copy = new TreeMap<>(functions);
    copy.put(function.name(), function);
    return new MeasuredFile(copy);
  }

  /** The file's JSON text, ending with a newline. */
  public String render() {
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    ArrayNode list = root.putArray("functions");
    for (MeasuredFunction f : functions.values()) {
      ObjectNode node = list.addObject()
          .put("name", f.name())
          .put("architecture", f.architecture().samName())
          .put("measuredOn", f.measuredOn())
          .put("cpuModel", f.cpuModel())
          .put("cpuThrottled", f.cpuThrottled())
          .put("throttle", f.throttle())
          .put("calibration", f.calibration());
      ArrayNode sizes = node.putArray("sizes");
      for (MeasuredSize s : f.sizes()) {
        sizes.addObject()
            .put("memoryMb", s.memoryMb())
            .put("p50Ms", s.p50Ms())
            .put("p90Ms", s.p90Ms())
            .put("invocations", s.invocations());
      }
    }
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + FILE_NAME, e);
    }
  }

  /** Writes the file to {@code path}. */
  public void write(Path path) {
    try {
      Files.writeString(path, render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": " + field + " must be a non-empty string");
    }
    return value.asText();
  }

  private static int integer(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new IllegalArgumentException(where + ": " + field + " must be an integer");
    }
    return value.intValue();
  }

  private static BigDecimal decimal(JsonNode node, String field, String where) {
    JsonNode value = node.path(field);
    if (!value.isNumber()) {
      throw new IllegalArgumentException(where + ": " + field + " must be a number");
    }
    return value.decimalValue();
  }
}
