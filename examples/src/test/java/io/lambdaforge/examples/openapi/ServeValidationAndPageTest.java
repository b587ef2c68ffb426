package io.lambdaforge.examples.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.examples.orders.OrdersApi;
import io.lambdaforge.local.auth.JwtVerifier;
import io.lambdaforge.local.auth.TokenMinter;
import io.lambdaforge.local.auth.TrustedKeys;
import io.lambdaforge.descriptor.openapi.RestDefinition;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.gateway.GatewayResponse;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.openapi.RequestValidator;
import io.lambdaforge.local.server.ApiPage;
import io.lambdaforge.local.server.DevServer;
import io.lambdaforge.local.server.LocalGateway;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * serve's emulation of API Gateway's request validator on the examples' REST routes (with the
 * {@code DefinitionBody} that {@code -Alambdaforge.restDefinition=openapi} would put in the
 * template), and the API
 * page's files over real HTTP: no external URL in the page or its script, Swagger UI's assets
 * served from the tool's jar, the documents served as built.
 */
class ServeValidationAndPageTest {
  private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
  private static LocalApp app;
  private static LocalGateway validating;
  private static DevServer server;
  /** A Cognito ID token of tenant t-valid that the REST authorizer trusts. */
  private static String TOKEN;

  @BeforeAll
  static void start() throws Exception {
    app = LocalApp.fromClassLoader(ServeValidationAndPageTest.class.getClassLoader(),
        new PrintStream(LOG, true, StandardCharsets.UTF_8), ExecutionModel.DEFAULT.share("io.lambdaforge.examples.orders.data"));
    RSAKey key = new RSAKeyGenerator(2048).keyID("validation-test").generate();
    TOKEN = TokenMinter.mint(key, TokenMinter.Spec.of(JwtVerifier.cognitoIssuer(OrdersApi.USER_POOL),
        List.of("app-client"), "u", List.of()).withCognito("id", "app-client")
        .withClaims(Map.of("tenant", "t-valid")), java.time.Instant.now());
    validating = new LocalGateway(app.routes(), Optional.of(Source.API_GATEWAY_REST), Json.copy(),
        Optional.of(new RequestValidator(RestDefinition.of(app.openApiDocuments().get("rest"), app.application()),
            Json.copy())), app.authorizers(TrustedKeys.of(List.of(key))));
    ApiPage page = new ApiPage(app.routes(), app.openApiDocuments(), "table", true, Json.copy());
    server = DevServer.start(validating, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        new PrintStream(LOG, true, StandardCharsets.UTF_8), page);
  }

  @AfterAll
  static void stop() {
    server.close();
    app.close();
  }

  private static LocalGateway.Exchange send(String method, String path, String body, Map<String, String> headers) {
    String rawPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    String query = path.contains("?") ? path.substring(path.indexOf('?') + 1) : "";
    LocalRequest request = new LocalRequest(method, rawPath, query, List.copyOf(headers.entrySet()),
        body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    return validating.handle(request, "localhost", Optional.of(Source.API_GATEWAY_REST));
  }

  private static String text(GatewayResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  /**
   * API Gateway's bodies for a failed validation, as "Test basic request validation" shows them:
   * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-validation-test.html
   */
  @Test
  void missingRequiredParameterGetsApiGatewaysBodyWithoutInvokingTheFunction() {
    // the partner route's API key passes its Lambda authorizer; its required status query is missing
    LocalGateway.Exchange answer = send("GET", "/partner/orders", null, Map.of("x-api-key", "pk-acme-0001"));
    assertEquals(400, answer.response().status());
    assertEquals("{\"message\":\"Missing required request parameters: [status]\"}", text(answer.response()));
    assertEquals("-", answer.function(), "the function was invoked");
    assertTrue(answer.response().headers().contains(Map.entry("x-amzn-ErrorType", "BadRequestException")));
  }

  @Test
  void invalidBodyGetsApiGatewaysBody() {
    // draft 4 (API Gateway's models) has no nullable: an explicit null for a property is refused
    for (String body : List.of("{\"lines\":\"x\"}", "null", "not json", "[1]", "{\"customer\":null}")) {
      LocalGateway.Exchange answer = send("POST", "/orders", body,
          Map.of("Authorization", "Bearer " + TOKEN, "content-type", "application/json"));
      assertEquals(400, answer.response().status(), body);
      assertEquals("{\"message\":\"Invalid request body\"}", text(answer.response()), body);
      assertEquals("-", answer.function());
    }
  }

  @Test
  void validRequestsReachTheFunction() {
    LocalGateway.Exchange created = send("POST", "/orders",
        "{\"customer\":\"Bob\",\"lines\":[{\"sku\":\"B\",\"quantity\":1,\"unitPrice\":1}]}",
        Map.of("Authorization", "Bearer " + TOKEN, "content-type", "application/json"));
    assertEquals(201, created.response().status(), text(created.response()));
    assertEquals("createOrder", created.function());
    // Parameter types are not validated by API Gateway: the adapter's own 400 answers.
    LocalGateway.Exchange notUuid = send("GET", "/orders/not-a-uuid", null, Map.of("Authorization", "Bearer " + TOKEN));
    assertEquals(400, notUuid.response().status());
    assertEquals("getOrder", notUuid.function());
  }

  @Test
  void pageAndScriptReferenceNoExternalUrlAndAssetsComeFromTheJar() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String base = "http://127.0.0.1:" + server.address().getPort() + ApiPage.PREFIX;
    String html = get(client, base).body();
    String script = get(client, base + "page.js").body();
    Pattern url = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+");
    for (String text : List.of(html, script)) {
      Matcher m = url.matcher(text);
      assertFalse(m.find(), () -> "external reference: " + m.group());
    }
    Matcher sources = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
    int count = 0;
    while (sources.find()) {
      count++;
      HttpResponse<String> asset = get(client, base + sources.group(1));
      assertEquals(200, asset.statusCode(), sources.group(1));
      assertFalse(asset.body().isEmpty(), sources.group(1));
    }
    assertEquals(4, count, "favicon, Swagger UI's css and bundle, the page script");
    assertTrue(get(client, base + "assets/swagger-ui-bundle.js").body().contains("SwaggerUIBundle"));
    assertEquals(Json.copy().readTree(ExampleDocuments.text("http")),
        Json.copy().readTree(get(client, base + "openapi-http.json").body()));
    assertEquals(404, get(client, base + "assets/../../etc/passwd").statusCode());
    assertTrue(get(client, base + "page.json").body().contains("\"restValidation\" : true"));
  }

  private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
