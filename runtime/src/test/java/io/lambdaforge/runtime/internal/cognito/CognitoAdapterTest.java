package io.lambdaforge.runtime.internal.cognito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.events.cognito.CognitoRejection;
import io.lambdaforge.events.cognito.CognitoTrigger;
import io.lambdaforge.events.cognito.CustomMessageRequest;
import io.lambdaforge.events.cognito.CustomMessageResponse;
import io.lambdaforge.events.cognito.DefineAuthChallengeRequest;
import io.lambdaforge.events.cognito.DefineAuthChallengeResponse;
import io.lambdaforge.events.cognito.InboundFederationRequest;
import io.lambdaforge.events.cognito.InboundFederationResponse;
import io.lambdaforge.events.cognito.PreSignUpRequest;
import io.lambdaforge.events.cognito.PreSignUpResponse;
import io.lambdaforge.events.cognito.PreTokenGenerationRequest;
import io.lambdaforge.events.cognito.PreTokenGenerationV2Request;
import io.lambdaforge.events.cognito.PreTokenGenerationV2Response;
import io.lambdaforge.events.cognito.UserMigrationRequest;
import io.lambdaforge.events.cognito.UserMigrationResponse;
import io.lambdaforge.runtime.internal.core.Dispatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The Cognito family on the aws-lambda-go fixtures in testdata/events (cognito-*-go.json) and
 * hand-made edge cases; contract: https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html.
 */
class CognitoAdapterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EVENTS = Path.of("..", "testdata", "events");

  private static byte[] sample(String name) throws Exception {
    return Files.readAllBytes(EVENTS.resolve(name));
  }

  private static JsonNode run(Dispatch dispatch, byte[] event) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    dispatch.handle(new ByteArrayInputStream(event), out, null);
    return JSON.readTree(out.toByteArray());
  }

  @Test
  void preSignUpBindsTheRequestAndEchoesTheEventWithTheResponse() throws Exception {
    AtomicReference<PreSignUpRequest> seen = new AtomicReference<>();
    Dispatch dispatch = CognitoAdapter.dispatch("signUp", PreSignUpRequest.class, (request, context) -> {
      seen.set((PreSignUpRequest) request);
      return PreSignUpResponse.autoConfirm().withAutoVerifyEmail();
    });
    byte[] event = sample("cognito-presignup-go.json");
    JsonNode out = run(dispatch, event);
    PreSignUpRequest request = seen.get();
    assertEquals(CognitoTrigger.PRE_SIGN_UP_SIGN_UP, request.call().triggerSource());
    assertEquals("<userPoolId>", request.call().userPoolId());
    assertEquals("<apps client id>", request.call().callerContext().clientId());
    assertEquals(Map.of("email", "<email>", "phone_number", "<phone_number>"), request.userAttributes());
    assertEquals(Map.of("k1", "v1", "k2", "v2"), request.validationData());
    assertEquals("example metadata value", request.clientMetadata().get("exampleMetadataKey"));
    ObjectNode expected = (ObjectNode) JSON.readTree(event);
    expected.set("response", JSON.readTree("{\"autoConfirmUser\":true,\"autoVerifyEmail\":true,\"autoVerifyPhone\":false}"));
    assertEquals(expected, out);
  }

  @Test
  void preTokenGenerationV2WritesComplexClaimValues() throws Exception {
    AtomicReference<PreTokenGenerationV2Request> seen = new AtomicReference<>();
    Dispatch dispatch = CognitoAdapter.dispatch("claims", PreTokenGenerationV2Request.class, (request, context) -> {
      seen.set((PreTokenGenerationV2Request) request);
      return PreTokenGenerationV2Response.unchanged()
          .withIdTokenClaim("favorite_number", 2)
          .withIdTokenClaim("is_admin", true)
          .withAccessTokenClaim("roles", List.of("reader", "writer"))
          .withAccessTokenClaim("tenant", Map.of("id", "t-1", "tier", 3, "limits", Map.of("seats", 10)))
          .withAccessTokenClaim("ratio", 0.25)
          .withScope("orders/read")
          .withoutScope("aws.cognito.signin.user.admin")
          .withoutClaim("email");
    });
    JsonNode out = run(dispatch, sample("cognito-pretokengen-v2-go.json"));
    assertEquals(List.of("aws.cognito.signin.user.admin"), seen.get().scopes());
    assertNull(seen.get().groupConfiguration().preferredRole());
    JsonNode details = out.path("response").path("claimsAndScopeOverrideDetails");
    assertEquals(JSON.readTree("{\"favorite_number\":2,\"is_admin\":true}"),
        details.path("idTokenGeneration").path("claimsToAddOrOverride"));
    assertEquals(JSON.readTree("{\"roles\":[\"reader\",\"writer\"],\"tenant\":{\"id\":\"t-1\",\"tier\":3,\"limits\":{\"seats\":10}},\"ratio\":0.25}"),
        details.path("accessTokenGeneration").path("claimsToAddOrOverride"));
    assertEquals("[\"orders/read\"]", details.path("accessTokenGeneration").path("scopesToAdd").toString());
    assertEquals("[\"email\"]", details.path("accessTokenGeneration").path("claimsToSuppress").toString());
    assertFalse(details.has("groupOverrideDetails"), "null fields are left out");
  }

  @Test
  void versionThreeClientCredentialsEventHasNoUser() throws Exception {
    String event = "{\"version\":\"3\",\"triggerSource\":\"TokenGeneration_ClientCredentials\",\"region\":\"us-east-1\","
        + "\"userPoolId\":\"us-east-1_EXAMPLE\",\"callerContext\":{\"awsSdkVersion\":\"aws-sdk-unknown-unknown\",\"clientId\":\"m2m-client\"},"
        + "\"request\":{\"userAttributes\":{},\"groupConfiguration\":{\"groupsToOverride\":[],\"iamRolesToOverride\":[],\"preferredRole\":null},"
        + "\"scopes\":[\"orders/write\"]},\"response\":{\"claimsAndScopeOverrideDetails\":null}}";
    AtomicReference<PreTokenGenerationV2Request> seen = new AtomicReference<>();
    Dispatch dispatch = CognitoAdapter.dispatch("m2m", PreTokenGenerationV2Request.class, (request, context) -> {
      seen.set((PreTokenGenerationV2Request) request);
      return PreTokenGenerationV2Response.unchanged().withAccessTokenClaim("client_tier", "gold");
    });
    JsonNode out = run(dispatch, event.getBytes());
    assertNull(seen.get().call().userName());
    assertEquals(CognitoTrigger.TOKEN_GENERATION_CLIENT_CREDENTIALS, seen.get().call().triggerSource());
    assertEquals("gold", out.at("/response/claimsAndScopeOverrideDetails/accessTokenGeneration/claimsToAddOrOverride/client_tier").asText());
  }

  @Test
  void versionOneTokenEventIsNotClaimedByAVersionTwoFunction() throws Exception {
    byte[] v1 = JSON.writeValueAsBytes(((ObjectNode) JSON.readTree(sample("cognito-pretokengen-v2-go.json"))).put("version", "1"));
    Dispatch v2 = CognitoAdapter.dispatch("claims", PreTokenGenerationV2Request.class, (r, c) -> null);
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> run(v2, v1));
    assertTrue(refused.getMessage().contains("TokenGeneration (version 1)"), refused.getMessage());
    Dispatch v1Function = CognitoAdapter.dispatch("claims", PreTokenGenerationRequest.class, (r, c) -> null);
    assertEquals("{}", run(v1Function, v1).path("response").toString());
  }

  @Test
  void customMessageForEveryTriggerSourceAndBooleanAttributes() throws Exception {
    ObjectNode event = (ObjectNode) JSON.readTree(sample("cognito-custommessage-go.json"));
    for (CognitoTrigger trigger : CognitoTrigger.values()) {
      if (!trigger.wireName().startsWith("CustomMessage_")) {
        continue;
      }
      event.put("triggerSource", trigger.wireName());
      AtomicReference<CustomMessageRequest> seen = new AtomicReference<>();
      Dispatch dispatch = CognitoAdapter.dispatch("messages", CustomMessageRequest.class, (request, context) -> {
        seen.set((CustomMessageRequest) request);
        return CustomMessageResponse.email("Welcome", "Your code is " + ((CustomMessageRequest) request).codeParameter());
      });
      JsonNode out = run(dispatch, JSON.writeValueAsBytes(event));
      assertEquals(trigger, seen.get().call().triggerSource());
      assertEquals("true", seen.get().userAttributes().get("phone_number_verified"));
      assertEquals("{username}", seen.get().usernameParameter());
      assertEquals("{\"emailMessage\":\"Your code is ####\",\"emailSubject\":\"Welcome\"}", out.path("response").toString());
    }
    assertEquals(7, java.util.Arrays.stream(CognitoTrigger.values()).filter(t -> t.wireName().startsWith("CustomMessage_")).count());
  }

  @Test
  void defineAuthChallengeMigrationAndFederationSamples() throws Exception {
    Dispatch define = CognitoAdapter.dispatch("define", DefineAuthChallengeRequest.class, (request, context) -> {
      DefineAuthChallengeRequest r = (DefineAuthChallengeRequest) request;
      return r.session().get(0).challengeResult() ? DefineAuthChallengeResponse.authenticated() : DefineAuthChallengeResponse.fail();
    });
    assertEquals("{\"issueTokens\":true,\"failAuthentication\":false}",
        run(define, sample("cognito-define-auth-challenge-go.json")).path("response").toString());

    AtomicReference<UserMigrationRequest> migration = new AtomicReference<>();
    Dispatch migrate = CognitoAdapter.dispatch("migrate", UserMigrationRequest.class, (request, context) -> {
      migration.set((UserMigrationRequest) request);
      return UserMigrationResponse.migrated(Map.of("email", "a@example.com"));
    });
    assertEquals("{\"userAttributes\":{\"email\":\"a@example.com\"},\"finalUserStatus\":\"CONFIRMED\",\"messageAction\":\"SUPPRESS\",\"desiredDeliveryMediums\":[]}",
        run(migrate, sample("cognito-migrateuser-go.json")).path("response").toString());
    assertEquals("<password>", migration.get().password());
    assertFalse(migration.get().toString().contains("<password>"), "password kept out of toString");

    AtomicReference<InboundFederationRequest> federation = new AtomicReference<>();
    Dispatch federate = CognitoAdapter.dispatch("federate", InboundFederationRequest.class, (request, context) -> {
      federation.set((InboundFederationRequest) request);
      return new InboundFederationResponse(Map.of("email", ((InboundFederationRequest) request).attributes().idToken().get("email")));
    });
    assertEquals("{\"userAttributesToMap\":{\"email\":\"testuser@example.com\"}}",
        run(federate, sample("cognito-inbound-federation-oidc-go.json")).path("response").toString());
    assertEquals("OIDC", federation.get().providerType());
    assertEquals("Test", federation.get().attributes().userInfo().get("given_name"));
  }

  @Test
  void rejectionKeepsItsMessageOtherFailuresAreGeneric() throws Exception {
    Dispatch rejects = CognitoAdapter.dispatch("signUp", PreSignUpRequest.class, (request, context) -> {
      throw new CognitoRejection("Sign-up is invite-only");
    });
    CognitoRejection rejection = assertThrows(CognitoRejection.class, () -> run(rejects, sample("cognito-presignup-go.json")));
    assertEquals("Sign-up is invite-only", rejection.getMessage());

    Dispatch fails = CognitoAdapter.dispatch("signUp", PreSignUpRequest.class, (request, context) -> {
      throw new IllegalStateException("db password wrong for jdbc:postgresql://10.0.0.5");
    });
    TriggerFailed failed = assertThrows(TriggerFailed.class, () -> run(fails, sample("cognito-presignup-go.json")));
    assertEquals(TriggerFailed.MESSAGE, failed.getMessage());
    assertNull(failed.getCause());
    assertEquals(0, failed.getStackTrace().length);
  }

  @Test
  void otherEventsAndOtherTriggersAreRefused() throws Exception {
    Dispatch dispatch = CognitoAdapter.dispatch("signUp", PreSignUpRequest.class, (r, c) -> PreSignUpResponse.proceed());
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> run(dispatch, sample("cognito-migrateuser-go.json")));
    assertTrue(other.getMessage().contains("UserMigration"), other.getMessage());
    assertThrows(IllegalArgumentException.class, () -> run(dispatch, "{\"hello\":1}".getBytes()));
  }
}
