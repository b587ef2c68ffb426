package io.lambdaforge.local.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.function.Consumer;

/**
 * Compiles a schema of an OpenAPI 3.1 document (JSON Schema 2020-12) so values can be checked
 * against it: the schema is embedded in a copy that also holds the document's {@code components},
 * so its {@code $ref}s to {@code #/components/schemas/...} resolve.
 */
public final class DocumentSchemas {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private final JsonNode components;

  public DocumentSchemas(JsonNode document) {
    this.components = document.path("components");
  }

  /** The compiled {@code schema}, a schema node of the document. */
  public Schema compile(JsonNode schema) {
    ObjectNode root = schema.isObject() ? ((ObjectNode) schema).deepCopy()
        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.set("components", components);
    return REGISTRY.getSchema(SchemaLocation.of("https://lambdaforge.invalid/openapi.json"), root);
  }

  /**
   * The problems of {@code value} against {@code schema}; empty when it conforms. {@code format}
   * is an annotation only (JSON Schema 2020-12's default).
   */
  public List<String> problems(JsonNode schema, JsonNode value) {
    return problems(schema, value, false);
  }

  /** {@link #problems(JsonNode, JsonNode)}, asserting {@code format} ({@code uuid}, {@code date}, ...) when asked. */
  public List<String> problems(JsonNode schema, JsonNode value, boolean assertFormats) {
    ExecutionConfig config = ExecutionConfig.builder().formatAssertionsEnabled(assertFormats).build();
    Consumer<ExecutionContext> setup = context -> context.setExecutionConfig(config);
    return compile(schema).validate(value, setup).stream().map(Error::toString).toList();
  }
}
