package io.lambdaforge.descriptor.sam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.RouteAuth;
import io.lambdaforge.descriptor.model.TrafficSpec;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.descriptor.sample.SampleApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Authorization in the SAM template: the implicit APIs' authorizers in {@code Globals}, each
 * protected route's {@code Auth}, and cfn-lint (which runs SAM's transform) finding nothing.
 */
class AuthTemplateTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  static final String POOL = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123";

  static Application app() {
    return Application.of(List.of(
        FunctionSpec.builder("getOrder", "a.B::handleRequest")
            .traffic(TrafficSpec.of(1_000_000, 20))
            .trigger(TriggerSpec.httpApi("GET", "/orders/{id}")
                .withAuth(RouteAuth.of("orders", "orders:read")))
            .trigger(TriggerSpec.httpApi("POST", "/orders").withAuth(RouteAuth.of("apiKeys")))
            .trigger(TriggerSpec.httpApi("DELETE", "/orders/{id}").withAuth(RouteAuth.IAM))
            .trigger(TriggerSpec.restApi("GET", "/orders/{id}")
                .withAuth(RouteAuth.of("pool", "email")))
            .trigger(TriggerSpec.restApi("PUT", "/orders/{id}").withAuth(RouteAuth.of("bearer")))
            .trigger(TriggerSpec.restApi("POST", "/orders").withAuth(RouteAuth.of("apiKeys")))
            .trigger(TriggerSpec.restApi("DELETE", "/orders/{id}").withAuth(RouteAuth.IAM))
            .trigger(TriggerSpec.restApi("GET", "/health"))
            .build(),
        FunctionSpec.builder("url", "a.C::handleRequest")
            .trigger(TriggerSpec.functionUrl("GET", "/")).build(),
        FunctionSpec.builder("checkKey", "a.CheckKeyHandler::handleRequest")
            .traffic(TrafficSpec.of(250_000, 50)).build()),
        List.of(
            AuthorizerSpec.jwt("orders", "https://issuer.example.com/", List.of("api"), null),
            AuthorizerSpec.cognito("pool", POOL, null),
            AuthorizerSpec.lambda("apiKeys", AuthorizerKind.LAMBDA_REQUEST,
                "$request.header.x-api-key,$request.querystring.key", "checkKey", 300),
            AuthorizerSpec.lambda("bearer", AuthorizerKind.LAMBDA_TOKEN, null, "checkKey", 0)));
  }

  private static JsonNode template(Application app) throws Exception {
    CostEstimate cost = new CostEstimator(PricingCatalog.defaults()).estimate(app);
    return YAML.readTree(SamTemplateWriter.render(app, cost));
  }

  @Test
  void httpApiAuthorizersAndRoutes() throws Exception {
    JsonNode t = template(app());
    JsonNode http = t.at("/Globals/HttpApi/Auth");
    assertEquals("{\"IdentitySource\":\"$request.header.Authorization\",\"JwtConfiguration\":"
        + "{\"issuer\":\"https://issuer.example.com/\",\"audience\":[\"api\"]}}",
        http.at("/Authorizers/orders").toString());
    assertEquals("{\"AuthorizerPayloadFormatVersion\":\"2.0\",\"EnableSimpleResponses\":true,"
        + "\"EnableFunctionDefaultPermissions\":true,\"FunctionArn\":{\"Fn::GetAtt\":"
        + "[\"CheckKeyFunction\",\"Arn\"]},\"Identity\":{\"Headers\":[\"x-api-key\"],"
        + "\"QueryStrings\":[\"key\"],\"ReauthorizeEvery\":300}}",
        http.at("/Authorizers/apiKeys").toString());
    assertTrue(http.get("EnableIamAuthorizer").asBoolean());
    assertFalse(http.at("/Authorizers").has("pool"), "only what HTTP routes use");
    JsonNode events = t.at("/Resources/GetOrderFunction/Properties/Events");
    List<String> auths = new java.util.ArrayList<>();
    events.forEach(e -> auths.add(e.get("Type").asText() + " " + e.at("/Properties/Method").asText()
        + " " + e.at("/Properties/Path").asText() + " " + e.at("/Properties/Auth")));
    assertTrue(auths.contains("HttpApi get /orders/{id} {\"Authorizer\":\"orders\","
        + "\"AuthorizationScopes\":[\"orders:read\"]}"), auths.toString());
    assertTrue(auths.contains("HttpApi delete /orders/{id} {\"Authorizer\":\"AWS_IAM\"}"),
        auths.toString());
    assertTrue(auths.contains("Api get /health "), auths.toString());
  }

  @Test
  void restApiAuthorizersAndRoutes() throws Exception {
    JsonNode t = template(app());
    JsonNode rest = t.at("/Globals/Api/Auth/Authorizers");
    assertEquals("{\"UserPoolArn\":\"" + POOL + "\",\"Identity\":{\"Header\":\"Authorization\"}}",
        rest.get("pool").toString());
    assertEquals("{\"FunctionPayloadType\":\"TOKEN\",\"FunctionArn\":{\"Fn::GetAtt\":"
        + "[\"CheckKeyFunction\",\"Arn\"]},\"Identity\":{\"Header\":\"Authorization\","
        + "\"ReauthorizeEvery\":0}}", rest.get("bearer").toString());
    assertEquals("REQUEST", rest.at("/apiKeys/FunctionPayloadType").asText());
    assertFalse(rest.has("orders"));
    assertFalse(t.at("/Globals/Api/Auth").has("EnableIamAuthorizer"));
    assertEquals("AWS_IAM", t.at("/Resources/UrlFunction/Properties/FunctionUrlConfig/AuthType")
        .asText(), "function URLs keep their AuthType");
  }

  @Test
  void globalsComeBeforeResourcesAndOnlyWithAuth() throws Exception {
    List<String> keys = new java.util.ArrayList<>();
    template(app()).fieldNames().forEachRemaining(keys::add);
    assertEquals(keys.indexOf("Resources") - 1, keys.indexOf("Globals"), keys.toString());
    assertFalse(template(SampleApplication.create()).has("Globals"));
  }

  @Test
  void protectedTemplatePassesCfnLint(@TempDir Path dir) throws Exception {
    Application app = app();
    CostEstimate cost = new CostEstimator(PricingCatalog.defaults()).estimate(app);
    Path file = dir.resolve("template.yaml");
    Files.writeString(file, SamTemplateWriter.render(app, cost));
    CfnLint.assertClean(file);
  }
}
