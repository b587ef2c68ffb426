package io.lambdaforge.local.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.descriptor.cost.CostEstimate;
import io.lambdaforge.descriptor.cost.CostEstimator;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import io.lambdaforge.descriptor.model.Application;
import io.lambdaforge.descriptor.model.CorsSpec;
import io.lambdaforge.descriptor.model.FunctionSpec;
import io.lambdaforge.descriptor.model.TriggerSource;
import io.lambdaforge.descriptor.model.TriggerSpec;
import io.lambdaforge.descriptor.openapi.OpenApiFiles;
import io.lambdaforge.descriptor.pricing.PricingCatalog;
import io.lambdaforge.local.auth.Authorizers;
import io.lambdaforge.local.auth.TrustedKeys;
import io.lambdaforge.local.family.FrontDoor;
import io.lambdaforge.local.family.SourceFamilies;
import io.lambdaforge.local.invoke.ExecutionModel;
import io.lambdaforge.local.invoke.Isolation;
import io.lambdaforge.local.invoke.LocalEnvironment;
import io.lambdaforge.local.invoke.LocalFunction;
import io.lambdaforge.local.runtimeapi.RuntimeProcess;
import io.lambdaforge.local.server.LocalRoute;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * An application as the local tools see it: its {@code META-INF/lambdaforge/functions.json} read
 * from a class loader, and its functions run as Lambda runs them (see {@link LocalFunction}): each
 * function a pool of execution environments created on first use, each environment with its own
 * class loader over the application's classes unless the {@link ExecutionModel} turns isolation off.
 */
public final class LocalApp implements AutoCloseable {
  /** Where the processor writes the descriptor in the class output. */
  public static final String DESCRIPTOR = "META-INF/lambdaforge/functions.json";

  private final ClassLoader loader;
  private final boolean ownsLoader;
  private final URL location;
  private volatile FunctionsDescriptor.Document document;
  private final List<URL> roots;
  private final PrintStream log;
  private final Map<String, LocalFunction> loaded = new ConcurrentHashMap<>();
  private final ExecutionModel model;
  private final Isolation isolation;

  private LocalApp(ClassLoader loader, boolean ownsLoader, URL location,
      FunctionsDescriptor.Document document, PrintStream log, ExecutionModel model, List<URL> roots) {
    this.loader = loader;
    this.ownsLoader = ownsLoader;
    this.location = location;
    this.document = document;
    this.log = log;
    this.model = model;
    this.roots = List.copyOf(roots);
    this.isolation = switch (model.mode()) {
      case CLASSLOADER -> Isolation.perEnvironment(loader, roots, model.sharedPackages());
      case NONE -> Isolation.none(loader);
      case JVM -> Isolation.childJvm(childClasspath(roots));
    };
  }

  /**
   * A child JVM's classpath: the application's roots first (recompiled classes win), then this
   * tool's own classpath (the Lambda core interfaces, Lambdaforge's runtime, Jackson, and, in a
   * test, the dependencies the application's classes need).
   */
  private static String childClasspath(List<URL> roots) {
    List<String> entries = new ArrayList<>();
    for (URL root : roots) {
      try {
        entries.add(java.nio.file.Path.of(root.toURI()).toString());
      } catch (java.net.URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
        throw new AppException("--isolation jvm needs the application's classes in directories or jars on"
            + " disk; " + root + " is not one", e);
      }
    }
    String tool = RuntimeProcess.currentClasspath();
    if (!tool.isEmpty()) {
      entries.add(tool);
    }
    return String.join(java.io.File.pathSeparator, entries);
  }

  /**
   * The application on {@code classpath} ({@code :}-separated like {@code java -cp}); only those
   * entries are searched for the descriptor. Classes the tool itself provides (the Lambda core
   * interfaces, Lambdaforge's runtime, Jackson) are shared with the application.
   *
   * @param log where function logs and warnings go
   * @throws AppException when an entry is missing or the descriptor is missing or invalid
   */
  public static LocalApp fromClasspath(String classpath, PrintStream log) {
    return fromClasspath(classpath, log, ExecutionModel.DEFAULT);
  }

  /**
   * The application on {@code classpath}, run with {@code model}: each environment loads every
   * classpath entry itself, except what the tool provides and the shared packages.
   */
  public static LocalApp fromClasspath(String classpath, PrintStream log, ExecutionModel model) {
    List<URL> urls = Classpaths.urls(classpath);
    URLClassLoader loader = new URLClassLoader("lambdaforge-app", urls.toArray(URL[]::new),
        LocalApp.class.getClassLoader());
    try {
      List<URL> found = Collections.list(loader.findResources(DESCRIPTOR));
      return read(loader, true, found, "--classpath " + classpath, log, model, urls);
    } catch (IOException e) {
      closeQuietly(loader);
      throw new AppException("cannot search the classpath for " + DESCRIPTOR + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(loader);
      throw e;
    }
  }

  /** The application whose descriptor {@code loader} (and its parents) provide, e.g. in a test. */
  public static LocalApp fromClassLoader(ClassLoader loader, PrintStream log) {
    return fromClassLoader(loader, log, ExecutionModel.DEFAULT);
  }

  /**
   * The application whose descriptor {@code loader} provides, run with {@code model}: each
   * environment loads the classes of the descriptor's class output (or jar) itself, and takes
   * everything else from {@code loader}.
   */
  public static LocalApp fromClassLoader(ClassLoader loader, PrintStream log, ExecutionModel model) {
    try {
      List<URL> found = Collections.list(loader.getResources(DESCRIPTOR));
      List<URL> roots = found.isEmpty() ? List.of() : List.of(root(found.get(0)));
      return read(loader, false, found, "the class path", log, model, roots);
    } catch (IOException e) {
      throw new AppException("cannot search the class path for " + DESCRIPTOR + ": " + e.getMessage(), e);
    }
  }

  /** The class output directory or jar holding the descriptor at {@code descriptor}. */
  private static URL root(URL descriptor) {
    String text = descriptor.toString();
    try {
      return new URL(text.substring(0, text.length() - DESCRIPTOR.length()));
    } catch (MalformedURLException e) {
      throw new AppException("cannot locate the class output of " + descriptor, e);
    }
  }

  private static LocalApp read(ClassLoader loader, boolean owns, List<URL> found, String where, PrintStream log,
      ExecutionModel model, List<URL> roots) {
    if (found.isEmpty()) {
      throw new AppException("no " + DESCRIPTOR + " on " + where + "; build the application with the"
          + " Lambdaforge processor (lambdaforge-processor on the annotation processor path) and pass its"
          + " class output, e.g. target/classes");
    }
    URL location = found.get(0);
    if (found.size() > 1) {
      log.println("warning: " + found.size() + " descriptors on " + where + "; using " + location);
    }
    try (InputStream in = location.openStream()) {
      return new LocalApp(loader, owns, location, FunctionsDescriptor.read(in), log, model, roots);
    } catch (IllegalArgumentException e) {
      throw new AppException(location + ": " + e.getMessage()
          + "; rebuild the application with the same Lambdaforge version as this tool", e);
    } catch (IOException | UncheckedIOException e) {
      throw new AppException("cannot read " + location + ": " + e.getMessage(), e);
    }
  }

  /** The directories among the application's class roots, the ones {@code serve --watch} watches. */
  public List<java.nio.file.Path> classDirectories() {
    List<java.nio.file.Path> directories = new ArrayList<>();
    for (URL root : roots) {
      if (root.getProtocol().equals("file")) {
        try {
          java.nio.file.Path path = java.nio.file.Path.of(root.toURI());
          if (java.nio.file.Files.isDirectory(path)) {
            directories.add(path);
          }
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
          // not a local directory
        }
      }
    }
    return directories;
  }

  /**
   * Hot reload: re-reads the descriptor and retires every environment, so the next request of
   * each function creates a fresh one from the classes as they are now; running invocations finish
   * on their old environments. A function whose declaration changed is loaded afresh.
   *
   * @return whether the application's declaration (functions, routes) changed
   * @throws AppException when the descriptor is now missing or invalid (the old one stays)
   */
  public boolean reload() {
    FunctionsDescriptor.Document fresh;
    try (InputStream in = location.openStream()) {
      fresh = FunctionsDescriptor.read(in);
    } catch (IllegalArgumentException | IOException | UncheckedIOException e) {
      throw new AppException("cannot re-read " + location + ": " + e.getMessage(), e);
    }
    boolean changed = !fresh.application().equals(document.application());
    Map<String, FunctionSpec> specs = fresh.application().functions().stream()
        .collect(Collectors.toMap(FunctionSpec::name, f -> f));
    for (Map.Entry<String, LocalFunction> entry : List.copyOf(loaded.entrySet())) {
      FunctionSpec now = specs.get(entry.getKey());
      FunctionSpec before = function(entry.getKey());
      if (now == null || !now.equals(before)) {
        loaded.remove(entry.getKey());
        entry.getValue().retire();
      } else {
        entry.getValue().recycle();
      }
    }
    document = fresh;
    return changed;
  }

  /** How this application's functions run. */
  public ExecutionModel model() {
    return model;
  }

  public Application application() {
    return document.application();
  }

  /** The cost estimate the build wrote into the descriptor (amounts rounded to 4 decimals). */
  public CostEstimate descriptorCost() {
    return document.cost();
  }

  /**
   * Estimates the application afresh with {@code catalog}, at the duration rounding the build
   * used: exact figures, where the descriptor's are rounded for storage.
   */
  public CostEstimate estimate(PricingCatalog catalog) {
    return new CostEstimator(catalog, descriptorCost().durationRoundingMs()).estimate(application());
  }

  /** Where the descriptor was read from. */
  public URL location() {
    return location;
  }

  /**
   * The function called {@code name}.
   *
   * @throws AppException naming the functions there are
   */
  public FunctionSpec function(String name) {
    return application().functions().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AppException("unknown function '" + name + "'" + suggestion(name)
            + "; the application has: " + names()));
  }

  private String names() {
    return application().functions().stream().map(FunctionSpec::name).collect(Collectors.joining(", "));
  }

  private String suggestion(String name) {
    return application().functions().stream()
        .map(FunctionSpec::name)
        .filter(n -> n.equalsIgnoreCase(name) || distance(n.toLowerCase(), name.toLowerCase()) <= 2)
        .findFirst()
        .map(n -> " (did you mean '" + n + "'?)")
        .orElse("");
  }

  /**
   * The loaded function called {@code name}, created on first use.
   *
   * @throws AppException when the function is unknown or its handler cannot be loaded
   */
  public LocalFunction load(String name) {
    FunctionSpec spec = function(name);
    return loaded.computeIfAbsent(name, n -> {
      List<String> hidden = LocalEnvironment.notInProcess(spec.environment(), System.getenv());
      if (!hidden.isEmpty() && model.mode() != ExecutionModel.Mode.JVM) {
        log.println("warning: function " + n + " declares environment variables that System.getenv() does"
            + " not return in this process: " + String.join(", ", hidden) + ". All functions share one JVM"
            + " here, so their code sees the declared values through"
            + " io.lambdaforge.local.invoke.LocalEnvironment.get(name); to make System.getenv agree, start"
            + " the tool with " + hidden.stream().map(k -> k + "=" + spec.environment().get(k))
                .collect(Collectors.joining(" ")) + " exported.");
      }
      try {
        return LocalFunction.load(n, spec.handler(), spec.memoryMb(), spec.timeoutSeconds(),
            spec.environment(), isolation, model.concurrency(), log);
      } catch (IllegalStateException e) {
        throw new AppException(e.getMessage(), e);
      }
    });
  }

  /**
   * A fresh instance of the function called {@code name} whose {@code Context} reports {@code
   * memoryMb} instead of the declared memory (for {@code tune}); not cached, the caller closes it.
   *
   * @throws AppException when the function is unknown or its handler cannot be loaded
   */
  public LocalFunction loadAt(String name, int memoryMb) {
    FunctionSpec spec = function(name);
    try {
      return LocalFunction.load(name, spec.handler(), memoryMb, spec.timeoutSeconds(),
          spec.environment(), isolation, 1, log);
    } catch (IllegalStateException e) {
      throw new AppException(e.getMessage(), e);
    }
  }

  /** Every trigger with a front door (every HTTP trigger) of every function, as a route; loads those functions. */
  public List<LocalRoute> routes() {
    List<LocalRoute> routes = new ArrayList<>();
    for (FunctionSpec f : application().functions()) {
      for (TriggerSpec t : f.triggers()) {
        Optional<FrontDoor> door = SourceFamilies.frontDoor(source(t));
        if (door.isPresent()) {
          // a door of its own applies its function's CORS; a shared API the CORS of its first function with one
          CorsSpec cors = door.get().hostPerFunction() ? f.cors() : apiCors(t.source());
          routes.add(new LocalRoute(source(t), t.method(), t.path(), t.albMultiValueHeaders(), load(f.name()),
              door.get().auth(f), t.auth(), cors));
        }
      }
    }
    return routes;
  }

  /** The CORS of the first function with {@code @Cors} and a trigger of {@code source}, or {@code null}. */
  private CorsSpec apiCors(TriggerSource source) {
    for (FunctionSpec f : application().functions()) {
      if (f.cors() != null && f.triggers().stream().anyMatch(t -> t.source() == source)) {
        return f.cors();
      }
    }
    return null;
  }

  /**
   * The application's authorizers, enforced with {@code keys}: Lambda authorizers run their
   * functions through this application's execution model, IAM routes check signatures with this
   * process's {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}, and refusals are explained
   * on the log.
   */
  public Authorizers authorizers(TrustedKeys keys) {
    return authorizers(keys, System::getenv);
  }

  /** The authorizers as {@link #authorizers(TrustedKeys)}, checking signatures against {@code env}'s keys. */
  public Authorizers authorizers(TrustedKeys keys, java.util.function.UnaryOperator<String> env) {
    return new Authorizers(application().authorizers(), keys, this::load, env, Clock.systemUTC(), log,
        application().region());
  }

  /**
   * The application's OpenAPI documents by API name ({@code http}, {@code rest}), read beside its
   * descriptor; an API without a document is absent.
   *
   * @throws AppException when a document exists but cannot be read
   */
  public Map<String, JsonNode> openApiDocuments() {
    Map<String, JsonNode> documents = new TreeMap<>();
    for (String api : OpenApiFiles.APIS) {
      String file = OpenApiFiles.resource(api).substring("META-INF/lambdaforge/".length());
      readSibling(file, new ObjectMapper()).ifPresent(node -> documents.put(api, node));
    }
    return documents;
  }

  /**
   * The REST API's {@code DefinitionBody} when the template beside the descriptor defines the REST
   * API by its OpenAPI document with API Gateway's request validator ({@code
   * -Alambdaforge.restDefinition=openapi}); empty otherwise.
   */
  public Optional<JsonNode> restDefinitionBody() {
    return readSibling("template.yaml", new YAMLMapper())
        .map(t -> t.path("Resources").path("RestApi").path("Properties").path("DefinitionBody"))
        .filter(body -> body.has("x-amazon-apigateway-request-validator"));
  }

  private Optional<JsonNode> readSibling(String file, ObjectMapper mapper) {
    URL url;
    try {
      url = new URL(location, file);
    } catch (MalformedURLException e) {
      return Optional.empty();
    }
    try (InputStream in = url.openStream()) {
      return Optional.of(mapper.readTree(in));
    } catch (FileNotFoundException | NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("not found")) {
        return Optional.empty();
      }
      throw new AppException("cannot read " + url + ": " + e.getMessage(), e);
    }
  }

  /** The annotation's spelling of a trigger's source. */
  public static Source source(TriggerSpec trigger) {
    return Source.valueOf(trigger.source().name());
  }

  @Override
  public void close() {
    loaded.values().forEach(LocalFunction::close);
    loaded.clear();
    if (ownsLoader && loader instanceof URLClassLoader urls) {
      closeQuietly(urls);
    }
  }

  private static void closeQuietly(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException ignored) {
      // nothing left to release
    }
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
