package io.lambdaforge.local.family.cognito;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.family.cognito.CognitoFamily;
import io.lambdaforge.events.cognito.CognitoCall;
import io.lambdaforge.events.cognito.CognitoTrigger;
import io.lambdaforge.events.cognito.CreateAuthChallengeRequest;
import io.lambdaforge.events.cognito.CustomMessageRequest;
import io.lambdaforge.events.cognito.DefineAuthChallengeRequest;
import io.lambdaforge.events.cognito.InboundFederationRequest;
import io.lambdaforge.events.cognito.PostAuthenticationRequest;
import io.lambdaforge.events.cognito.PostConfirmationRequest;
import io.lambdaforge.events.cognito.PreAuthenticationRequest;
import io.lambdaforge.events.cognito.PreSignUpRequest;
import io.lambdaforge.events.cognito.PreTokenGenerationRequest;
import io.lambdaforge.events.cognito.PreTokenGenerationV2Request;
import io.lambdaforge.events.cognito.UserMigrationRequest;
import io.lambdaforge.events.cognito.VerifyAuthChallengeRequest;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.runtime.internal.cognito.CognitoAdapter;
import io.lambdaforge.runtime.internal.core.Dispatch;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The sample events of every user-pool trigger and variant: recognised as Cognito events, and
 * answered by the runtime's handler for the trigger's request record (so they bind completely).
 */
class CognitoFamilyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, Class<?>> REQUESTS = Map.ofEntries(
      Map.entry("PreSignUp", PreSignUpRequest.class),
      Map.entry("PostConfirmation", PostConfirmationRequest.class),
      Map.entry("PreAuthentication", PreAuthenticationRequest.class),
      Map.entry("PostAuthentication", PostAuthenticationRequest.class),
      Map.entry("PreTokenGeneration", PreTokenGenerationRequest.class),
      Map.entry("PreTokenGenerationConfig", PreTokenGenerationV2Request.class),
      Map.entry("CustomMessage", CustomMessageRequest.class),
      Map.entry("DefineAuthChallenge", DefineAuthChallengeRequest.class),
      Map.entry("CreateAuthChallenge", CreateAuthChallengeRequest.class),
      Map.entry("VerifyAuthChallengeResponse", VerifyAuthChallengeRequest.class),
      Map.entry("UserMigration", UserMigrationRequest.class),
      Map.entry("InboundFederation", InboundFederationRequest.class));

  @Test
  void everyTriggerAndVariantHasAnEventItsHandlerAnswers() throws Exception {
    Set<CognitoTrigger> covered = new HashSet<>();
    for (String key : CognitoFamily.CONFIG_KEYS) {
      for (String variant : CognitoEvents.variants(key)) {
        ObjectNode event = CognitoEvents.event(key, variant);
        covered.add(CognitoTrigger.of(variant));
        assertEquals(Optional.of(Source.COGNITO_USER_POOL), SourceFamilies.recognize(event), variant);
        Object[] seen = new Object[1];
        Dispatch dispatch = CognitoAdapter.dispatch("fn", REQUESTS.get(key), (request, context) -> {
          seen[0] = request;
          return null;
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dispatch.handle(new ByteArrayInputStream(JSON.writeValueAsBytes(event)), out, null);
        JsonNode answered = JSON.readTree(out.toByteArray());
        assertEquals(variant, answered.path("triggerSource").asText());
        CognitoCall call = (CognitoCall) seen[0].getClass().getMethod("call").invoke(seen[0]);
        assertEquals(variant, call.triggerSource().wireName(), key);
        assertEquals("us-east-1_EXAMPLE", call.userPoolId());
      }
    }
    assertEquals(Set.of(CognitoTrigger.values()), covered, "every triggerSource has a sample");
  }

  @Test
  void theSampleFollowsTheFunctionsTriggerAndUnknownKeysAreRefused() {
    ObjectNode event = SourceFamilies.of(Source.COGNITO_USER_POOL)
        .sampleEvent(Source.COGNITO_USER_POOL, Optional.of(CognitoFamily.trigger("PreTokenGenerationConfig")));
    assertEquals("2", event.path("version").asText());
    assertEquals("TokenGeneration_HostedAuth", event.path("triggerSource").asText());
    assertThrows(IllegalArgumentException.class, () -> CognitoEvents.variants("PreSignup"));
    assertThrows(IllegalArgumentException.class, () -> CognitoFamily.trigger("PreSignup"));
  }

  @Test
  void theRealSamplesAreRecognised() throws Exception {
    for (String name : new String[] {"cognito-presignup-go.json", "cognito-pretokengen-v2-go.json",
        "cognito-migrateuser-go.json", "cognito-inbound-federation-oidc-go.json"}) {
      JsonNode event = JSON.readTree(Files.readAllBytes(Path.of("..", "testdata", "events", name)));
      assertEquals(Optional.of(Source.COGNITO_USER_POOL), SourceFamilies.recognize(event), name);
    }
  }
}
