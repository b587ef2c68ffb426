package io.lambdaforge.local.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.local.auth.Authorizers;
import io.lambdaforge.local.gateway.SampleRequests;
import io.lambdaforge.local.auth.JwtVerifier;
import io.lambdaforge.local.auth.TokenMinter;
import io.lambdaforge.local.auth.TrustedKeys;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.app.SampleEvents;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.local.gateway.LocalRequest;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.invoke.LocalFunction;
import io.lambdaforge.local.invoke.RequestIds;
import io.lambdaforge.local.server.LocalGateway;
import io.lambdaforge.local.server.LocalRoute;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Runs the Lambdaforge application on the test class path in-process, for JUnit tests (with
 * {@code Source}'s constants statically imported):
 *
 * <pre>{@code
 * static LocalLambda app = LocalLambda.fromClasspath();
 *
 * @Test void getsAnOrder() {
 *   HttpResult response = app.request(API_GATEWAY_HTTP, Request.get("/orders/42"));
 *   assertEquals(200, response.status());
 *   assertEquals("application/json", response.header("content-type"));
 *   assertEquals(42, response.bodyJson().get("id").asInt());
 * }
 *
 * @Test void rejectsABadEvent() {
 *   Invocation invocation = app.invoke("getOrder", Files.readString(Path.of("events/get-order.json")));
 *   assertEquals(400, invocation.http().status());
 * }
 * }</pre>
 *
 * <p>It reads {@code META-INF/lambdaforge/functions.json} (written by the processor into the
 * class output) and runs each function as Lambda does (see {@link
 * io.lambdaforge.local.invoke.LocalFunction}): execution environments with their own class loader
 * and adapter instance, one invocation at a time each, init once, up to the concurrency limit;
 * nothing is shared between functions but the packages given to {@link Builder#share}.
 * Invocations get a Lambda {@code Context} with the function's name, memory and remaining time,
 * their timeout is enforced, and the declared environment is readable through {@link
 * io.lambdaforge.local.invoke.LocalEnvironment} (not through {@code System.getenv}). Thread-safe.
 */
public final class LocalLambda implements AutoCloseable {
  /** Answers as a gateway without routing; all {@link Invocation#http()} needs. */
  private static final LocalGateway ANSWERS = new LocalGateway(List.of(), Optional.empty(), Json.copy());

  private final LocalApp app;
  private final RSAKey signingKey;
  private final Authorizers authorizers;
  private volatile LocalGateway gateway;

  private LocalLambda(LocalApp app, List<Path> jwks, UnaryOperator<String> env) {
    this.app = app;
    this.signingKey = ephemeralKey();
    this.authorizers = app.authorizers(TrustedKeys.load(jwks, Optional.of(signingKey)), env);
  }

  /** A key for this instance's tokens only: tests touch no file and trust nothing left from a run. */
  private static RSAKey ephemeralKey() {
    try {
      return new RSAKeyGenerator(2048).keyID("lambdaforge-test-" + UUID.randomUUID().toString().substring(0, 8))
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate an RSA key with this JDK", e);
    }
  }

  /**
   * The application whose descriptor the current thread's context class loader sees, run with the
   * default execution model: every environment isolated, nothing shared, {@value
   * LocalFunction#DEFAULT_CONCURRENCY} environments per function.
   */
  public static LocalLambda fromClasspath() {
    return builder().build();
  }

  /**
   * The application whose descriptor {@code loader} sees; function logs go to stderr.
   *
   * @throws io.lambdaforge.local.app.AppException when there is no or an invalid descriptor
   */
  public static LocalLambda fromClassLoader(ClassLoader loader) {
    return builder().classLoader(loader).build();
  }

  /**
   * A builder, for sharing a package on purpose (an in-memory store that stands in for the
   * database deployed functions share), another concurrency limit, or isolation off:
   *
   * <pre>{@code
   * static LocalLambda app = LocalLambda.builder().share("com.acme.store").build();
   * }</pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocalLambda}. */
  public static final class Builder {
    private ClassLoader loader;
    private ExecutionModel model = ExecutionModel.DEFAULT;
    private PrintStream log = System.err;
    private final List<Path> jwks = new ArrayList<>();
    private Map<String, String> credentials;

    private Builder() {}

    /**
     * The access key pair API Gateway routes with {@code AWS_IAM} check SigV4 signatures against
     * (default: this process's {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}); sign
     * requests with {@link Request#signed}. Function URLs keep checking the process's environment.
     */
    public Builder awsCredentials(String accessKeyId, String secretAccessKey) {
      credentials = Map.of("AWS_ACCESS_KEY_ID", accessKeyId, "AWS_SECRET_ACCESS_KEY", secretAccessKey);
      return this;
    }

    /**
     * Trusts the keys of a JSON Web Key Set file too (an identity provider's published keys), besides
     * this instance's own signing key that {@link LocalLambda#token} uses.
     */
    public Builder jwks(Path file) {
      jwks.add(file);
      return this;
    }

    /** Where the application is (default: the current thread's context class loader). */
    public Builder classLoader(ClassLoader loader) {
      this.loader = loader;
      return this;
    }

    /**
     * Loads {@code packages} once for every function and environment: their statics are shared on
     * purpose, as a database is shared by deployed functions. Types that cross between functions
     * through them (the records a store keeps) belong in these packages too.
     */
    public Builder share(String... packages) {
      model = model.share(packages);
      return this;
    }

    /** The most environments per function (default {@value LocalFunction#DEFAULT_CONCURRENCY}). */
    public Builder concurrency(int limit) {
      model = model.concurrency(limit);
      return this;
    }

    /** Whether each environment loads the application's classes itself (default true). */
    public Builder isolation(boolean on) {
      model = model.isolated(on);
      return this;
    }

    /**
     * How each environment is isolated: {@link ExecutionModel.Mode#JVM} runs each in its own JVM
     * with Lambda's heap settings, and REPORT's Max Memory Used is that JVM's peak.
     */
    public Builder isolation(ExecutionModel.Mode mode) {
      model = model.mode(mode);
      return this;
    }

    /** Where function logs and START/END/REPORT lines go (default stderr). */
    public Builder log(PrintStream log) {
      this.log = log;
      return this;
    }

    /** @throws io.lambdaforge.local.app.AppException when there is no or an invalid descriptor */
    public LocalLambda build() {
      ClassLoader from = loader;
      if (from == null) {
        from = Thread.currentThread().getContextClassLoader();
      }
      if (from == null) {
        from = LocalLambda.class.getClassLoader();
      }
      UnaryOperator<String> env = credentials == null ? System::getenv : credentials::get;
      return new LocalLambda(LocalApp.fromClassLoader(from, log, model), jwks, env);
    }
  }

  /** The function names, sorted. */
  public List<String> functions() {
    return app.application().functions().stream().map(FunctionSpec::name).toList();
  }

  /** The function's configuration as the descriptor declares it. */
  public FunctionSpec function(String name) {
    return app.function(name);
  }

  /** Invokes {@code function} once with {@code event} (any source's event or an SDK payload). */
  public Invocation invoke(String function, byte[] event) {
    LocalFunction target = app.load(function);
    LocalFunction.Run run = target.run(event, RequestIds.next(), null);
    return new Invocation(function, run.result(), detect(event), ANSWERS, run.report());
  }

  /**
   * How many execution environments of {@code function} were created so far, each by one init
   * (its static initialisers and constructor).
   */
  public int inits(String function) {
    return app.load(function).inits();
  }

  /** Invokes {@code function} with a JSON event given as text. */
  public Invocation invoke(String function, String eventJson) {
    return invoke(function, eventJson.getBytes(StandardCharsets.UTF_8));
  }

  /** Invokes {@code function} with a JSON event. */
  public Invocation invoke(String function, JsonNode event) {
    try {
      return invoke(function, Json.writer().writeValueAsBytes(event));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot serialize the event", e);
    }
  }

  /** Invokes {@code function} with the JSON event in {@code file}. */
  public Invocation invoke(String function, Path file) {
    try {
      return invoke(function, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the event " + file, e);
    }
  }

  /** The sample event {@code source} sends for {@code function}'s route (see the events command). */
  public JsonNode sampleEvent(String function, Source source) {
    return SampleEvents.forFunction(app.function(function), Optional.of(source), app.application().authorizers());
  }

  /** Invokes {@code function} with its sample event for {@code source}. */
  public Invocation invokeSample(String function, Source source) {
    return invoke(function, sampleEvent(function, source));
  }

  /**
   * The sample event of {@code source} in the named {@code variant} (S3 Batch: schema {@code 1.0} or
   * {@code 2.0}; Cognito: a {@code triggerSource}), as {@code events --variant} prints it.
   */
  public JsonNode sampleEvent(String function, Source source, String variant) {
    return SampleEvents.forFunction(app.function(function), Optional.of(source), Optional.of(variant));
  }

  /** Invokes {@code function} with its sample event for {@code source} in {@code variant}. */
  public Invocation invokeSample(String function, Source source, String variant) {
    return invoke(function, sampleEvent(function, source, variant));
  }

  /**
   * Sends {@code request} through the gateway of {@code source}: routes it among that source's
   * routes (404 when none matches), builds the exact event, invokes the function and returns the
   * gateway's response.
   */
  public HttpResult request(Source source, Request request) {
    if (SourceFamilies.frontDoor(source).isEmpty()) {
      throw new IllegalArgumentException(source + " invocations have no HTTP request; use invoke(function, event)");
    }
    if (SourceFamilies.frontDoor(source).get().hostPerFunction()) {
      List<String> owners = app.routes().stream().filter(r -> r.source() == source)
          .map(r -> r.function().name()).distinct().toList();
      if (owners.size() != 1) {
        throw new IllegalArgumentException("each function has its own " + source + " host, and "
            + (owners.isEmpty() ? "none has one" : owners.size() + " functions have one " + owners)
            + "; use request(function, " + source + ", request)");
      }
      return request(owners.get(0), source, request);
    }
    LocalRequest local = new LocalRequest(request.method(), request.rawPath(), request.rawQuery(),
        request.headers(), request.body(), "127.0.0.1");
    LocalGateway.Exchange exchange = gateway().handle(local, host(request), Optional.of(source));
    return new HttpResult(exchange.response(), exchange.function(), exchange.report());
  }

  /**
   * Sends {@code request} to {@code function}'s own host of {@code source} (its function URL): every
   * path reaches the function, whose adapter routes; under {@code AWS_IAM} the request must be signed
   * with SigV4 using the environment's {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY},
   * else the answer is 403.
   */
  public HttpResult request(String function, Source source, Request request) {
    app.function(function);
    List<LocalRoute> routes = app.routes().stream()
        .filter(r -> r.source() == source && r.function().name().equals(function)).toList();
    if (routes.isEmpty()) {
      throw new IllegalArgumentException("function " + function + " has no " + source + " route");
    }
    LocalRequest local = new LocalRequest(request.method(), request.rawPath(), request.rawQuery(),
        request.headers(), request.body(), "127.0.0.1");
    LocalGateway.Exchange exchange = new LocalGateway(routes, Optional.of(source), Json.copy(), Optional.empty(),
        authorizers).handle(local, host(request), Optional.of(source));
    return new HttpResult(exchange.response(), exchange.function());
  }

  private static String host(Request request) {
    return request.headers().stream()
        .filter(h -> h.getKey().equalsIgnoreCase("host"))
        .map(java.util.Map.Entry::getValue)
        .findFirst()
        .orElse(SampleRequests.HOST);
  }

  private LocalGateway gateway() {
    LocalGateway current = gateway;
    if (current == null) {
      synchronized (this) {
        if (gateway == null) {
          gateway = new LocalGateway(app.routes(), Optional.empty(), Json.copy(), Optional.empty(), authorizers);
        }
        current = gateway;
      }
    }
    return current;
  }

  /**
   * A bearer token for the application's only JWT or Cognito authorizer, for {@code subject} with
   * {@code scopes}, valid for an hour and signed with this instance's key, which its gateways trust:
   * {@code app.request(API_GATEWAY_HTTP, Request.get("/orders").bearer(app.token("alice", "orders:read")))}.
   */
  public String token(String subject, String... scopes) {
    return token(subject, List.of(scopes), Map.of());
  }

  /** A token as {@link #token(String, String...)} with further claims ({@code tenant}, groups, ...). */
  public String token(String subject, List<String> scopes, Map<String, Object> claims) {
    List<AuthorizerSpec> tokens = app.application().authorizers().stream()
        .filter(a -> a.kind() == AuthorizerKind.JWT || a.kind() == AuthorizerKind.COGNITO).toList();
    if (tokens.size() != 1) {
      throw new IllegalArgumentException("the application has " + tokens.size() + " JWT or Cognito authorizers "
          + tokens.stream().map(AuthorizerSpec::name).toList() + "; use token(authorizer, subject, scopes, claims)");
    }
    return token(tokens.get(0).name(), subject, scopes, claims);
  }

  /**
   * A token for the JWT or Cognito authorizer {@code authorizer}: its issuer and first audience (a
   * Cognito ID token, or an access token when {@code scopes} are given), signed with this instance's
   * key.
   */
  public String token(String authorizer, String subject, List<String> scopes, Map<String, Object> claims) {
    AuthorizerSpec spec = app.application().authorizers().stream().filter(a -> a.name().equals(authorizer))
        .findFirst().orElseThrow(() -> new IllegalArgumentException("no authorizer " + authorizer));
    TokenMinter.Spec token = switch (spec.kind()) {
      case JWT -> TokenMinter.Spec.of(spec.issuer(), List.of(spec.audience().get(0)), subject, scopes);
      case COGNITO -> TokenMinter.Spec.of(JwtVerifier.cognitoIssuer(spec.userPoolArn()),
              scopes.isEmpty() ? List.of("lambdaforge-local") : List.of(), subject, scopes)
          .withCognito(scopes.isEmpty() ? "id" : "access", "lambdaforge-local");
      default -> throw new IllegalArgumentException("authorizer " + authorizer + " is a " + spec.kind()
          + " authorizer, which takes no token minted here; send what its function expects");
    };
    return TokenMinter.mint(signingKey, token.withClaims(claims), Instant.now());
  }

  /** How many times the Lambda authorizer {@code authorizer} ran (answers from its cache do not count). */
  public int authorizerInvocations(String authorizer) {
    return authorizers.invocations(authorizer);
  }

  /** The source an event comes from, by its shape (see the event-formats cheat-sheet). */
  static Optional<Source> detect(byte[] event) {
    JsonNode node;
    try {
      node = Json.reader().readTree(event);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    return SourceFamilies.recognize(node);
  }

  @Override
  public void close() {
    app.close();
  }
}
