package io.lambdaforge.examples.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.examples.Tokens;
import io.lambdaforge.local.openapi.DocumentSchemas;
import io.lambdaforge.local.testing.HttpResult;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.local.testing.Request;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The examples' OpenAPI documents against a real parser and against the generated adapters.
 *
 * <ul>
 *   <li>swagger-parser (a maintained OpenAPI 3.0/3.1 parser and validator) reads each document
 *       with zero messages;
 *   <li>every JSON response the adapters really send (through {@link LocalLambda#request}, i.e.
 *       the gateway's event, the adapter, the gateway's response) conforms to the documented schema
 *       of its status, checked by networknt's JSON Schema 2020-12 validator with format assertions;
 *   <li>every request the adapter refuses with 400 is refused by the document too: a body its
 *       schema rejects, a required parameter missing, a parameter its format or type rejects;
 *       and the requests the adapter accepts are accepted by the schemas.
 * </ul>
 */
class OpenApiAgreementTest {
  private static final LocalLambda APP = LocalLambda.builder().share("io.lambdaforge.examples.orders.data").build();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SAMPLE_ID = "6f1c2a8e-4b5d-4e8f-9a0b-1c2d3e4f5a6b";
  private static final String NEW_ORDER = "{\"customer\":\"Bob\",\"lines\":[{\"sku\":\"BOOK-7\",\"quantity\":2,"
      + "\"unitPrice\":3.50}]}";

  @AfterAll
  static void close() {
    APP.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "rest"})
  void documentValidatesWithZeroMessages(String api) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readContents(ExampleDocuments.text(api), null, options);
    assertTrue(result.getOpenAPI() != null, "not parsed: " + result.getMessages());
    assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
    assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
  }

  @ParameterizedTest
  @EnumSource(value = Source.class, names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void responsesTheAdaptersSendConformToTheDocument(Source source) {
    String tenant = "acme";
    check(source, "/orders", Request.get("/orders").bearer(Tokens.token(APP, source, tenant)), 200);
    check(source, "/orders", Request.get("/orders?status=OPEN&limit=1").bearer(Tokens.token(APP, source, tenant)), 200);
    check(source, "/orders/{id}", Request.get("/orders/" + SAMPLE_ID).bearer(Tokens.token(APP, source, tenant)), 200);
    check(source, "/orders/{id}",
        Request.get("/orders/00000000-0000-0000-0000-000000000000").bearer(Tokens.token(APP, source, tenant)), 404);
    check(source, "/orders/{id}", Request.get("/orders/not-a-uuid").bearer(Tokens.token(APP, source, tenant)), 400);
    check(source, "/orders", Request.post("/orders", NEW_ORDER).bearer(Tokens.token(APP, source, "t-" + source)), 201);
    check(source, "/orders", Request.post("/orders", "{\"customer\":\"\",\"lines\":[]}")
        .bearer(Tokens.token(APP, source, tenant)), 400);
    check(source, "/orders", Request.post("/orders", "{\"lines\":\"x\"}").bearer(Tokens.token(APP, source, tenant)), 400);
    check(source, "/orders/{id}", Request.put("/orders/" + SAMPLE_ID, NEW_ORDER).bearer(Tokens.token(APP, source, "nobody")),
        404);
    // HttpException(404) thrown by the function: the documented default response.
    check(source, "/orders/{id}", Request.delete("/orders/" + SAMPLE_ID).bearer(Tokens.token(APP, source, "t-del")), 404);
    String created = APP.request(source, Request.post("/orders", NEW_ORDER).bearer(Tokens.token(APP, source, "t-del")))
        .bodyJson().path("id").asText();
    check(source, "/orders/{id}", Request.delete("/orders/" + created).bearer(Tokens.token(APP, source, "t-del")), 204);
    check(source, "/orders", Request.get("/orders?limit=0").bearer(Tokens.token(APP, source, tenant)), 400);
    if (source == Source.API_GATEWAY_HTTP) {
      check(source, "/preferences", Request.get("/preferences"), 200);
      check(source, "/preferences", Request.put("/preferences", "{\"currency\":\"EUR\"}"), 200);
      check(source, "/quotes", Request.post("/quotes", "{\"sku\":\"BOOK-42\",\"quantity\":150}"), 200);
      check(source, "/quotes", Request.post("/quotes", "{\"sku\":\"BOOK-42\",\"quantity\":\"many\"}"), 400);
    }
  }

  /** Bodies the adapters refuse with 400; the documented request schema must refuse each. */
  @ParameterizedTest
  @ValueSource(strings = {"null", "[1,2]", "\"text\"", "42", "{\"lines\":\"x\"}", "{\"lines\":[{\"quantity\":\"two\"}]}",
      "{\"lines\":[{\"unitPrice\":\"cheap\"}]}", "{\"customer\":{\"name\":\"Bob\"}}", "{\"lines\":[[1]]}"})
  void bodiesTheAdapterRefusesTheSchemaRefuses(String body) throws Exception {
    HttpResult result = APP.request(Source.API_GATEWAY_HTTP,
        Request.post("/orders", body).bearer(Tokens.token(APP, Source.API_GATEWAY_HTTP, "t-refuse")));
    assertEquals(400, result.status(), result.bodyString());
    JsonNode schema = requestSchema("http", "/orders", "post");
    List<String> problems = schemas("http").problems(schema, JSON.readTree(body), true);
    assertFalse(problems.isEmpty(), "the document accepts a body the adapter refuses: " + body);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"sku\":\"A\",\"quantity\":\"many\"}", "{\"sku\":1.5e400}", "[]", "null",
      "{\"quantity\":1.5}"})
  void quoteBodiesTheAdapterRefusesTheSchemaRefuses(String body) throws Exception {
    HttpResult result = APP.request(Source.API_GATEWAY_HTTP, Request.post("/quotes", body));
    if (result.status() != 400) {
      return; // only refusals are compared in this direction
    }
    List<String> problems = schemas("http").problems(requestSchema("http", "/quotes", "post"), JSON.readTree(body),
        true);
    assertFalse(problems.isEmpty(), "the document accepts a body the adapter refuses: " + body);
  }

  @Test
  void bodiesTheAdapterAcceptsTheSchemaAccepts() throws Exception {
    for (String body : List.of(NEW_ORDER, "{\"customer\":\"Ann\",\"lines\":[{\"sku\":\"A\",\"quantity\":1,"
        + "\"unitPrice\":0}],\"extra\":true}")) {
      HttpResult result = APP.request(Source.API_GATEWAY_HTTP,
          Request.post("/orders", body).bearer(Tokens.token(APP, Source.API_GATEWAY_HTTP, "t-accept")));
      assertEquals(201, result.status(), result.bodyString());
      assertEquals(List.of(), schemas("http").problems(requestSchema("http", "/orders", "post"), JSON.readTree(body),
          true));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Source.class, names = {"API_GATEWAY_HTTP", "API_GATEWAY_REST"})
  void parametersTheAdapterRefusesTheDocumentRefuses(Source source) {
    String api = ExampleDocuments.api(source);
    // Without a token the gateway refuses before the adapter runs.
    HttpResult missing = APP.request(source, Request.get("/orders"));
    assertEquals(401, missing.status());
    // A path id that is not a UUID: the parameter's schema rejects it too.
    HttpResult notUuid = APP.request(source, Request.get("/orders/not-a-uuid").bearer(Tokens.token(APP, source, "acme")));
    assertEquals(400, notUuid.status());
    JsonNode id = parameter(api, "/orders/{id}", "get", "id").path("schema");
    assertFalse(schemas(api).problems(id, JSON.getNodeFactory().textNode("not-a-uuid"), true).isEmpty());
    assertEquals(List.of(), schemas(api).problems(id, JSON.getNodeFactory().textNode(SAMPLE_ID), true));
    // An unknown status value: the enum rejects it.
    HttpResult badStatus = APP.request(source, Request.get("/orders?status=LOST").bearer(Tokens.token(APP, source, "acme")));
    assertEquals(400, badStatus.status());
    JsonNode status = parameter(api, "/orders", "get", "status").path("schema");
    assertFalse(schemas(api).problems(status, JSON.getNodeFactory().textNode("LOST"), true).isEmpty());
    assertEquals(List.of(), schemas(api).problems(status, JSON.getNodeFactory().textNode("OPEN"), true));
    // A limit that is not an integer.
    HttpResult badLimit = APP.request(source, Request.get("/orders?limit=ten").bearer(Tokens.token(APP, source, "acme")));
    assertEquals(400, badLimit.status());
    JsonNode limit = parameter(api, "/orders", "get", "limit").path("schema");
    assertFalse(schemas(api).problems(limit, JSON.getNodeFactory().textNode("ten"), true).isEmpty());
  }

  /** Sends {@code request}, expects {@code status}, and checks a JSON body against its response schema. */
  private static void check(Source source, String template, Request request, int status) {
    HttpResult result = APP.request(source, request);
    assertEquals(status, result.status(), request + ": " + result.bodyString());
    String api = ExampleDocuments.api(source);
    JsonNode responses = ExampleDocuments.document(api).path("paths").path(template)
        .path(request.method().toLowerCase(Locale.ROOT)).path("responses");
    assertTrue(responses.isObject(), "no operation " + request.method() + " " + template + " in " + api);
    JsonNode response = responses.path(String.valueOf(status));
    if (response.isMissingNode()) {
      response = responses.path(status / 100 + "XX");
    }
    if (response.isMissingNode()) {
      response = responses.path("default");
    }
    assertFalse(response.isMissingNode(), "status " + status + " of " + request + " is not documented");
    if (response.has("$ref")) {
      String name = response.path("$ref").asText().substring("#/components/responses/".length());
      response = ExampleDocuments.document(api).path("components").path("responses").path(name);
    }
    if (result.body().length == 0) {
      assertTrue(status == 204 || !response.has("content"), "empty body for a documented content");
      return;
    }
    String type = result.header("content-type");
    assertNotEquals(null, type);
    if (!type.startsWith("application/json")) {
      return;
    }
    JsonNode schema = response.path("content").path("application/json").path("schema");
    assertTrue(response.path("content").has("application/json"), "JSON body undocumented for " + request);
    if (schema.isMissingNode()) {
      return; // documented as any JSON
    }
    List<String> problems = schemas(api).problems(schema, result.bodyJson(), true);
    assertEquals(List.of(), problems, request + " answered " + result.bodyString());
  }

  private static JsonNode requestSchema(String api, String template, String method) {
    return ExampleDocuments.document(api).path("paths").path(template).path(method)
        .path("requestBody").path("content").path("application/json").path("schema");
  }

  private static JsonNode parameter(String api, String template, String method, String name) {
    for (JsonNode p : ExampleDocuments.document(api).path("paths").path(template).path(method).path("parameters")) {
      if (p.path("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no parameter " + name + " on " + method + " " + template);
  }

  private static DocumentSchemas schemas(String api) {
    return new DocumentSchemas(ExampleDocuments.document(api));
  }
}
