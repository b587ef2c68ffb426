package io.lambdaforge.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.local.testing.Invocation;
import io.lambdaforge.local.testing.LocalLambda;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The Cognito example through LocalLambda: the sample event of each function's trigger, a real
 * aws-lambda-go fixture, and a rejection whose message is what Cognito would show.
 */
class CognitoThroughLocalLambdaTest {
  static final LocalLambda APP = LocalLambda.fromClasspath();

  private static final class Json {
    static JsonNode readTree(String text) {
      try {
        return io.lambdaforge.runtime.internal.json.Json.reader().readTree(text);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @AfterAll
  static void close() {
    APP.close();
  }

  @Test
  void tokenClaimsSampleGetsComplexClaims() {
    JsonNode sample = APP.sampleEvent("tokenClaims", Source.COGNITO_USER_POOL);
    assertEquals("2", sample.get("version").asText(), "a V2 function gets a version 2 event");
    Invocation invocation = APP.invokeSample("tokenClaims", Source.COGNITO_USER_POOL);
    assertTrue(invocation.succeeded(), invocation.toString());
    assertEquals(Source.COGNITO_USER_POOL, invocation.source().orElseThrow());
    JsonNode details = invocation.json().at("/response/claimsAndScopeOverrideDetails");
    assertEquals(true, details.at("/idTokenGeneration/claimsToAddOrOverride/is_staff").asBoolean());
    assertEquals(Json.readTree("{\"id\":\"public\",\"plan\":\"internal\"}"), // an object: any key order
        details.at("/accessTokenGeneration/claimsToAddOrOverride/tenant"));
    assertEquals("[\"reader\",\"writer\"]", details.at("/accessTokenGeneration/claimsToAddOrOverride/roles").toString());
  }

  @Test
  void signUpRulesOnTheRealFixtureAndARejection() {
    ObjectNode event = TestFiles.sharedEventJson("cognito-presignup-go.json");
    Invocation proceed = APP.invoke("signUpRules", event);
    assertTrue(proceed.succeeded(), proceed.toString());
    assertEquals("{\"autoConfirmUser\":false,\"autoVerifyEmail\":false,\"autoVerifyPhone\":false}",
        proceed.json().get("response").toString());

    ((ObjectNode) event.at("/request/userAttributes")).put("email", "someone@MAILINATOR.com");
    Invocation rejected = APP.invoke("signUpRules", event);
    assertFalse(rejected.succeeded());
    assertEquals("Please sign up with a permanent email address.", rejected.errorMessage());
  }
}
