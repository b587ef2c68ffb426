package io.lambdaforge.local.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies a bearer token as API Gateway's own authorizers do, against the {@link TrustedKeys}.
 *
 * <p>HTTP API JWT authorizer ("Control access to HTTP APIs with JWT authorizers",
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html): the
 * identity source holds the token, optionally prefixed with {@code Bearer}; only RSA algorithms;
 * the {@code kid} header must name a key; {@code iss} must equal the authorizer's issuer; {@code aud}
 * must match one of its audiences, and {@code client_id} is checked only when there is no {@code
 * aud} ("Troubleshooting issues with HTTP API JWT authorizers",
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-troubleshooting-jwt.html);
 * {@code exp} must be after now, {@code nbf} and {@code iat} before now; a route with scopes needs at
 * least one of them in the token's {@code scope} (space-separated) or {@code scp} claim. A failed
 * check is a 401 with the reason; missing scopes a 403. No clock skew is allowed.
 *
 * <p>Cognito user pool authorizer of a REST API ("Control access to REST APIs using Amazon Cognito
 * user pools as an authorizer",
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html):
 * {@code iss} is the pool's ({@code https://cognito-idp.<region>.amazonaws.com/<pool id>}); a method
 * without scopes takes an ID token ({@code token_use} {@code id}), a method with scopes an access
 * token ({@code token_use} {@code access}) carrying one of them in {@code scope}; there is no
 * audience check (any app client of the pool). Every failure is a 401.
 */
public final class JwtVerifier {
  private JwtVerifier() {}

  /** Which authorizer's rules apply. */
  public enum Rules {
    /** An HTTP API JWT authorizer. */
    HTTP_API_JWT,
    /** A REST API Cognito user pool authorizer. */
    COGNITO_USER_POOL
  }

  /**
   * What the authorizer and the route expect.
   *
   * @param issuer the {@code iss} a token must carry
   * @param audience the audiences one of which {@code aud} (or {@code client_id}) must match; unused
   *     for Cognito
   * @param scopes the route's scopes, one of which the token must carry; empty for none
   */
  public record Expectation(Rules rules, String issuer, List<String> audience, List<String> scopes) {
    public Expectation {
      audience = List.copyOf(audience);
      scopes = List.copyOf(scopes);
    }
  }

  /** The outcome: {@link Valid} or {@link Refused}. */
  public sealed interface Verdict permits Valid, Refused {}

  /**
   * A valid token: its claims as JSON values (numeric dates as epoch seconds) and its scopes.
   */
  public record Valid(Map<String, Object> claims, List<String> scopes) implements Verdict {}

  /**
   * A refused token: {@code forbidden} for a valid token without the route's scopes (403), else
   * 401; {@code error} is the OAuth error code ({@code invalid_token}, {@code insufficient_scope}) and
   * {@code description} says why.
   */
  public record Refused(boolean forbidden, String error, String description) implements Verdict {
    static Refused invalid(String description) {
      return new Refused(false, "invalid_token", description);
    }
  }

  /** The Cognito issuer of the user pool {@code arn:aws:cognito-idp:<region>:<account>:userpool/<id>}. */
  public static String cognitoIssuer(String userPoolArn) {
    String[] parts = userPoolArn.split(":", 6);
    if (parts.length != 6 || !parts[5].startsWith("userpool/")) {
      throw new IllegalArgumentException("not a user pool ARN: " + userPoolArn);
    }
    return "https://cognito-idp." + parts[3] + ".amazonaws.com/" + parts[5].substring("userpool/".length());
  }

  /**
   * Verifies the identity source's value {@code identity} (null when the request lacks it).
   */
  public static Verdict verify(String identity, TrustedKeys keys, Expectation expected, Instant now) {
    if (identity == null || identity.isBlank()) {
      return Refused.invalid("the request has no token in the authorizer's identity source");
    }
    String token = identity.strip();
    if (token.startsWith("Bearer ")) {
      token = token.substring("Bearer ".length()).strip();
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(token);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      return Refused.invalid("the token is not a signed JWT: " + e.getMessage());
    }
    JWSAlgorithm algorithm = jwt.getHeader().getAlgorithm();
    if (!JWSAlgorithm.Family.RSA.contains(algorithm)) {
      return Refused.invalid("the token is signed with " + algorithm + "; only RSA algorithms are supported");
    }
    Optional<JWK> key = keys.byKeyId(jwt.getHeader().getKeyID());
    if (key.isEmpty() || !(key.get() instanceof RSAKey rsa)) {
      return Refused.invalid("no trusted RSA key has the token's kid '" + jwt.getHeader().getKeyID()
          + "' (trusted: the local signing key and the --jwks files)");
    }
    try {
      JWSVerifier verifier = new RSASSAVerifier(rsa);
      if (!jwt.verify(verifier)) {
        return Refused.invalid("the token's signature is not valid");
      }
    } catch (JOSEException e) {
      return Refused.invalid("the token's signature cannot be checked: " + e.getMessage());
    }
    if (!expected.issuer().equals(claims.getIssuer())) {
      return Refused.invalid("the token does not have a valid issuer: '" + claims.getIssuer() + "', expected '"
          + expected.issuer() + "'");
    }
    Optional<Refused> timing = checkTimes(claims, now);
    if (timing.isPresent()) {
      return timing.get();
    }
    List<String> scopes = scopes(claims);
    if (expected.rules() == Rules.HTTP_API_JWT) {
      return httpApi(claims, scopes, expected);
    }
    return cognito(claims, scopes, expected);
  }

  private static Verdict httpApi(JWTClaimsSet claims, List<String> scopes, Expectation expected) {
    List<String> audience = claims.getAudience();
    if (!audience.isEmpty()) {
      if (audience.stream().noneMatch(expected.audience()::contains)) {
        return Refused.invalid("the token does not have a valid audience: aud " + audience + ", expected one of "
            + expected.audience());
      }
    } else {
      Object clientId = claims.getClaim("client_id");
      if (clientId == null || !expected.audience().contains(clientId.toString())) {
        return Refused.invalid("the token does not have a valid audience: no aud, client_id " + clientId
            + ", expected one of " + expected.audience());
      }
    }
    if (!expected.scopes().isEmpty() && scopes.stream().noneMatch(expected.scopes()::contains)) {
      return new Refused(true, "insufficient_scope", "expected scopes: " + expected.scopes() + ", the token has "
          + scopes);
    }
    return new Valid(claims.toJSONObject(), scopes);
  }

  private static Verdict cognito(JWTClaimsSet claims, List<String> scopes, Expectation expected) {
    Object tokenUse = claims.getClaim("token_use");
    if (expected.scopes().isEmpty()) {
      if (!"id".equals(tokenUse)) {
        return Refused.invalid("a method without OAuth scopes takes a Cognito ID token (token_use id), got token_use "
            + tokenUse);
      }
    } else {
      if (!"access".equals(tokenUse)) {
        return Refused.invalid("a method with OAuth scopes takes a Cognito access token (token_use access), got"
            + " token_use " + tokenUse);
      }
      if (scopes.stream().noneMatch(expected.scopes()::contains)) {
        return Refused.invalid("expected scopes: " + expected.scopes() + ", the token has " + scopes);
      }
    }
    return new Valid(claims.toJSONObject(), scopes);
  }

  private static Optional<Refused> checkTimes(JWTClaimsSet claims, Instant now) {
    Date exp = claims.getExpirationTime();
    if (exp == null) {
      return Optional.of(Refused.invalid("the token has no exp claim"));
    }
    if (!exp.toInstant().isAfter(now)) {
      return Optional.of(Refused.invalid("the token has expired (exp " + exp.toInstant() + ")"));
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && nbf.toInstant().isAfter(now)) {
      return Optional.of(Refused.invalid("the token is not valid yet (nbf " + nbf.toInstant() + ")"));
    }
    Date iat = claims.getIssueTime();
    if (iat != null && iat.toInstant().isAfter(now)) {
      return Optional.of(Refused.invalid("the token was issued in the future (iat " + iat.toInstant() + ")"));
    }
    return Optional.empty();
  }

  /** {@code scope} split on spaces, else {@code scp} as a list or a space-separated string. */
  static List<String> scopes(JWTClaimsSet claims) {
    Object scope = claims.getClaim("scope");
    if (scope == null) {
      scope = claims.getClaim("scp");
    }
    List<String> out = new ArrayList<>();
    if (scope instanceof Collection<?> list) {
      list.forEach(s -> out.add(String.valueOf(s)));
    } else if (scope != null) {
      for (String s : scope.toString().split(" ")) {
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
    }
    return out;
  }
}
