package io.lambdaforge.local.family.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.lambdaforge.local.gateway.LocalRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@link SigV4Signer} signs, {@link SigV4} (checked against AWS's test suite) accepts; any change is refused. */
class SigV4SignerTest {
  private static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
  private static final Map<String, String> ENV = Map.of("AWS_ACCESS_KEY_ID", "AKIDLOCAL", "AWS_SECRET_ACCESS_KEY", "s");

  private static LocalRequest signed(String path, String query, byte[] body, String secret) {
    List<Map.Entry<String, String>> headers = new ArrayList<>(List.of(Map.entry("Host", "localhost:3000")));
    headers.addAll(SigV4Signer.sign("POST", path, query, headers, body, "AKIDLOCAL", secret, "us-east-1",
        "execute-api", NOW));
    return new LocalRequest("POST", path, query, headers, body, "127.0.0.1");
  }

  @Test
  void aSignedRequestVerifiesAndAChangedOneDoesNot() {
    byte[] body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
    LocalRequest request = signed("/support/orders/caf%C3%A9", "b=2&a=1", body, "s");
    assertTrue(SigV4.verify(request, "execute-api", ENV::get, NOW).ok());
    LocalRequest otherBody = new LocalRequest("POST", request.rawPath(), request.rawQuery(), request.headers(),
        "{\"a\":2}".getBytes(StandardCharsets.UTF_8), "127.0.0.1");
    assertFalse(SigV4.verify(otherBody, "execute-api", ENV::get, NOW).ok());
    assertFalse(SigV4.verify(request, "lambda", ENV::get, NOW).ok(), "signed for another service");
    assertFalse(SigV4.verify(signed("/x", "", body, "wrong"), "execute-api", ENV::get, NOW).ok());
    assertFalse(SigV4.verify(request, "execute-api", ENV::get, NOW.plusSeconds(16 * 60)).ok(), "expired");
  }
}
