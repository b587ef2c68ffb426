package io.lambdaforge.local.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API JWT authorizer's and the REST Cognito authorizer's rules, on tokens minted with a
 * generated key (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html).
 */
class JwtVerifierTest {
  static final String ISSUER = "https://auth.example.com";
  static final Instant NOW = Instant.parse("2026-12-01T03:00:00Z");
  static final RSAKey KEY = key("test-key");
  static final TrustedKeys TRUSTED = TrustedKeys.of(List.of(KEY));

  static RSAKey key(String kid) {
    try {
      return new RSAKeyGenerator(2048).keyID(kid).generate();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static JwtVerifier.Expectation http(List<String> scopes) {
    return new JwtVerifier.Expectation(JwtVerifier.Rules.HTTP_API_JWT, ISSUER, List.of("orders-api"), scopes);
  }

  static String mint(TokenMinter.Spec spec) {
    return TokenMinter.mint(KEY, spec, NOW.minusSeconds(60));
  }

  static TokenMinter.Spec alice(String... scopes) {
    return TokenMinter.Spec.of(ISSUER, List.of("orders-api"), "alice", List.of(scopes));
  }

  @Test
  void aValidTokenGivesItsClaimsAndScopes() {
    String token = mint(alice("orders:read", "orders:write").withClaims(Map.of("tenant", "acme")));
    JwtVerifier.Valid valid = assertInstanceOf(JwtVerifier.Valid.class,
        JwtVerifier.verify("Bearer " + token, TRUSTED, http(List.of("orders:read")), NOW));
    assertEquals("alice", valid.claims().get("sub"));
    assertEquals("acme", valid.claims().get("tenant"));
    assertEquals(List.of("orders:read", "orders:write"), valid.scopes());
    // the Bearer prefix is optional
    assertInstanceOf(JwtVerifier.Valid.class, JwtVerifier.verify(token, TRUSTED, http(List.of()), NOW));
  }

  @Test
  void anExpiredTokenIsUnauthorized() {
    String token = mint(alice().withLifetime(Duration.ofSeconds(30)));
    JwtVerifier.Refused refused = assertInstanceOf(JwtVerifier.Refused.class,
        JwtVerifier.verify(token, TRUSTED, http(List.of()), NOW));
    assertFalse(refused.forbidden());
    assertEquals("invalid_token", refused.error());
    assertTrue(refused.description().contains("expired"), refused.description());
  }

  @Test
  void aWrongAudienceIsUnauthorized() {
    String token = mint(TokenMinter.Spec.of(ISSUER, List.of("another-api"), "alice", List.of()));
    JwtVerifier.Refused refused = assertInstanceOf(JwtVerifier.Refused.class,
        JwtVerifier.verify(token, TRUSTED, http(List.of()), NOW));
    assertFalse(refused.forbidden());
    assertTrue(refused.description().contains("valid audience"), refused.description());
  }

  @Test
  void clientIdCountsOnlyWithoutAud() {
    TokenMinter.Spec noAud = new TokenMinter.Spec(ISSUER, List.of(), "alice", List.of(), Map.of(),
        Duration.ofHours(1), Optional.empty(), Optional.of("orders-api"), Optional.empty());
    assertInstanceOf(JwtVerifier.Valid.class, JwtVerifier.verify(mint(noAud), TRUSTED, http(List.of()), NOW));
    // aud present and wrong: client_id is not looked at
    TokenMinter.Spec both = new TokenMinter.Spec(ISSUER, List.of("another-api"), "alice", List.of(), Map.of(),
        Duration.ofHours(1), Optional.empty(), Optional.of("orders-api"), Optional.empty());
    assertInstanceOf(JwtVerifier.Refused.class, JwtVerifier.verify(mint(both), TRUSTED, http(List.of()), NOW));
  }

  @Test
  void aMissingScopeIsForbidden() {
    String token = mint(alice("orders:read"));
    JwtVerifier.Refused refused = assertInstanceOf(JwtVerifier.Refused.class,
        JwtVerifier.verify(token, TRUSTED, http(List.of("orders:write", "orders:admin")), NOW));
    assertTrue(refused.forbidden());
    assertEquals("insufficient_scope", refused.error());
    // one of the route's scopes is enough
    assertInstanceOf(JwtVerifier.Valid.class,
        JwtVerifier.verify(token, TRUSTED, http(List.of("orders:admin", "orders:read")), NOW));
  }

  @Test
  void scpAsAListCountsAsScopes() {
    String token = mint(alice().withClaims(Map.of("scp", List.of("orders:read"))));
    assertInstanceOf(JwtVerifier.Valid.class, JwtVerifier.verify(token, TRUSTED, http(List.of("orders:read")), NOW));
  }

  @Test
  void notYetValidWrongIssuerUnknownKeyAndBadSignatureAreUnauthorized() {
    String early = mint(alice().withNotBefore(NOW.plusSeconds(600)));
    assertTrue(refusal(early).contains("not valid yet"), refusal(early));
    String otherIssuer = mint(TokenMinter.Spec.of("https://evil.example.com", List.of("orders-api"), "a", List.of()));
    assertTrue(refusal(otherIssuer).contains("valid issuer"), refusal(otherIssuer));
    String unknownKey = TokenMinter.mint(key("someone-else"), alice(), NOW);
    assertTrue(refusal(unknownKey).contains("kid"), refusal(unknownKey));
    // same kid, another key: the signature fails
    String forged = TokenMinter.mint(key("test-key"), alice(), NOW);
    assertTrue(refusal(forged).contains("signature"), refusal(forged));
    String tampered = mint(alice());
    String[] parts = tampered.split("\\.");
    String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1])).replace("alice", "mallory");
    String swapped = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
        + "." + parts[2];
    assertTrue(refusal(swapped).contains("signature"), refusal(swapped));
    assertTrue(refusal("not-a-jwt").contains("not a signed JWT"), refusal("not-a-jwt"));
    assertTrue(refusal(null).contains("no token"), refusal(null));
  }

  @Test
  void onlyRsaAlgorithmsAreAccepted() throws Exception {
    SignedJWT hs = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("test-key").build(),
        new JWTClaimsSet.Builder().issuer(ISSUER).audience("orders-api").expirationTime(Date.from(NOW.plusSeconds(60)))
            .build());
    hs.sign(new MACSigner(new byte[32]));
    assertTrue(refusal(hs.serialize()).contains("only RSA"), refusal(hs.serialize()));
  }

  private static String refusal(String token) {
    return assertInstanceOf(JwtVerifier.Refused.class, JwtVerifier.verify(token, TRUSTED, http(List.of()), NOW))
        .description();
  }

  @Test
  void cognitoTakesIdTokensWithoutScopesAndAccessTokensWithThem() {
    String pool = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Abc123";
    String issuer = JwtVerifier.cognitoIssuer(pool);
    assertEquals("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Abc123", issuer);
    TokenMinter.Spec base = TokenMinter.Spec.of(issuer, List.of("app-client"), "bob", List.of());
    String idToken = mint(base.withCognito("id", "app-client"));
    TokenMinter.Spec access = TokenMinter.Spec.of(issuer, List.of(), "bob", List.of("orders/read"))
        .withCognito("access", "app-client");
    String accessToken = mint(access);
    JwtVerifier.Expectation noScopes =
        new JwtVerifier.Expectation(JwtVerifier.Rules.COGNITO_USER_POOL, issuer, List.of(), List.of());
    JwtVerifier.Expectation scoped =
        new JwtVerifier.Expectation(JwtVerifier.Rules.COGNITO_USER_POOL, issuer, List.of(), List.of("orders/read"));
    JwtVerifier.Expectation otherScope =
        new JwtVerifier.Expectation(JwtVerifier.Rules.COGNITO_USER_POOL, issuer, List.of(), List.of("orders/write"));
    assertInstanceOf(JwtVerifier.Valid.class, JwtVerifier.verify(idToken, TRUSTED, noScopes, NOW));
    assertInstanceOf(JwtVerifier.Refused.class, JwtVerifier.verify(accessToken, TRUSTED, noScopes, NOW));
    assertInstanceOf(JwtVerifier.Valid.class, JwtVerifier.verify(accessToken, TRUSTED, scoped, NOW));
    assertInstanceOf(JwtVerifier.Refused.class, JwtVerifier.verify(idToken, TRUSTED, scoped, NOW));
    JwtVerifier.Refused unmet = assertInstanceOf(JwtVerifier.Refused.class,
        JwtVerifier.verify(accessToken, TRUSTED, otherScope, NOW));
    assertFalse(unmet.forbidden(), "a REST Cognito authorizer answers 401 for every failure");
  }

  @Test
  void theLocalKeyIsCreatedOnceAndTrustedWithJwksFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("home/local-signing-key.json");
    RSAKey first = LocalSigningKey.loadOrCreate(file);
    RSAKey again = LocalSigningKey.loadOrCreate(file);
    assertEquals(first.getKeyID(), again.getKeyID());
    assertTrue(first.getKeyID().startsWith(LocalSigningKey.KID_PREFIX));
    assertEquals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"),
        Files.getPosixFilePermissions(file));
    Path jwks = dir.resolve("jwks.json");
    Files.writeString(jwks, "{\"keys\":[" + KEY.toPublicJWK().toJSONString() + "]}");
    TrustedKeys keys = TrustedKeys.load(List.of(jwks), Optional.of(first));
    assertEquals(2, keys.size());
    assertTrue(keys.byKeyId("test-key").isPresent());
    assertFalse(keys.toJson().contains("\"d\""), "public keys only");
    String local = TokenMinter.mint(first, alice(), NOW.minusSeconds(5));
    assertInstanceOf(JwtVerifier.Valid.class, JwtVerifier.verify(local, keys, http(List.of()), NOW));
  }

  @Test
  void claimValuesFromTheCommandLine() {
    assertEquals("acme", TokenMinter.claimValue("acme"));
    assertEquals(42, TokenMinter.claimValue("42"));
    assertEquals(true, TokenMinter.claimValue("true"));
    assertEquals(List.of("admin", "ops"), TokenMinter.claimValue("[\"admin\",\"ops\"]"));
    assertEquals("2026-01-01", TokenMinter.claimValue("2026-01-01"));
  }
}
