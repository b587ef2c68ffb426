package io.lambdaforge.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.events.auth.AuthDecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values authorization code reads and writes, on their own. */
class AuthValuesTest {

  /**
   * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html:
   * "you can't set a JSON object or array as a valid value of any key in the context map".
   */
  @Test
  void aDecisionHoldsOnlyWhatTheGatewayKeeps() {
    AuthDecision d = AuthDecision.allow("u").with("s", "x").with("n", 3).with("d", 0.5)
        .with("b", true);
    assertEquals(Map.of("s", "x", "n", 3L, "d", 0.5, "b", true), d.context());
    assertEquals(List.of("s", "n", "d", "b"), List.copyOf(d.context().keySet()));
    assertEquals(Map.of(), AuthDecision.allow("u").context(), "with returns a new decision");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new AuthDecision(true, "u", Map.of("roles", List.of("a"))));
    assertTrue(e.getMessage().contains("only string, number and boolean"), e.getMessage());
    assertThrows(NullPointerException.class, () -> AuthDecision.deny(null));
  }

  @Test
  void claimInstantsFromEverySourcesForm() throws Exception {
    Instant expected = Instant.parse("2016-07-29T18:52:53Z");
    assertEquals(expected, Converters.CLAIM_INSTANT.convert("1469818373"));
    assertEquals(expected, Converters.CLAIM_INSTANT.convert("Fri Jul 29 18:52:53 UTC 2016"));
    assertEquals(expected, Converters.CLAIM_INSTANT.convert("2016-07-29T18:52:53Z"));
    assertEquals(expected.plusMillis(500), Converters.CLAIM_INSTANT.convert("1469818373.5"));
    assertThrows(Exception.class, () -> Converters.CLAIM_INSTANT.convert("yesterday"));
  }

  @Test
  void claimsNormaliseToTextsAndLists() {
    assertEquals(List.of("admin", "ops"), AuthReader.normalise("[admin ops]"));
    assertEquals(List.of(), AuthReader.normalise("[]"));
    assertEquals(List.of("a", "1", "true"), AuthReader.normalise(List.of("a", 1, true)));
    assertEquals("1469818373", AuthReader.normalise(new BigDecimal("1469818373.0")));
    assertEquals("1469818373", AuthReader.normalise(1469818373L));
    assertEquals("0.5", AuthReader.normalise(0.5));
    assertEquals("true", AuthReader.normalise(true));
    assertEquals(null, AuthReader.normalise(Map.of("nested", 1)));
  }

  @Test
  void aCachedPolicyNamesTheWholeStage() {
    assertEquals("arn:aws:execute-api:us-east-1:123456789012:s4x3opwd6i/test/*",
        AuthorizerHandler.stageWide(
            "arn:aws:execute-api:us-east-1:123456789012:s4x3opwd6i/test/GET/request"));
    assertEquals("arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/*",
        AuthorizerHandler.stageWide("arn:aws:execute-api:us-west-2:123456789012:ymy8tbxw7b/*/GET/"));
    assertEquals("arn:aws:execute-api:us-west-2:1:api", AuthorizerHandler.stageWide(
        "arn:aws:execute-api:us-west-2:1:api"));
  }
}
