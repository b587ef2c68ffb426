package io.lambdaforge.local.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

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
  private volatile LocalGateway gateway;

  private LocalLambda(LocalApp app) {
    this.app = app;
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

    private Builder() {}

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
      return new LocalLambda(LocalApp.fromClassLoader(from, log, model));
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
    return SampleEvents.forFunction(app.function(function), Optional.of(source));
  }

  /** Invokes {@code function} with its sample event for {@code source}. */
  public Invocation invokeSample(String function, Source source) {
    return invoke(function, sampleEvent(function, source));
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
    LocalGateway.Exchange exchange = new LocalGateway(routes, Optional.of(source), Json.copy())
        .handle(local, host(request), Optional.of(source));
    return new HttpResult(exchange.response(), exchange.function());
  }

  private static String host(Request request) {
    return request.headers().stream()
        .filter(h -> h.getKey().equalsIgnoreCase("host"))
        .map(java.util.Map.Entry::getValue)
        .findFirst()
        .orElse(SampleEvents.HOST);
  }

  private LocalGateway gateway() {
    LocalGateway current = gateway;
    if (current == null) {
      synchronized (this) {
        if (gateway == null) {
          gateway = new LocalGateway(app.routes(), Optional.empty(), Json.copy());
        }
        current = gateway;
      }
    }
    return current;
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
