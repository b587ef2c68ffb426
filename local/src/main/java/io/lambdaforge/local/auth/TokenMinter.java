package io.lambdaforge.local.auth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Mints RS256-signed test tokens with the local signing key, shaped like an identity provider's:
 * {@code iss}, {@code sub}, {@code aud} (or, for a Cognito access token, {@code client_id}), {@code
 * iat}, {@code exp}, {@code jti}, {@code scope} (space-separated, as OAuth 2.0 and Cognito write it),
 * {@code token_use} for Cognito, and any other claims.
 */
public final class TokenMinter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private TokenMinter() {}

  /**
   * What to put in a token.
   *
   * @param audience {@code aud}; empty for none (then {@code clientId} identifies the client)
   * @param tokenUse Cognito's {@code token_use} ({@code id} or {@code access}), empty for none
   * @param clientId {@code client_id} (Cognito access tokens carry it instead of {@code aud}), empty for none
   * @param claims further claims, values as JSON ({@code String}, {@code Number}, {@code Boolean},
   *     {@code List}, {@code Map})
   * @param notBefore {@code nbf}, empty for none
   */
  public record Spec(String issuer, List<String> audience, String subject, List<String> scopes,
      Map<String, Object> claims, Duration lifetime, Optional<String> tokenUse, Optional<String> clientId,
      Optional<Instant> notBefore) {
    public Spec {
      audience = List.copyOf(audience);
      scopes = List.copyOf(scopes);
      claims = new LinkedHashMap<>(claims);
    }

    /** A token for {@code issuer} and {@code audience}, valid for an hour, without further claims. */
    public static Spec of(String issuer, List<String> audience, String subject, List<String> scopes) {
      return new Spec(issuer, audience, subject, scopes, Map.of(), Duration.ofHours(1), Optional.empty(),
          Optional.empty(), Optional.empty());
    }

    public Spec withClaims(Map<String, Object> more) {
      Map<String, Object> all = new LinkedHashMap<>(claims);
      all.putAll(more);
      return new Spec(issuer, audience, subject, scopes, all, lifetime, tokenUse, clientId, notBefore);
    }

    public Spec withLifetime(Duration value) {
      return new Spec(issuer, audience, subject, scopes, claims, value, tokenUse, clientId, notBefore);
    }

    public Spec withCognito(String use, String client) {
      return new Spec(issuer, audience, subject, scopes, claims, lifetime, Optional.of(use), Optional.of(client),
          notBefore);
    }

    public Spec withNotBefore(Instant value) {
      return new Spec(issuer, audience, subject, scopes, claims, lifetime, tokenUse, clientId, Optional.of(value));
    }
  }

  /** The compact serialization of a token for {@code spec}, issued at {@code now}. */
  public static String mint(RSAKey key, Spec spec, Instant now) {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder();
    spec.claims().forEach(claims::claim);
    claims.issuer(spec.issuer())
        .subject(spec.subject())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(spec.lifetime())))
        .jwtID(UUID.randomUUID().toString());
    if (spec.audience().size() == 1) {
      claims.audience(spec.audience().get(0));
    } else if (!spec.audience().isEmpty()) {
      claims.audience(spec.audience());
    }
    spec.notBefore().ifPresent(nbf -> claims.notBeforeTime(Date.from(nbf)));
    if (!spec.scopes().isEmpty()) {
      claims.claim("scope", String.join(" ", spec.scopes()));
    }
    spec.tokenUse().ifPresent(use -> claims.claim("token_use", use));
    spec.clientId().ifPresent(id -> claims.claim("client_id", id));
    SignedJWT jwt = new SignedJWT(
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
        claims.build());
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign with the local key " + key.getKeyID() + ": " + e.getMessage(), e);
    }
    return jwt.serialize();
  }

  /**
   * A claim value given on the command line: JSON when it parses as a JSON number, boolean, array or
   * object ({@code 42}, {@code true}, {@code ["admin","ops"]}), else the text itself.
   */
  public static Object claimValue(String text) {
    try {
      JsonNode node = JSON.readTree(text);
      if (node != null && (node.isNumber() || node.isBoolean() || node.isArray() || node.isObject())) {
        return JSON.convertValue(node, Object.class);
      }
    } catch (IOException e) {
      // plain text
    }
    return text;
  }
}
