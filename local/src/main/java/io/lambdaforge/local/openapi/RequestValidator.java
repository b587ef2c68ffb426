package io.lambdaforge.local.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * API Gateway's request validator for a REST API defined by its OpenAPI document, as {@code serve}
 * emulates it: before the function runs, the required path, query-string and header parameters
 * must be present, and a JSON body must match its schema. A request that fails gets API Gateway's
 * own 400, {@code {"message": "Missing required request parameters: [a, b]"}} or {@code {"message":
 * "Invalid request body"}}, with {@code x-amzn-ErrorType: BadRequestException}; the function is not
 * invoked. See "Test basic request validation in API Gateway",
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-validation-test.html,
 * and the BAD_REQUEST_PARAMETERS / BAD_REQUEST_BODY gateway responses,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html.
 *
 * <p>It reads the REST API's {@code DefinitionBody} from the application's template, so it checks
 * exactly the models API Gateway gets, with JSON Schema draft 4 as API Gateway does (OpenAPI's
 * {@code nullable} is no draft-4 keyword: an explicit {@code null} for such a property is refused).
 * Like API Gateway's parameter validation, only presence is checked, not the parameter's type;
 * cookies are not validated.
 */
public final class RequestValidator {
  private final JsonNode document;
  private final DocumentSchemas schemas;
  private final ObjectMapper mapper;

  /** @param definitionBody the REST API's {@code DefinitionBody} (OpenAPI 3.0, with API Gateway's extensions) */
  public RequestValidator(JsonNode definitionBody, ObjectMapper mapper) {
    this.document = definitionBody;
    this.schemas = DocumentSchemas.apiGateway(definitionBody);
    this.mapper = mapper;
  }

  /**
   * API Gateway's 400 for {@code request} on the route {@code template} with {@code method}, or
   * empty when it passes (or the document has no such operation).
   */
  public Optional<GatewayResponse> check(String template, String method, Map<String, String> pathParameters,
      Map<String, List<String>> query, LocalRequest request) {
    JsonNode operation = operation(template, method, request.method());
    if (operation == null) {
      return Optional.empty();
    }
    List<String> missing = new ArrayList<>();
    for (JsonNode parameter : operation.path("parameters")) {
      if (!parameter.path("required").asBoolean()) {
        continue;
      }
      String name = parameter.path("name").asText();
      boolean present = switch (parameter.path("in").asText()) {
        case "path" -> pathParameters.get(name) != null && !pathParameters.get(name).isEmpty();
        case "query" -> query.containsKey(name);
        case "header" -> request.header(name) != null;
        default -> true;
      };
      if (!present) {
        missing.add(name);
      }
    }
    if (!missing.isEmpty()) {
      return Optional.of(badRequest("Missing required request parameters: [" + String.join(", ", missing) + "]"));
    }
    JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
    if (schema.isMissingNode()) {
      return Optional.empty();
    }
    JsonNode body;
    try {
      body = request.body().length == 0 ? null : mapper.readTree(request.body());
    } catch (JsonProcessingException e) {
      return Optional.of(badRequest("Invalid request body"));
    } catch (IOException e) {
      return Optional.of(badRequest("Invalid request body"));
    }
    if (body == null) {
      return operation.path("requestBody").path("required").asBoolean()
          ? Optional.of(badRequest("Invalid request body")) : Optional.empty();
    }
    return schemas.problems(schema, body).isEmpty() ? Optional.empty()
        : Optional.of(badRequest("Invalid request body"));
  }

  private JsonNode operation(String template, String routeMethod, String requestMethod) {
    JsonNode item = document.path("paths").path(template);
    JsonNode operation = item.path(routeMethod.toLowerCase(Locale.ROOT));
    if (!operation.isObject()) {
      operation = item.path("x-amazon-apigateway-any-method");
    }
    return operation.isObject() ? operation : null;
  }

  private GatewayResponse badRequest(String message) {
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(mapper.createObjectNode().put("message", message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    return new GatewayResponse(400, List.of(Map.entry("Content-Type", "application/json"),
        Map.entry("x-amzn-ErrorType", "BadRequestException")), body);
  }
}
