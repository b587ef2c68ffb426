package io.lambdaforge.local.cli;

import com.nimbusds.jose.jwk.RSAKey;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.auth.JwtVerifier;
import io.lambdaforge.local.auth.LocalSigningKey;
import io.lambdaforge.local.auth.TokenMinter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
        "Mints a signed test token for one of the application's JWT (HTTP API) or Cognito (REST) authorizers,"
            + " with the local signing key that serve trusts by default, and prints it on stdout:",
        "  TOKEN=$(java -jar lambdaforge-local.jar token --classpath <cp> --sub alice --scope orders:read"
            + " --claim tenant=acme)",
        "  curl -H \"Authorization: Bearer $TOKEN\" localhost:3000/orders",
        "The issuer and audience are the authorizer's (from --classpath; --authorizer picks one when there are"
            + " several), or --issuer and --audience. A Cognito authorizer gets an ID token (token_use id, aud the"
            + " client), or an access token (token_use access, client_id, scope) when scopes are asked for.",
        "The key is generated once and kept in ~/.lambdaforge/local-signing-key.json ($LAMBDAFORGE_HOME moves"
            + " it); no deployed authorizer trusts it."})
final class TokenCommand implements Callable<Integer> {
  /** The app client id local Cognito tokens carry. */
  static final String LOCAL_CLIENT = "lambdaforge-local";
  private final Console console;

  @Spec
  CommandSpec spec;

  @Option(names = "--classpath", paramLabel = "<cp>",
      description = "The application, to take the authorizer's issuer and audience from.")
  String classpath;

  @Option(names = "--authorizer", paramLabel = "<name>",
      description = "Which JWT or Cognito authorizer (default: the application's only one).")
  String authorizer;

  @Option(names = "--issuer", paramLabel = "<url>", description = "iss, instead of an authorizer's.")
  String issuer;

  @Option(names = "--audience", paramLabel = "<aud>", split = ",",
      description = "aud (default: the authorizer's first audience).")
  List<String> audience = List.of();

  @Option(names = "--sub", required = true, paramLabel = "<subject>", description = "sub: who the token is for.")
  String subject;

  @Option(names = "--scope", paramLabel = "<scope>", split = ",",
      description = "A scope in the scope claim (repeatable, or comma-separated).")
  List<String> scopes = List.of();

  @Option(names = "--claim", paramLabel = "<name=value>",
      description = "Another claim (repeatable); a value that is JSON (42, true, [\"a\",\"b\"]) stays JSON,"
          + " anything else is a string.")
  List<String> claims = List.of();

  @Option(names = "--expires-in", defaultValue = "3600", paramLabel = "<seconds>",
      description = "Lifetime: exp is now plus this (default: ${DEFAULT-VALUE}; negative mints an expired token).")
  long expiresIn;

  @Option(names = "--token-use", paramLabel = "<id|access>",
      description = "Cognito's token_use (default: access with --scope, else id).")
  String tokenUse;

  @Option(names = "--key", paramLabel = "<file>",
      description = "The signing key file (default: ~/.lambdaforge/local-signing-key.json, created on first use).")
  Path keyFile;

  TokenCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Map<String, Object> extra = new LinkedHashMap<>();
    for (String claim : claims) {
      int eq = claim.indexOf('=');
      if (eq <= 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--claim must be name=value, got '" + claim + "'");
      }
      extra.put(claim.substring(0, eq), TokenMinter.claimValue(claim.substring(eq + 1)));
    }
    TokenMinter.Spec token = spec(extra);
    RSAKey key;
    try {
      key = keyFile == null ? LocalSigningKey.loadOrCreate() : LocalSigningKey.loadOrCreate(keyFile);
    } catch (RuntimeException e) {
      throw new CliException(ExitCodes.APP, "cannot use the local signing key: " + e.getMessage(), e);
    }
    Instant now = Instant.now();
    console.out().println(TokenMinter.mint(key, token, now));
    console.err().printf("signed with %s (kid %s), iss %s, %s, expires %s%n",
        keyFile == null ? LocalSigningKey.home().resolve(LocalSigningKey.FILE) : keyFile, key.getKeyID(),
        token.issuer(), token.audience().isEmpty() ? "client_id " + token.clientId().orElse("-")
            : "aud " + String.join(",", token.audience()), now.plus(token.lifetime()));
    return ExitCodes.OK;
  }

  private TokenMinter.Spec spec(Map<String, Object> extra) {
    Duration lifetime = Duration.ofSeconds(expiresIn);
    if (issuer != null) {
      return TokenMinter.Spec.of(issuer, audience, subject, scopes).withClaims(extra).withLifetime(lifetime);
    }
    if (classpath == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "give --classpath (to use an authorizer's issuer and audience) or --issuer and --audience");
    }
    AuthorizerSpec chosen;
    try (LocalApp app = LocalApp.fromClasspath(classpath, console.err())) {
      chosen = choose(app.application().authorizers());
    }
    if (chosen.kind() == AuthorizerKind.JWT) {
      List<String> aud = audience.isEmpty() ? List.of(chosen.audience().get(0)) : audience;
      return TokenMinter.Spec.of(chosen.issuer(), aud, subject, scopes).withClaims(extra).withLifetime(lifetime);
    }
    String use = tokenUse != null ? tokenUse : scopes.isEmpty() ? "id" : "access";
    if (!use.equals("id") && !use.equals("access")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--token-use must be id or access, got " + use);
    }
    String client = audience.isEmpty() ? LOCAL_CLIENT : audience.get(0);
    String iss = JwtVerifier.cognitoIssuer(chosen.userPoolArn());
    return TokenMinter.Spec.of(iss, use.equals("id") ? List.of(client) : List.of(), subject, scopes)
        .withCognito(use, client).withClaims(extra).withLifetime(lifetime);
  }

  private AuthorizerSpec choose(List<AuthorizerSpec> all) {
    List<AuthorizerSpec> tokens = all.stream()
        .filter(a -> a.kind() == AuthorizerKind.JWT || a.kind() == AuthorizerKind.COGNITO).toList();
    String names = tokens.stream().map(AuthorizerSpec::name).collect(Collectors.joining(", "));
    if (authorizer != null) {
      Optional<AuthorizerSpec> named = tokens.stream().filter(a -> a.name().equals(authorizer)).findFirst();
      return named.orElseThrow(() -> new CliException(ExitCodes.APP, "no JWT or Cognito authorizer '" + authorizer
          + "'; the application has: " + (names.isEmpty() ? "none" : names)));
    }
    if (tokens.size() != 1) {
      throw new CliException(ExitCodes.APP, tokens.isEmpty()
          ? "the application declares no JWT or Cognito authorizer; give --issuer and --audience"
          : "the application has several token authorizers (" + names + "); choose one with --authorizer");
    }
    return tokens.get(0);
  }
}
