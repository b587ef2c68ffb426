package io.lambdaforge.local.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The local signing key: an RSA key pair (RS256, as API Gateway's JWT authorizers accept only RSA
 * algorithms) that the {@code token} command signs test tokens with and that {@code serve} trusts by
 * default. Generated once, on first use, and kept as a private JWK in {@code
 * ~/.lambdaforge/local-signing-key.json} (owner-only permissions), so every project on this machine
 * and every run of the tool share it; {@code LAMBDAFORGE_HOME} moves the directory. It signs tokens
 * for local runs only: no deployed authorizer trusts it.
 */
public final class LocalSigningKey {
  /** The file name under the Lambdaforge home directory. */
  public static final String FILE = "local-signing-key.json";
  /** The {@code kid} of local tokens (a random suffix tells two machines' keys apart). */
  static final String KID_PREFIX = "lambdaforge-local-";

  private LocalSigningKey() {}

  /** {@code $LAMBDAFORGE_HOME}, else {@code ~/.lambdaforge}. */
  public static Path home() {
    String override = System.getenv("LAMBDAFORGE_HOME");
    if (override != null && !override.isBlank()) {
      return Path.of(override);
    }
    return Path.of(System.getProperty("user.home"), ".lambdaforge");
  }

  /** The key in {@link #home()}, created there on first use. */
  public static RSAKey loadOrCreate() {
    return loadOrCreate(home().resolve(FILE));
  }

  /**
   * The private key kept in {@code file}, generated and written there first when the file does not
   * exist (written to a temporary file, then moved into place).
   *
   * @throws IllegalStateException when the file exists but is not an RSA private JWK
   */
  public static RSAKey loadOrCreate(Path file) {
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      RSAKey key = RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
      if (!key.isPrivate()) {
        throw new IllegalStateException(file + " holds a public key only; delete it to have a new pair generated");
      }
      return key;
    } catch (ParseException e) {
      throw new IllegalStateException(file + " is not an RSA JWK (" + e.getMessage()
          + "); delete it to have a new key generated", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the local signing key " + file, e);
    }
  }

  private static void create(Path file) throws IOException {
    RSAKey key;
    try {
      key = new RSAKeyGenerator(2048)
          .keyID(KID_PREFIX + UUID.randomUUID().toString().substring(0, 8))
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate an RSA key with this JDK", e);
    }
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, ".signing-key", ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the directory's own protection applies
      }
      Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
