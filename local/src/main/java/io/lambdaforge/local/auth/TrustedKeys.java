package io.lambdaforge.local.auth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public keys {@code serve} verifies token signatures with, as an authorizer fetches them from
 * its issuer's {@code jwks_uri}: those of each {@code --jwks <file>} (a JSON Web Key Set, RFC 7517
 * section 5, as an identity provider publishes it) and, unless turned off, the local signing key's.
 * A token's {@code kid} header picks the key.
 */
public final class TrustedKeys {
  private final List<JWK> keys;

  private TrustedKeys(List<JWK> keys) {
    this.keys = List.copyOf(keys);
  }

  /** Exactly these keys (their public halves). */
  public static TrustedKeys of(List<? extends JWK> keys) {
    return new TrustedKeys(keys.stream().map(JWK::toPublicJWK).map(JWK.class::cast).toList());
  }

  /**
   * The keys of every file in {@code jwksFiles}, then {@code local}'s public half when present.
   *
   * @throws IllegalArgumentException naming the file that cannot be read or is not a key set
   */
  public static TrustedKeys load(List<Path> jwksFiles, Optional<RSAKey> local) {
    List<JWK> all = new ArrayList<>();
    for (Path file : jwksFiles) {
      try {
        JWKSet set = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
        if (set.getKeys().isEmpty()) {
          throw new IllegalArgumentException("--jwks " + file + " has no keys");
        }
        all.addAll(set.getKeys());
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read --jwks " + file + ": " + e.getMessage(), e);
      } catch (ParseException e) {
        throw new IllegalArgumentException("--jwks " + file + " is not a JSON Web Key Set ({\"keys\": [...]}): "
            + e.getMessage(), e);
      }
    }
    local.ifPresent(all::add);
    return of(all);
  }

  /** The key whose {@code kid} is {@code kid}, if trusted. */
  public Optional<JWK> byKeyId(String kid) {
    if (kid == null) {
      return Optional.empty();
    }
    return keys.stream().filter(k -> kid.equals(k.getKeyID())).findFirst();
  }

  /** How many keys are trusted. */
  public int size() {
    return keys.size();
  }

  /** The key set as JSON, public keys only. */
  public String toJson() {
    return new JWKSet(keys).toString(true);
  }
}
