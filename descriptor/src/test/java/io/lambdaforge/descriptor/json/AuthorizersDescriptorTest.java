package io.lambdaforge.descriptor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.descriptor.sample.SampleApplication;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Authorizers and route auth in {@code functions.json}: written, schema-valid, read back. */
class AuthorizersDescriptorTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Application protectedApp() {
    return Application.of(List.of(
        FunctionSpec.builder("getOrder", "a.B::handleRequest")
            .trigger(TriggerSpec.httpApi("GET", "/orders/{id}")
                .withAuth(RouteAuth.of("orders", "orders:read", "orders:admin")))
            .trigger(TriggerSpec.httpApi("POST", "/orders").withAuth(RouteAuth.of("apiKeys")))
            .trigger(TriggerSpec.restApi("GET", "/orders/{id}")
                .withAuth(RouteAuth.of("pool", "email")))
            .trigger(TriggerSpec.restApi("DELETE", "/orders/{id}").withAuth(RouteAuth.IAM))
            .trigger(TriggerSpec.restApi("GET", "/health"))
            .build(),
        FunctionSpec.builder("checkKey", "a.CheckKeyAuthorizer::handleRequest").build()), List.of(
            AuthorizerSpec.jwt("orders", "https://issuer.example.com/", List.of("api", "web"),
                null),
            AuthorizerSpec.cognito("pool",
                "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123", null),
            AuthorizerSpec.lambda("apiKeys", AuthorizerKind.LAMBDA_REQUEST,
                "$request.header.x-api-key", "checkKey", 300),
            AuthorizerSpec.lambda("bearer", AuthorizerKind.LAMBDA_TOKEN, null, "checkKey", 0)));
  }

  private static String render(Application app) {
    return FunctionsDescriptor.render(
        app, new CostEstimator(PricingCatalog.defaults()).estimate(app));
  }

  private static JsonNode schema() throws IOException {
    try (InputStream in = FunctionsDescriptor.class.getResourceAsStream(
        FunctionsDescriptor.SCHEMA_RESOURCE)) {
      return MAPPER.readTree(in);
    }
  }

  @Test
  void authorizersAndRouteAuthAreWrittenAndReadBack() throws IOException {
    Application app = protectedApp();
    String text = render(app);
    JsonNode doc = MAPPER.readTree(text);
    JsonNode authorizers = doc.get("authorizers");
    assertEquals(4, authorizers.size());
    assertEquals("{\"name\":\"apiKeys\",\"kind\":\"LAMBDA_REQUEST\","
        + "\"identitySource\":\"$request.header.x-api-key\",\"functionName\":\"checkKey\","
        + "\"resultTtlSeconds\":300}", authorizers.get(0).toString());
    assertEquals("{\"name\":\"orders\",\"kind\":\"JWT\",\"issuer\":\"https://issuer.example.com/\","
        + "\"audience\":[\"api\",\"web\"],\"identitySource\":\"$request.header.Authorization\"}",
        authorizers.get(2).toString());
    assertEquals("{\"name\":\"pool\",\"kind\":\"COGNITO\",\"userPoolArn\":"
        + "\"arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123\","
        + "\"identitySource\":\"Authorization\"}", authorizers.get(3).toString());
    JsonNode triggers = doc.at("/functions/1/triggers");
    assertEquals("{\"authorizer\":\"orders\",\"scopes\":[\"orders:read\",\"orders:admin\"]}",
        triggers.get(4).get("auth").toString(), triggers.toString());
    assertEquals("{\"authorizer\":\"AWS_IAM\",\"scopes\":[]}",
        triggers.get(1).get("auth").toString(), triggers.toString());
    assertFalse(triggers.get(0).has("auth"), "unprotected /health: " + triggers);

    FunctionsDescriptor.Document back = FunctionsDescriptor.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(app, back.application());
    assertEquals(text, FunctionsDescriptor.render(back.application(), back.cost()));
    assertEquals(List.of(), SchemaCheck.validate(schema(), doc));
  }

  @Test
  void schemaRejectsUnknownKindsAndFields() throws IOException {
    JsonNode doc = MAPPER.readTree(render(protectedApp()));
    ObjectNode broken = doc.deepCopy();
    ((ObjectNode) broken.at("/authorizers/0")).put("kind", "OAUTH");
    ((ObjectNode) broken.at("/functions/1/triggers/1/auth")).put("authoriser", "x");
    ((ObjectNode) broken.at("/authorizers/1")).put("resultTtlSeconds", 3601);
    assertEquals(3, SchemaCheck.validate(schema(), broken).size(),
        SchemaCheck.validate(schema(), broken).toString());
  }

  @Test
  void nothingIsWrittenWithoutAuthorizers() {
    String text = render(SampleApplication.create());
    assertFalse(text.contains("\"authorizers\""));
    assertFalse(text.contains("\"auth\""));
  }

  @Test
  void readerErrorsNameTheAuthorizer() {
    String text = render(protectedApp());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FunctionsDescriptor.read(new ByteArrayInputStream(
            text.replace("\"resultTtlSeconds\" : 300", "\"resultTtlSeconds\" : 7200")
                .getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("authorizers[0]")
        && e.getMessage().contains("resultTtlSeconds must be 0..3600"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> FunctionsDescriptor.read(new ByteArrayInputStream(
            text.replace("\"authorizer\" : \"orders\"", "\"authorizer\" : \"nope\"")
                .getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("unknown authorizer 'nope'"), e.getMessage());
  }
}
