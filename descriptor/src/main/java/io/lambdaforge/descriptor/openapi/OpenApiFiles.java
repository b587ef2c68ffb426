package io.lambdaforge.descriptor.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;

/**
 * Where the OpenAPI documents live and how they are written: one per API the template defines,
 * {@code META-INF/lambdaforge/openapi-<api>.json} with {@code <api>} {@code rest} (the REST API)
 * or {@code http} (the HTTP API). Text is deterministic: the builders insert keys in a fixed order,
 * this writes them with a two-space indent, LF line ends and a final newline.
 */
public final class OpenApiFiles {
  /** The API names, in the order documents are listed. */
  public static final List<String> APIS = List.of("http", "rest");
  /** The name of the REST API's document. */
  public static final String REST = "rest";

  private static final ObjectWriter WRITER = JsonMapper.builder().build().writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private OpenApiFiles() {}

  /** The class-path resource of {@code api}'s document. */
  public static String resource(String api) {
    return "META-INF/lambdaforge/openapi-" + api + ".json";
  }

  /** A document as JSON text, ending with a newline. */
  public static String render(JsonNode document) {
    try {
      return WRITER.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an OpenAPI document", e);
    }
  }
}
