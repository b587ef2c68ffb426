package io.lambdaforge.descriptor.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.measured.MeasuredDuration;
import io.lambdaforge.descriptor.model.Application;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@code functions.json}, Lambdaforge's own versioned descriptor of an
 * application: settings, functions, triggers, traffic and the cost estimate. Its JSON Schema is
 * the resource {@code io/lambdaforge/descriptor/functions.schema.json}. Output is deterministic:
 * equal input gives identical bytes (two-space indent, LF line ends, amounts with four decimals).
 */
public final class FunctionsDescriptor {
  /** The schema version this class writes and reads. */
  public static final int SCHEMA_VERSION = 1;
  /** Class-path location of the JSON Schema. */
  public static final String SCHEMA_RESOURCE = "/io/lambdaforge/descriptor/functions.schema.json";

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private FunctionsDescriptor() {}

  /**
   * A descriptor's content.
   *
   * @param application the application
   * @param cost its cost estimate (amounts as written, rounded to four decimals)
   */
  public record Document(Application application, CostEstimate cost) {}

  /** The descriptor as JSON text, ending with a newline. */
  public static String render(Application app, CostEstimate cost) {
    return render(app, cost, Map.of(), Map.of());
  }

  /**
   * The descriptor as JSON text; the functions in {@code measured} were estimated at a measured
   * duration, which their {@code traffic.durationSource} labels.
   */
  public static String render(Application app, CostEstimate cost, Map<String, MeasuredDuration> measured) {
    return render(app, cost, measured, Map.of());
  }

  /**
   * The descriptor as JSON text: the functions in {@code measured} were estimated at a measured
   * duration, which their {@code traffic.durationSource} labels; {@code "openapi"} maps each API
   * ({@code rest}, {@code http}) to its class-path resource, left out when empty.
   */
  public static String render(Application app, CostEstimate cost,
      Map<String, MeasuredDuration> measured, Map<String, String> openapi) {
    ObjectNode tree = DescriptorTree.write(app, cost, measured);
    if (!openapi.isEmpty()) {
      ObjectNode documents = tree.putObject("openapi");
      new TreeMap<>(openapi).forEach(documents::put);
    }
    try {
      return WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write functions.json", e);
    }
  }

  /** Writes the descriptor as UTF-8 JSON. */
  public static void write(Application app, CostEstimate cost, OutputStream out) {
    try {
      out.write(render(app, cost).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write functions.json", e);
    }
  }

  /**
   * Reads a descriptor written by {@link #write}.
   *
   * @throws IllegalArgumentException if the input is not valid JSON, has another schema version,
   *     lacks a field or violates a model constraint; the message names the field
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Document read(InputStream in) {
    JsonNode root;
    try {
      root = MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "functions.json is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read functions.json", e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("functions.json must contain a JSON object");
    }
    return DescriptorTree.read(root);
  }
}
