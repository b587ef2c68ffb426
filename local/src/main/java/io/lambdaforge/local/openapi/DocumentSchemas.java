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
  private static final SchemaRegistry DRAFT_2020_12 =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final SchemaRegistry DRAFT_4 = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

  private final JsonNode components;
  private final SpecificationVersion version;

  /** The schemas of an OpenAPI 3.1 document: JSON Schema 2020-12. */
  public DocumentSchemas(JsonNode document) {
    this(document, SpecificationVersion.DRAFT_2020_12);
  }

  private DocumentSchemas(JsonNode document, SpecificationVersion version) {
    this.components = document.path("components");
    this.version = version;
  }

  /**
   * The schemas of an API Gateway REST {@code DefinitionBody} (OpenAPI 3.0) as API Gateway's
   * request validator reads them: JSON Schema draft 4, where OpenAPI's {@code nullable} is not a
   * keyword ("API Gateway supports JSON schema draft 4",
   * https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings-models.html).
   */
  public static DocumentSchemas apiGateway(JsonNode definitionBody) {
    return new DocumentSchemas(definitionBody, SpecificationVersion.DRAFT_4);
  }

  /** The compiled {@code schema}, a schema node of the document. */
  public Schema compile(JsonNode schema) {
    ObjectNode root = schema.isObject() ? ((ObjectNode) schema).deepCopy()
        : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    root.put("$schema", version.getDialectId());
    root.set("components", components);
    SchemaRegistry registry = version == SpecificationVersion.DRAFT_4 ? DRAFT_4 : DRAFT_2020_12;
    return registry.getSchema(SchemaLocation.of("https://lambdaforge.invalid/openapi.json"), root);
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
