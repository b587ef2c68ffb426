package io.lambdaforge.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import io.lambdaforge.processor.codec.CodecGenerator;
import io.lambdaforge.processor.model.PrimeModel;
import io.lambdaforge.processor.read.PrimeReader;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.family.FamilyFile;
import io.lambdaforge.processor.family.SourceFamilies;
import io.lambdaforge.processor.family.SourceFamily;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.generate.ClientGenerator;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.Names;
import io.lambdaforge.processor.read.FunctionReader;
import io.lambdaforge.processor.read.ReadResult;
import io.lambdaforge.processor.validate.FunctionValidator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * Reads, validates and generates one adapter per {@code @Function} method. Errors are collected
 * per function and only that function is skipped; methods whose types are not resolvable yet are
 * retried next round (by the qualified name of their class) and reported at the last round.
 *
 * <p>Isolating for Gradle
 * (https://docs.gradle.org/current/userguide/java_plugin.html#isolating_annotation_processors):
 * every decision about a function is made from that method and the types it reaches, never from
 * other annotated elements; each adapter has exactly one originating element, its method, and
 * each typed client one, its class. The checks that need every function of the compilation
 * (unique names, ALB priorities, routes) are the aggregating {@link DescriptorProcessor}'s.
 *
 * <p>Option {@value #CLIENTS} ({@code -Alambdaforge.clients=true}, default {@code false}): also
 * generate, per class with direct-invocable functions (no triggers, or an SDK trigger), the typed
 * client {@code <Class>Client} ({@link Names#client}). Off by default because the client needs
 * {@code io.lambdaforge:lambdaforge-client} and the AWS SDK's {@code lambda} on the compile
 * classpath (scope {@code provided} keeps them out of the handler jar).
 */
@AutoService(Processor.class)
public final class FunctionProcessor extends AbstractProcessor {
  /** The processor option that turns typed clients on. */
  public static final String CLIENTS = "lambdaforge.clients";
  /** The processor option that turns Lambda SnapStart on for every function of the compilation. */
  public static final String SNAP_START = "lambdaforge.snapStart";

  private final FunctionValidator functionValidator = new FunctionValidator();
  /**
   * Adapter classes written so far; a second function with the same adapter name (reported as
   * {@code LF_DUPLICATE_ADAPTER} by the {@link DescriptorProcessor}) is not written again.
   */
  private final Set<String> writtenAdapters = new HashSet<>();
  /** Methods whose types were not resolvable yet, read again next round. */
  private final MethodIndex deferred = new MethodIndex();
  /** Methods with an error reported in the current round; they get no adapter. */
  private final Set<Element> failed = new HashSet<>();
  private final ClientGenerator clientGenerator = new ClientGenerator();
  /** The families' files written so far ({@code source:} or {@code resource:} and the name). */
  private final Set<String> writtenFiles = new HashSet<>();
  /** Service providers of the families' files, by service, written in the last round. */
  private final Map<String, TreeSet<String>> services = new TreeMap<>();
  /** Client functions waiting for their class's deferred methods: class -> member index -> model. */
  private final Map<String, TreeMap<Integer, FunctionModel>> pendingClients = new TreeMap<>();
  /** Whether clients are on; null until the option is read. */
  private Boolean clients;
  /** Whether {@value #SNAP_START} is on; null until the option is read. */
  private Boolean snapStart;
  /** The {@code @Prime} method of each class read so far (its problems are reported once). */
  private final Map<String, PrimeReader.Result> primes = new HashMap<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(FunctionReader.FUNCTION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(CLIENTS, SNAP_START);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException | LinkageError e) {
      // Never crash the compilation; the round's elements are unknown here, so report globally.
      processingEnv
          .getMessager()
          .printMessage(
              javax.tools.Diagnostic.Kind.ERROR, Message.INTERNAL.format(Diagnostics.describe(e)));
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    failed.clear();
    clientsEnabled();
    TypeElement function = processingEnv.getElementUtils().getTypeElement(FunctionReader.FUNCTION);
    if (function == null) {
      return;
    }
    List<ExecutableElement> methods = deferred.methods(processingEnv.getElementUtils());
    deferred.clear();
    for (Element element : round.getElementsAnnotatedWith(function)) {
      if (element instanceof ExecutableElement && !methods.contains(element)) {
        methods.add((ExecutableElement) element);
      }
    }
    FunctionReader reader =
        new FunctionReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
            snapStartForAll());
    List<Candidate> candidates = new ArrayList<>();
    for (ExecutableElement method : methods) {
      try {
        ReadResult read = reader.read(method);
        if (read.isDeferred()) {
          if (round.processingOver()) {
            print(
                Report.error(
                    Message.UNRESOLVED_TYPE,
                    Position.of(method),
                    read.unresolvedType(),
                    qualifiedMethod(method)));
          } else {
            deferred.add(method);
          }
          continue;
        }
        List<Report> reports = new ArrayList<>(read.reports());
        if (read.model() != null) {
          reports.addAll(functionValidator.validate(read.model(), read.site()));
          candidates.add(new Candidate(method, read));
        }
        printAll(reports, method);
      } catch (RuntimeException | LinkageError e) {
        internalError(method, e);
      }
    }

    for (Candidate candidate : candidates) {
      PrimeModel prime = prime(candidate);
      if (!failed.contains(candidate.method)
          && writtenAdapters.add(candidate.read.model().adapter().canonicalName())) {
        generate(candidate, prime);
        if (clientsEnabled() && SourceFamilies.invokedDirectly(candidate.read.model())) {
          TypeElement type = (TypeElement) candidate.method.getEnclosingElement();
          pendingClients
              .computeIfAbsent(type.getQualifiedName().toString(), k -> new TreeMap<>())
              .put(type.getEnclosedElements().indexOf(candidate.method), candidate.read.model());
        }
      }
    }
    generateClients();
    if (round.processingOver()) {
      writeServices();
    }
  }

  /** Writes the client of every class whose functions are all read (none deferred). */
  private void generateClients() {
    for (var it = pendingClients.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, TreeMap<Integer, FunctionModel>> entry = it.next();
      if (deferred.containsClass(entry.getKey())) {
        continue;
      }
      it.remove();
      TypeElement type = processingEnv.getElementUtils().getTypeElement(entry.getKey());
      List<FunctionModel> functions = new ArrayList<>(entry.getValue().values());
      if (type == null || functions.isEmpty()) {
        continue;
      }
      if (processingEnv.getElementUtils().getTypeElement(ClientGenerator.INVOKER_NAME) == null) {
        print(Report.error(Message.CLIENT_LIBRARY, Position.of(type),
            Names.client(functions.get(0).enclosingType()).canonicalName()));
        continue;
      }
      try {
        clientGenerator
            .generate(functions.get(0).enclosingType(), functions, type)
            .writeTo(processingEnv.getFiler());
      } catch (IOException | RuntimeException | LinkageError e) {
        print(Report.error(Message.INTERNAL, Position.of(type), Diagnostics.describe(e)));
      }
    }
  }

  /** Reads {@value #SNAP_START} once; an invalid value is an error and leaves SnapStart off. */
  private boolean snapStartForAll() {
    if (snapStart == null) {
      String value = processingEnv.getOptions().get(SNAP_START);
      snapStart = "true".equalsIgnoreCase(value);
      if (value != null && !snapStart && !"false".equalsIgnoreCase(value)) {
        processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
            Message.OPTION_VALUE.format(SNAP_START, value, "write true or false"));
      }
    }
    return snapStart;
  }

  /** Reads {@value #CLIENTS} once; an invalid value is an error and leaves clients off. */
  private boolean clientsEnabled() {
    if (clients == null) {
      String value = processingEnv.getOptions().get(CLIENTS);
      clients = "true".equalsIgnoreCase(value);
      if (value != null && !clients && !"false".equalsIgnoreCase(value)) {
        processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
            Message.OPTION_VALUE.format(CLIENTS, value, "write true or false"));
      }
    }
    return clients;
  }

  /**
   * The {@code @Prime} method a SnapStart candidate's adapter calls ({@code null} for none, and
   * always for functions without SnapStart); reports the class's {@code @Prime} problems once, and
   * {@code LF_PRIME_INSTANCE} for a static SnapStart function of a class with an instance one.
   */
  private PrimeModel prime(Candidate candidate) {
    TypeElement type = (TypeElement) candidate.method.getEnclosingElement();
    PrimeReader.Result result = primes.get(type.getQualifiedName().toString());
    if (result == null) {
      result = new PrimeReader(snapStartForAll()).read(type);
      primes.put(type.getQualifiedName().toString(), result);
      result.reports().forEach(this::print);
    }
    FunctionModel model = candidate.read.model();
    PrimeModel prime = result.prime();
    if (prime == null || !model.snapStart()) {
      return null;
    }
    if (!prime.isStatic() && model.isStatic()) {
      print(Report.error(Message.PRIME_INSTANCE, Position.of(candidate.method),
          type.getQualifiedName() + "#" + prime.methodName() + "()", model.qualifiedMethod(), prime.methodName()));
      failed.add(candidate.method);
      return null;
    }
    return prime;
  }

  private void generate(Candidate candidate, PrimeModel prime) {
    try {
      CodecGenerator.Plan codecs =
          new CodecGenerator(processingEnv.getElementUtils(), processingEnv.getTypeUtils())
              .plan(candidate.read.model(), candidate.method, AdapterGenerator.GENERATED);
      for (String note : codecs.notes()) {
        print(Report.note(Message.CODEC_DATABIND, Position.of(candidate.method),
            note.substring(0, note.indexOf(": ")), candidate.read.model().functionName(),
            note.substring(note.indexOf(": ") + 2)));
      }
      if (codecs.file() != null) {
        codecs.file().writeTo(processingEnv.getFiler());
      }
      AdapterGenerator generator =
          SourceFamilies.adapter(candidate.read.model(), candidate.read.site())
              .orElseThrow(() -> new IllegalStateException("no source family writes this adapter"));
      JavaFile file = generator.generate(candidate.read.model(), candidate.method, codecs.refs(), prime);
      file.writeTo(processingEnv.getFiler());
      for (SourceFamily family : SourceFamilies.applying(candidate.read.model())) {
        for (FamilyFile extra : family.files(candidate.read.model())) {
          write(extra, candidate.method);
        }
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      internalError(candidate.method, e);
    }
  }

  /** Writes a family's file once per compilation; service lines wait for the last round. */
  private void write(FamilyFile extra, ExecutableElement method) throws IOException {
    if (extra instanceof FamilyFile.SourceFile source) {
      if (writtenFiles.add("source:" + source.typeName())) {
        source.file().writeTo(processingEnv.getFiler());
      }
    } else if (extra instanceof FamilyFile.Resource resource) {
      if (writtenFiles.add("resource:" + resource.path())) {
        try (OutputStream out = processingEnv.getFiler()
            .createResource(StandardLocation.CLASS_OUTPUT, "", resource.path(), method).openOutputStream()) {
          out.write(resource.content());
        }
      }
    } else if (extra instanceof FamilyFile.ServiceProvider provider) {
      services.computeIfAbsent(provider.service(), k -> new TreeSet<>()).add(provider.provider());
    }
  }

  /** Writes {@code META-INF/services/<service>} of every service a family provided, sorted. */
  private void writeServices() {
    for (Map.Entry<String, TreeSet<String>> service : services.entrySet()) {
      try (OutputStream out = processingEnv.getFiler()
          .createResource(StandardLocation.CLASS_OUTPUT, "", "META-INF/services/" + service.getKey())
          .openOutputStream()) {
        out.write((String.join("\n", service.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
      } catch (IOException | RuntimeException e) {
        processingEnv.getMessager().printMessage(javax.tools.Diagnostic.Kind.ERROR,
            Message.INTERNAL.format(Diagnostics.describe(e)));
      }
    }
    services.clear();
  }

  private void printAll(List<Report> reports, ExecutableElement method) {
    for (Report report : reports) {
      print(report);
      if (report.isError()) {
        failed.add(method);
      }
    }
  }

  private void print(Report report) {
    Diagnostics.print(processingEnv.getMessager(), report);
  }

  private void internalError(ExecutableElement method, Throwable e) {
    failed.add(method);
    print(Report.error(Message.INTERNAL, Position.of(method), Diagnostics.describe(e)));
  }

  private static String qualifiedMethod(ExecutableElement method) {
    Element enclosing = method.getEnclosingElement();
    String type =
        enclosing instanceof TypeElement
            ? ((TypeElement) enclosing).getQualifiedName().toString()
            : enclosing.getSimpleName().toString();
    return type + "#" + method.getSimpleName();
  }

  private static final class Candidate {
    final ExecutableElement method;
    final ReadResult read;

    Candidate(ExecutableElement method, ReadResult read) {
      this.method = method;
      this.read = read;
    }
  }
}
