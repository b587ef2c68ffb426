package io.lambdaforge.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.generate.ClientGenerator;
import io.lambdaforge.processor.generate.HttpAdapterGenerator;
import io.lambdaforge.processor.generate.SdkAdapterGenerator;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.Names;
import io.lambdaforge.processor.read.FunctionReader;
import io.lambdaforge.processor.read.ReadResult;
import io.lambdaforge.processor.validate.CompilationValidator;
import io.lambdaforge.processor.validate.FunctionValidator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Messager;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads, validates and generates one adapter per {@code @Function} method. Errors are collected
 * per function and only that function is skipped; methods whose types are not resolvable yet are
 * retried next round (by the qualified name of their class) and reported at the last round. Cross
 * checks (unique names and ALB priorities, route conflicts) cover every function of the run.
 *
 * <p>Isolating for Gradle: each adapter has exactly one originating element, its method; each
 * typed client has one, its class.
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

  private final List<AdapterGenerator> generators =
      List.of(new SdkAdapterGenerator(), new HttpAdapterGenerator());
  private final FunctionValidator functionValidator = new FunctionValidator();
  private final CompilationValidator compilationValidator = new CompilationValidator();
  /** Deferred methods: "qualified class name" -> indexes of the methods among its members. */
  private final Map<String, Set<Integer>> deferred = new LinkedHashMap<>();
  /** Methods with an error reported in the current round; they get no adapter. */
  private final Set<Element> failedThisRound = new HashSet<>();
  private final ClientGenerator clientGenerator = new ClientGenerator();
  /** Client functions waiting for their class's deferred methods: class -> member index -> model. */
  private final Map<String, TreeMap<Integer, FunctionModel>> pendingClients = new TreeMap<>();
  /** Whether clients are on; null until the option is read. */
  private Boolean clients;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(FunctionReader.FUNCTION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(CLIENTS);
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
          .printMessage(javax.tools.Diagnostic.Kind.ERROR, Message.INTERNAL.format(describe(e)));
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    clientsEnabled();
    TypeElement function = processingEnv.getElementUtils().getTypeElement(FunctionReader.FUNCTION);
    if (function == null) {
      return;
    }
    List<ExecutableElement> methods = takeDeferred();
    for (Element element : round.getElementsAnnotatedWith(function)) {
      if (element instanceof ExecutableElement && !methods.contains(element)) {
        methods.add((ExecutableElement) element);
      }
    }
    FunctionReader reader =
        new FunctionReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
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
            defer(method);
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

    List<CompilationValidator.Entry> entries = new ArrayList<>();
    for (Candidate candidate : candidates) {
      entries.add(new CompilationValidator.Entry(candidate.read.model(), candidate.read.site()));
    }
    Set<Element> failed = new HashSet<>(failedThisRound);
    try {
      for (Report report : compilationValidator.validate(entries)) {
        print(report);
        failed.add(report.position().element());
      }
    } catch (RuntimeException e) {
      for (Candidate candidate : candidates) {
        internalError(candidate.method, e);
        failed.add(candidate.method);
      }
    }
    failedThisRound.clear();

    for (Candidate candidate : candidates) {
      if (!failed.contains(candidate.method)) {
        generate(candidate);
        if (clientsEnabled() && candidate.read.model().isDirectInvocable()) {
          TypeElement type = (TypeElement) candidate.method.getEnclosingElement();
          pendingClients
              .computeIfAbsent(type.getQualifiedName().toString(), k -> new TreeMap<>())
              .put(type.getEnclosedElements().indexOf(candidate.method), candidate.read.model());
        }
      }
    }
    generateClients();
  }

  /** Writes the client of every class whose functions are all read (none deferred). */
  private void generateClients() {
    for (var it = pendingClients.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, TreeMap<Integer, FunctionModel>> entry = it.next();
      if (deferred.containsKey(entry.getKey())) {
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
        print(Report.error(Message.INTERNAL, Position.of(type), describe(e)));
      }
    }
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

  private void generate(Candidate candidate) {
    try {
      for (AdapterGenerator generator : generators) {
        if (generator.appliesTo(candidate.read.model())) {
          JavaFile file = generator.generate(candidate.read.model(), candidate.method);
          file.writeTo(processingEnv.getFiler());
        }
      }
    } catch (IOException | RuntimeException | LinkageError e) {
      internalError(candidate.method, e);
    }
  }

  private void printAll(List<Report> reports, ExecutableElement method) {
    for (Report report : reports) {
      print(report);
      if (report.isError()) {
        failedThisRound.add(method);
      }
    }
  }

  /** The only place diagnostics are printed: on the narrowest position known. */
  private void print(Report report) {
    Messager messager = processingEnv.getMessager();
    Position at = report.position();
    if (at.value() != null) {
      messager.printMessage(report.kind(), report.text(), at.element(), at.mirror(), at.value());
    } else if (at.mirror() != null) {
      messager.printMessage(report.kind(), report.text(), at.element(), at.mirror());
    } else {
      messager.printMessage(report.kind(), report.text(), at.element());
    }
  }

  private void internalError(ExecutableElement method, Throwable e) {
    failedThisRound.add(method);
    print(Report.error(Message.INTERNAL, Position.of(method), describe(e)));
  }

  private void defer(ExecutableElement method) {
    TypeElement type = (TypeElement) method.getEnclosingElement();
    deferred
        .computeIfAbsent(type.getQualifiedName().toString(), k -> new java.util.TreeSet<>())
        .add(type.getEnclosedElements().indexOf(method));
  }

  /** The methods deferred by earlier rounds, looked up again by class name and member index. */
  private List<ExecutableElement> takeDeferred() {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Map.Entry<String, Set<Integer>> entry : deferred.entrySet()) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(entry.getKey());
      if (type == null) {
        continue;
      }
      List<? extends Element> members = type.getEnclosedElements();
      for (int index : entry.getValue()) {
        if (index >= 0 && index < members.size() && members.get(index) instanceof ExecutableElement) {
          methods.add((ExecutableElement) members.get(index));
        }
      }
    }
    deferred.clear();
    return methods;
  }

  private static String qualifiedMethod(ExecutableElement method) {
    Element enclosing = method.getEnclosingElement();
    String type =
        enclosing instanceof TypeElement
            ? ((TypeElement) enclosing).getQualifiedName().toString()
            : enclosing.getSimpleName().toString();
    return type + "#" + method.getSimpleName();
  }

  /** A one-line description of an unexpected failure; never a stack trace. */
  private static String describe(Throwable e) {
    String message = e.getMessage();
    if (message != null) {
      int newline = message.indexOf('\n');
      message = newline < 0 ? message : message.substring(0, newline);
      if (message.length() > 200) {
        message = message.substring(0, 200) + "...";
      }
    }
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
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
