package io.lambdaforge.descriptor.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.FunctionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The REST API's {@code DefinitionBody} from its OpenAPI 3.1 document.
 *
 * <p>API Gateway imports REST APIs from OpenAPI 2.0 and 3.0 only ("API Gateway supports OpenAPI
 * v2.0 and OpenAPI v3.0 definition files",
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api.html), so the
 * body is the 3.0 form of the same document: {@code openapi: 3.0.1}, {@code nullable: true}
 * instead of a {@code "null"} type, {@code format: byte} instead of {@code contentEncoding}, and
 * {@code x-amazon-apigateway-any-method} for routes of every method. Each operation gets an
 * {@code aws_proxy} integration with its function
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html)
 * and the request validator {@code all}, which checks the body against its model and the
 * required parameters
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-request-validators.html).
 * Responses keep numeric status codes only ({@code 2XX} becomes {@code 200}). Greedy path parameters are written {@code {name+}} as API Gateway expects; cookie parameters,
 * which REST APIs do not validate, are left to the adapter.
 */
public final class RestDefinition {
  /** The validator every operation uses. */
  public static final String VALIDATOR = "all";
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch");

  private RestDefinition() {}

  /**
   * The DefinitionBody of {@code document} (the REST API's 3.1 document, not changed) for
   * {@code app}, whose functions serve the operations named by {@code x-lambdaforge-function}.
   *
   * @throws IllegalArgumentException when an operation names no function of {@code app}
   */
  public static ObjectNode of(JsonNode document, Application app) {
    ObjectNode body = (ObjectNode) to30(document.deepCopy());
    body.put("openapi", "3.0.1");
    ObjectNode validators = NODES.objectNode();
    validators.putObject(VALIDATOR).put("validateRequestBody", true).put("validateRequestParameters", true);
    body.set("x-amazon-apigateway-request-validators", validators);
    body.put("x-amazon-apigateway-request-validator", VALIDATOR);
    ObjectNode paths = (ObjectNode) body.get("paths");
    ObjectNode newPaths = NODES.objectNode();
    for (Map.Entry<String, JsonNode> path : iterable(paths)) {
      ObjectNode item = (ObjectNode) path.getValue();
      newPaths.set(greedy(path.getKey(), item), integrate(item, app));
    }
    body.set("paths", newPaths);
    return body;
  }

  /** {@code /files/{path}} as {@code /files/{path+}} when the route's last parameter is greedy. */
  private static String greedy(String path, ObjectNode item) {
    for (JsonNode operation : item) {
      if (operation.path("x-lambdaforge-greedy").asBoolean()) {
        return path.substring(0, path.length() - 1) + "+}";
      }
    }
    return path;
  }

  private static ObjectNode integrate(ObjectNode item, Application app) {
    ObjectNode out = NODES.objectNode();
    List<String> present = new ArrayList<>();
    for (String method : METHODS) {
      if (item.has(method)) {
        present.add(method);
      }
    }
    boolean anyMethod = present.size() == METHODS.size()
        && present.stream().map(m -> item.get(m).path("x-lambdaforge-function").asText()).distinct().count() == 1;
    for (String method : anyMethod ? List.of(present.get(0)) : present) {
      ObjectNode operation = (ObjectNode) item.get(method).deepCopy();
      String function = operation.path("x-lambdaforge-function").asText();
      FunctionSpec spec = app.functions().stream().filter(f -> f.name().equals(function)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("operation " + operation.path("operationId").asText()
              + " names no function of the application: '" + function + "'"));
      operation.remove("x-lambdaforge-function");
      operation.remove("x-lambdaforge-greedy");
      // API Gateway REST APIs neither import nor validate cookie parameters; the adapter checks them.
      if (operation.get("parameters") instanceof ArrayNode parameters) {
        for (int i = parameters.size() - 1; i >= 0; i--) {
          if (parameters.get(i).path("in").asText().equals("cookie")) {
            parameters.remove(i);
          }
        }
        if (parameters.isEmpty()) {
          operation.remove("parameters");
        }
      }
      if (anyMethod) {
        operation.put("operationId", function);
      }
      methodResponses(operation);
      ObjectNode integration = operation.putObject("x-amazon-apigateway-integration");
      integration.put("type", "aws_proxy");
      integration.put("httpMethod", "POST");
      integration.putObject("uri").put("Fn::Sub", "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/"
          + "2015-03-31/functions/${" + spec.logicalId() + ".Arn}/invocations");
      integration.put("passthroughBehavior", "when_no_match");
      out.set(anyMethod ? "x-amazon-apigateway-any-method" : method, operation);
    }
    return out;
  }

  /**
   * Keeps the responses API Gateway can import as method responses, which have numeric status
   * codes: {@code 2XX} becomes {@code 200} (unless there is one) and {@code default} is dropped. With
   * the {@code aws_proxy} integration the function's response passes through unchanged anyway.
   */
  private static void methodResponses(ObjectNode operation) {
    ObjectNode responses = (ObjectNode) operation.get("responses");
    ObjectNode kept = NODES.objectNode();
    for (Map.Entry<String, JsonNode> response : iterable(responses)) {
      String code = response.getKey();
      if (code.matches("[1-5][0-9][0-9]")) {
        kept.set(code, response.getValue());
      } else if (code.equals("2XX") && !responses.has("200")) {
        kept.set("200", response.getValue());
      }
    }
    operation.set("responses", kept);
  }

  /** Rewrites 3.1-only schema keywords into their 3.0 equivalents, in place. */
  private static JsonNode to30(JsonNode node) {
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        array.set(i, to30(array.get(i)));
      }
      return array;
    }
    if (!(node instanceof ObjectNode object)) {
      return node;
    }
    for (Map.Entry<String, JsonNode> field : iterable(object)) {
      object.set(field.getKey(), to30(field.getValue()));
    }
    if (object.get("type") instanceof ArrayNode types) {
      List<String> kinds = new ArrayList<>();
      types.forEach(t -> kinds.add(t.asText()));
      if (kinds.remove("null")) {
        object.put("nullable", true);
      }
      if (kinds.size() == 1) {
        object.put("type", kinds.get(0));
      } else {
        object.remove("type");
        ArrayNode anyOf = object.putArray("anyOf");
        kinds.forEach(kind -> anyOf.addObject().put("type", kind));
      }
    }
    JsonNode anyOf = object.get("anyOf");
    if (anyOf instanceof ArrayNode options && options.size() == 2
        && options.get(1).path("type").asText().equals("null") && options.get(0).has("$ref")) {
      object.remove("anyOf");
      object.putArray("allOf").add(options.get(0));
      object.put("nullable", true);
    }
    if (object.path("contentEncoding").asText().equals("base64")) {
      object.remove("contentEncoding");
      object.put("format", "byte");
    }
    return object;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(ObjectNode node) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    node.fields().forEachRemaining(fields::add);
    return fields;
  }
}
