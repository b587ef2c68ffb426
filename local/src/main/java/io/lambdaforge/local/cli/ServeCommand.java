package io.lambdaforge.local.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.descriptor.report.CostReport;
import com.nimbusds.jose.jwk.RSAKey;
import io.lambdaforge.descriptor.model.AuthorizerKind;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.local.app.ClassWatcher;
import io.lambdaforge.local.auth.LocalSigningKey;
import io.lambdaforge.local.auth.TrustedKeys;
import io.lambdaforge.local.app.LocalApp;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.openapi.RequestValidator;
import io.lambdaforge.local.server.ApiPage;
import io.lambdaforge.local.server.DevServer;
import io.lambdaforge.local.server.InvokeApiServer;
import io.lambdaforge.local.server.LocalGateway;
import io.lambdaforge.local.server.LocalRoute;
import io.lambdaforge.runtime.internal.json.Json;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
        "Serves every HTTP route of the application: each request becomes the event its source"
            + " (HTTP API, REST API or ALB) would send, the generated adapter runs in-process with"
            + " the function's memory, timeout and environment, and its response becomes the"
            + " gateway's HTTP response.",
        "Environment: the functions' declared variables are put into the process environment (the"
            + " tool re-runs itself in a child JVM that has them), so System.getenv() sees them. When"
            + " two functions declare one variable with different values, each function's values are"
            + " bound to its invoking thread instead (io.lambdaforge.local.invoke.LocalEnvironment)"
            + " and a warning lists what System.getenv() lacks.",
        "Also serves the Lambda Invoke API for every function on --lambda-port (like sam local"
            + " start-lambda), so the AWS SDK (endpointOverride), generated typed clients and"
            + " aws lambda invoke --endpoint-url http://127.0.0.1:3001 call functions locally.",
        "Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
  private final Console console;

  @Spec
  CommandSpec spec;

  @Option(names = "--classpath", required = true, paramLabel = "<cp>",
      description = "The application's class output and dependency jars, separated by the path"
          + " separator like java -cp.")
  String classpath;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
  String host;

  @Option(names = "--port", defaultValue = "3000", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--lambda-port", defaultValue = "3001",
      description = "Port of the Lambda Invoke API (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int lambdaPort;

  @Option(names = "--url-port", defaultValue = "3010",
      description = "First port of the function URLs: each function with a function URL is its own host,"
          + " on this port and the next ones in name order (default: ${DEFAULT-VALUE}; 0 picks free ones).")
  int urlPort;

  @Option(names = "--no-lambda", description = "Do not serve the Lambda Invoke API.")
  boolean noLambda;

  @Option(names = "--source", paramLabel = "<source>",
      description = "Source to emulate when a path has routes under several sources:"
          + " API_GATEWAY_HTTP, API_GATEWAY_REST or ALB (default: that order).")
  Source source;

  @Option(names = "--concurrency", defaultValue = "10", paramLabel = "<n>",
      description = "Most execution environments per function (default: ${DEFAULT-VALUE}); past it a request is"
          + " throttled as Lambda throttles it (the Invoke API answers 429 TooManyRequestsException, the"
          + " gateways their own error).")
  int concurrency;

  @Option(names = "--share", paramLabel = "<package>", split = ",",
      description = "A package every function and environment loads once and shares on purpose, such as an"
          + " in-memory store standing in for a database (repeatable, or comma-separated).")
  List<String> share = List.of();

  @Option(names = "--isolation", defaultValue = "classloader", paramLabel = "<mode>",
      description = "classloader (default): each execution environment loads the application's classes"
          + " itself, so functions share no statics; none: one class loader for all functions; jvm: each"
          + " execution environment is its own JVM with Lambda's heap settings for the function's memory,"
          + " and REPORT shows its Max Memory Used (slower first requests; no --share).")
  String isolation;

  @Option(names = "--jwks", paramLabel = "<file>",
      description = "A JSON Web Key Set (as an identity provider publishes at its jwks_uri) whose keys JWT and"
          + " Cognito authorizers trust, besides the local signing key the token command signs with"
          + " (repeatable).")
  List<java.nio.file.Path> jwks = List.of();

  @Option(names = "--no-local-key",
      description = "Do not trust the local signing key (~/.lambdaforge/local-signing-key.json): only --jwks keys"
          + " verify tokens.")
  boolean noLocalKey;

  @Option(names = "--watch",
      description = "Hot reload: watch the classpath's class directories (target/classes); when recompiled"
          + " classes settle, retire every execution environment (running requests finish on the old"
          + " ones) so the next request runs the new code, and re-read functions.json (a changed route"
          + " table is printed again). One line per reload, with its time.")
  boolean watch;

  ServeCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0..65535, got " + port);
    }
    if (urlPort < 0 || urlPort > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--url-port must be 0..65535, got " + urlPort);
    }
    if (lambdaPort < 0 || lambdaPort > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--lambda-port must be 0..65535, got " + lambdaPort);
    }
    if (source != null && SourceFamilies.frontDoor(source).isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--source " + source + " has no HTTP routes; use "
          + oneOf(SourceFamilies.frontDoorSources()) + ", or the invoke command");
    }
    InetAddress address = address();
    try (LocalApp app = LocalApp.fromClasspath(classpath, console.err(), model())) {
      // A child JVM gets the declared environment as its own; only in-process functions need the relaunch.
      Optional<Integer> relaunched = app.model().mode() == ExecutionModel.Mode.JVM ? Optional.empty()
          : console.relaunchWithEnvironmentOf(app.application());
      if (relaunched.isPresent()) {
        return relaunched.get();
      }
      List<LocalRoute> all = app.routes();
      // a function URL is a host of its own: its routes are served on its own port, not the gateway's
      List<LocalRoute> routes = all.stream().filter(r -> !ownHost(r)).toList();
      Map<String, List<LocalRoute>> urls = new TreeMap<>();
      all.stream().filter(ServeCommand::ownHost)
          .forEach(r -> urls.computeIfAbsent(r.function().name(), k -> new ArrayList<>()).add(r));
      if (routes.isEmpty() && urls.isEmpty() && noLambda) {
        throw new CliException(ExitCodes.APP, "the application has no HTTP routes (only direct SDK"
            + " invoke); drop --no-lambda to serve the Lambda Invoke API, or use: invoke --classpath ..."
            + " --function <name> --event <file>");
      }
      if (routes.isEmpty() && urls.isEmpty()) {
        console.err().println("warning: the application has no HTTP routes; only the Lambda Invoke API serves");
      }
      if (source != null && routes.stream().noneMatch(r -> r.source() == source)) {
        console.err().println("warning: no route uses " + source + "; serving each route under its own source");
      }
      console.out().print(RouteTable.render(routes, app.location().toString(), Optional.ofNullable(source)));
      console.out().println();
      console.out().print(CostReport.text(app.estimate(PricingCatalog.defaults())));
      console.out().println();
      Map<String, JsonNode> documents = app.openApiDocuments();
      Optional<RequestValidator> validator =
          app.restDefinitionBody().map(body -> new RequestValidator(body, Json.copy()));
      boolean restValidation = validator.isPresent();
      if (restValidation) {
        console.out().println("REST API requests pass API Gateway's request validator first"
            + " (-Alambdaforge.restDefinition=openapi)");
      }
      TrustedKeys keys = trustedKeys(app);
      LocalGateway gateway = new LocalGateway(routes, Optional.ofNullable(source), Json.copy(), validator,
          app.authorizers(keys));
      ApiPage page = new ApiPage(routes, documents, CostReport.text(app.estimate(PricingCatalog.defaults())),
          restValidation, Json.copy());
      DevServer server = start(gateway, new InetSocketAddress(address, port), page);
      InvokeApiServer invokeApi = null;
      ClassWatcher watcher = null;
      List<DevServer> urlServers = new ArrayList<>();
      try {
        if (watch) {
          watcher = watch(app, server, validator, keys);
        }
        int next = urlPort;
        for (Map.Entry<String, List<LocalRoute>> url : urls.entrySet()) {
          LocalGateway own = new LocalGateway(url.getValue(), Optional.of(url.getValue().get(0).source()),
              Json.copy());
          DevServer urlServer = startUrl(own, new InetSocketAddress(address, next), url.getKey());
          urlServers.add(urlServer);
          InetSocketAddress bound = urlServer.address();
          console.out().printf("Function URL of %s (AuthType %s) on http://%s:%d/ routes: %s%n", url.getKey(),
              url.getValue().get(0).auth(), hostForUrl(bound.getAddress()), bound.getPort(),
              url.getValue().stream().map(r -> r.method() + " " + r.template()).collect(Collectors.joining(", ")));
          next = next == 0 ? 0 : next + 1;
        }
        if (!noLambda) {
          invokeApi = startInvokeApi(app, new InetSocketAddress(address, lambdaPort));
        }
        if (!address.isLoopbackAddress()) {
          console.err().println("warning: listening on " + address.getHostAddress()
              + ": every machine that can reach it can invoke your functions");
        }
        InetSocketAddress bound = server.address();
        if (invokeApi != null) {
          InetSocketAddress lambda = invokeApi.address();
          console.out().printf("Lambda Invoke API on http://%s:%d (aws lambda invoke --endpoint-url"
              + " http://%s:%d --function-name <name> out.json)%n", hostForUrl(lambda.getAddress()),
              lambda.getPort(), hostForUrl(lambda.getAddress()), lambda.getPort());
        }
        console.out().printf("Serving on http://%s:%d (Ctrl-C to stop)%n",
            hostForUrl(bound.getAddress()), bound.getPort());
        console.out().printf("API page: http://%s:%d%s%n", hostForUrl(bound.getAddress()), bound.getPort(),
            ApiPage.PREFIX);
        console.out().flush();
        console.lifecycle().await(server);
      } finally {
        if (watcher != null) {
          watcher.close();
        }
        urlServers.forEach(DevServer::close);
        server.close();
        if (invokeApi != null) {
          invokeApi.close();
        }
      }
    }
    return ExitCodes.OK;
  }

  private ExecutionModel model() {
    if (concurrency < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--concurrency must be at least 1, got " + concurrency);
    }
    ExecutionModel.Mode mode;
    try {
      mode = ExecutionModel.Mode.parse(isolation);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    try {
      return new ExecutionModel(mode, concurrency, share);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--share: " + e.getMessage());
    }
  }

  private ClassWatcher watch(LocalApp app, DevServer server, Optional<RequestValidator> validator, TrustedKeys keys) {
    if (!app.model().isolated()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--watch needs --isolation classloader or jvm:"
          + " without isolation the classes are loaded once and cannot be swapped");
    }
    List<java.nio.file.Path> directories = app.classDirectories();
    if (directories.isEmpty()) {
      console.err().println("warning: --watch: no class directory on the classpath (only jars); nothing to watch");
    } else {
      console.out().println("Watching " + directories.stream().map(Object::toString)
          .collect(java.util.stream.Collectors.joining(", ")) + " for recompiled classes");
    }
    return ClassWatcher.start(directories, 50, () -> {
      long start = System.nanoTime();
      try {
        boolean changed = app.reload();
        if (changed) {
          List<LocalRoute> routes = app.routes();
          server.gateway(new LocalGateway(routes, Optional.ofNullable(source), Json.copy(), validator,
              app.authorizers(keys)));
          console.out().print(RouteTable.render(routes, app.location().toString(), Optional.ofNullable(source)));
        }
        console.out().printf("reloaded%s in %d ms%n", changed ? " (functions.json changed)" : "",
            java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      } catch (RuntimeException e) {
        console.err().println("reload failed, still serving the previous classes: " + e.getMessage());
      }
      console.out().flush();
    });
  }

  /**
   * The keys JWT and Cognito authorizers verify with: the --jwks files' and, unless --no-local-key,
   * the local signing key's (created on first use, and only when the application has such an
   * authorizer). Prints one line per token authorizer saying what it trusts.
   */
  private TrustedKeys trustedKeys(LocalApp app) {
    List<AuthorizerSpec> tokenAuthorizers = app.application().authorizers().stream()
        .filter(a -> a.kind() == AuthorizerKind.JWT || a.kind() == AuthorizerKind.COGNITO).toList();
    Optional<RSAKey> local = Optional.empty();
    if (!noLocalKey && !tokenAuthorizers.isEmpty()) {
      try {
        local = Optional.of(LocalSigningKey.loadOrCreate());
      } catch (RuntimeException e) {
        throw new CliException(ExitCodes.APP, "cannot use the local signing key: " + e.getMessage()
            + "; pass --no-local-key with --jwks files instead", e);
      }
    }
    TrustedKeys keys;
    try {
      keys = TrustedKeys.load(jwks, local);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.APP, e.getMessage(), e);
    }
    for (AuthorizerSpec a : tokenAuthorizers) {
      console.out().printf("Authorizer %s (%s) trusts %s%s; mint a token: token --classpath <cp> --authorizer %s"
          + " --sub alice%n", a.name(), a.kind(), local.isPresent() ? "the local signing key" : "no local key",
          jwks.isEmpty() ? "" : " and " + jwks.size() + " --jwks file(s)", a.name());
    }
    return keys;
  }

  private InetAddress address() {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--host " + host + " is not a known address");
    }
  }

  private DevServer start(LocalGateway gateway, InetSocketAddress address, ApiPage page) {
    try {
      return DevServer.start(gateway, address, console.out(), page);
    } catch (BindException e) {
      throw new CliException(ExitCodes.BIND, "cannot listen on " + host + ":" + port + " (" + e.getMessage()
          + "); the port is probably in use: stop the other process or choose another --port", e);
    } catch (IOException e) {
      throw new CliException(ExitCodes.BIND, "cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
  }

  private DevServer startUrl(LocalGateway gateway, InetSocketAddress address, String function) {
    try {
      return DevServer.start(gateway, address, console.out());
    } catch (IOException e) {
      throw new CliException(ExitCodes.BIND, "cannot listen on " + host + ":" + address.getPort()
          + " for the function URL of " + function + " (" + e.getMessage() + "); the port is probably in use:"
          + " choose another --url-port", e);
    }
  }

  private static boolean ownHost(LocalRoute route) {
    return SourceFamilies.frontDoor(route.source()).map(FrontDoor::hostPerFunction).orElse(false);
  }

  private InvokeApiServer startInvokeApi(LocalApp app, InetSocketAddress address) {
    try {
      return InvokeApiServer.start(app, address, console.out(), Json.copy());
    } catch (BindException e) {
      throw new CliException(ExitCodes.BIND, "cannot listen on " + host + ":" + lambdaPort + " for the Lambda"
          + " Invoke API (" + e.getMessage() + "); the port is probably in use (sam local start-lambda?):"
          + " choose another --lambda-port, or --no-lambda", e);
    } catch (IOException e) {
      throw new CliException(ExitCodes.BIND, "cannot listen on " + host + ":" + lambdaPort + ": " + e.getMessage(), e);
    }
  }

  /** {@code A, B or C}. */
  private static String oneOf(List<Source> sources) {
    List<String> names = sources.stream().map(Source::name).toList();
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  private static String hostForUrl(InetAddress address) {
    String text = address.getHostAddress();
    return text.contains(":") ? "[" + text + "]" : text;
  }
}
