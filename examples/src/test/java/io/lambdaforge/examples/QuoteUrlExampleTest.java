package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.testing.HttpResult;
import io.lambdaforge.local.testing.Invocation;
import io.lambdaforge.local.testing.LocalLambda;
import io.lambdaforge.local.testing.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The examples' function URL ({@code quoteUrl}, AWS_IAM behind CloudFront): the real documented
 * request payload reaches it, its adapter routes (404 elsewhere), an unsigned request through the
 * local URL gets the 403 of an AWS_IAM URL, and the template puts CloudFront in front of it.
 */
class QuoteUrlExampleTest {
  static final LocalLambda APP = LocalLambda.fromClasspath();

  @AfterAll
  static void close() {
    APP.close();
  }

  private static ObjectNode documentedRequest(String rawPath, String body) throws Exception {
    ObjectNode event = TestFiles.sharedEventJson("function-url-request-docs.json");
    event.put("rawPath", rawPath);
    ((ObjectNode) event.get("requestContext").get("http")).put("path", rawPath);
    ((ObjectNode) event.get("headers")).put("content-type", "application/json");
    event.put("body", body);
    return event;
  }

  @Test
  void theDocumentedPayloadGetsAQuoteAndOtherPathsA404() throws Exception {
    Invocation quote = APP.invoke("quoteUrl", documentedRequest("/quotes", "{\"sku\":\"BOOK-42\",\"quantity\":150}"));
    assertEquals(Source.FUNCTION_URL, quote.source().get());
    assertEquals(200, quote.http().status(), quote::output);
    JsonNode body = quote.http().bodyJson();
    assertEquals("BOOK-42", body.get("sku").asText());
    assertEquals(150, body.get("quantity").asInt());

    Invocation elsewhere = APP.invoke("quoteUrl", documentedRequest("/orders", "{}"));
    assertEquals(404, elsewhere.http().status());
  }

  /** The events command's sample for the URL route: a function URL event the adapter recognises. */
  @Test
  void theSampleEventIsAFunctionUrlEvent() {
    JsonNode sample = APP.sampleEvent("quoteUrl", Source.FUNCTION_URL);
    assertEquals("$default", sample.get("routeKey").asText());
    assertTrue(sample.at("/requestContext/domainName").asText().contains(".lambda-url."));
    Invocation invocation = APP.invokeSample("quoteUrl", Source.FUNCTION_URL);
    assertEquals(Source.FUNCTION_URL, invocation.source().get());
    // the sample's body is {}: no sku, so the function's own 400
    assertEquals(400, invocation.http().status(), invocation::output);
  }

  @Test
  void anUnsignedRequestToTheIamUrlIsForbidden() {
    HttpResult response = APP.request("quoteUrl", Source.FUNCTION_URL,
        Request.post("/quotes", "{\"sku\":\"BOOK-42\",\"quantity\":1}"));
    assertEquals(403, response.status());
    assertEquals("{\"Message\":\"Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html\"}", response.bodyString());
  }

  @Test
  void theTemplatePutsCloudFrontWithOriginAccessControlInFront() throws Exception {
    JsonNode template = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(
        TestFiles.classOutput().resolve("META-INF/lambdaforge/template.yaml").toFile());
    assertEquals("AWS_IAM", template.at("/Resources/QuoteUrlFunction/Properties/FunctionUrlConfig/AuthType").asText());
    assertEquals("lambda", template.at(
        "/Resources/QuoteUrlUrlOriginAccessControl/Properties/OriginAccessControlConfig/OriginAccessControlOriginType").asText());
    assertEquals("AWS::CloudFront::Distribution", template.at("/Resources/QuoteUrlDistribution/Type").asText());
    assertTrue(template.at("/Outputs/QuoteUrlDistributionUrl").isObject());
  }

  /** {@code @Cors} on the URL: the template's FunctionUrlConfig.Cors, applied by Lambda. */
  @Test
  void theUrlCarriesItsCorsConfiguration() throws Exception {
    JsonNode cors = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(
        TestFiles.classOutput().resolve("META-INF/lambdaforge/template.yaml").toFile())
        .at("/Resources/QuoteUrlFunction/Properties/FunctionUrlConfig/Cors");
    assertEquals("https://shop.example.com", cors.at("/AllowOrigins/0").asText());
    assertEquals("POST", cors.at("/AllowMethods/0").asText());
    assertEquals("X-Amz-Content-Sha256", cors.at("/AllowHeaders/1").asText());
    assertEquals(3600, cors.get("MaxAge").asInt());
  }

  /** Under AWS_IAM the preflight too must be signed (CloudFront's OAC signs it); unsigned it is 403. */
  @Test
  void anUnsignedPreflightToTheIamUrlIsForbidden() {
    HttpResult response = APP.request("quoteUrl", Source.FUNCTION_URL,
        Request.of("OPTIONS", "/quotes").header("Origin", "https://shop.example.com")
            .header("Access-Control-Request-Method", "POST"));
    assertEquals(403, response.status());
  }
}
