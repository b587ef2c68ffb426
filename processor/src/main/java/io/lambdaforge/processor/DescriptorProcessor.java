package io.lambdaforge.processor;

import com.google.auto.service.AutoService;
import io.lambdaforge.processor.auth.AuthorizerChecks;
import io.lambdaforge.processor.auth.AuthorizerDecl;
import io.lambdaforge.processor.auth.AuthorizerReader;
import io.lambdaforge.processor.descriptor.DescriptorAssembler;
import io.lambdaforge.processor.descriptor.DescriptorOptions;
import io.lambdaforge.processor.descriptor.GlobalReport;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.openapi.OpenApiBuilder;
import io.lambdaforge.processor.openapi.OpenApiOptions;
import io.lambdaforge.processor.read.FunctionReader;
import io.lambdaforge.processor.read.ReadResult;
import io.lambdaforge.processor.validate.CompilationValidator;
import io.lambdaforge.processor.validate.FunctionValidator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the deployment descriptor of the whole compilation to the class output: {@code
 * META-INF/lambdaforge/template.yaml} (AWS SAM), {@code functions.json} and {@code
 * cost-report.md}, and prints the cost table as one NOTE.
 *
 * <p>Every round it only remembers where the {@code @Function} methods are (class name and member
 * index, never elements across rounds). In the last round it reads them all again, leaves out the
 * ones with per-function errors (the {@link FunctionProcessor} reports those; this processor does
 * not repeat them) and the ones whose types never resolved, runs the checks that need every
 * function (unique names, adapter classes and ALB priorities, non-conflicting routes, CloudFormation
 * logical IDs), reporting each clash on the later declaration ({@link DeclarationOrder}) with the
 * earlier one named, and writes the files for the rest, sorted by function name. A function is
 * never left out of the files without an error on it. Budget checks run on the estimate: an expected cost above {@code
 * monthlyBudgetUsd} is an error, a worst case above it a warning. Nothing is written when the
 * compilation has no valid function. Options: see {@link DescriptorOptions} and {@link
 * OpenApiOptions}. It also writes one OpenAPI 3.1 document per API ({@code openapi-rest.json},
 * {@code openapi-http.json}; see {@link OpenApiBuilder}).
 *
 * <p>The options are parsed and the pricing catalog loaded on a background thread started by the
 * first round that finds a function, so that cold work (Jackson, the catalog) overlaps javac's
 * own rounds instead of adding to the last one; it touches no compiler state.
 *
 * <p>Aggregating for Gradle: the files and the cross-function errors depend on every function of
 * the compilation.
 */
@AutoService(Processor.class)
public final class DescriptorProcessor extends AbstractProcessor {
  /** Every {@code @Function} method seen, in discovery order. */
  private final MethodIndex functions = new MethodIndex();
  /** Every {@code @LambdaAuthorizer} method seen, in discovery order. */
  private final MethodIndex lambdaAuthorizers = new MethodIndex();
  /** Types and packages carrying {@code @JwtAuthorizer} / {@code @CognitoAuthorizer}, by name. */
  private final Set<String> authorizerTypes = new TreeSet<>();
  private final Set<String> authorizerPackages = new TreeSet<>();
  /** The valid authorizers of the compilation, known once the last round read them. */
  private List<AuthorizerDecl> authorizers = List.of();
  /** The options, parsed in the background once a function is seen; null until then. */
  private FutureTask<DescriptorOptions.Parsed> options;
  private boolean finished;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(FunctionReader.FUNCTION, AuthorizerReader.JWT, AuthorizerReader.JWT_LIST,
        AuthorizerReader.COGNITO, AuthorizerReader.COGNITO_LIST, AuthorizerReader.LAMBDA);
  }

  @Override
  public Set<String> getSupportedOptions() {
    Set<String> names = new HashSet<>(DescriptorOptions.NAMES);
    names.addAll(OpenApiOptions.NAMES);
    return names;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      if (round.processingOver()) {
        finish();
      } else {
        remember(round);
      }
    } catch (RuntimeException | LinkageError e) {
      // Never crash the compilation; no single element is to blame here.
      print(GlobalReport.error(Message.INTERNAL, Diagnostics.describe(e)));
    }
    return false;
  }

  private void remember(RoundEnvironment round) {
    rememberAuthorizers(round);
    TypeElement function = processingEnv.getElementUtils().getTypeElement(FunctionReader.FUNCTION);
    if (function == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(function)) {
      // Methods of local and anonymous classes are not remembered; they are errors.
      if (element instanceof ExecutableElement method) {
        functions.add(method);
      }
    }
    if (!functions.isEmpty() && options == null) {
      Map<String, String> given = new HashMap<>(processingEnv.getOptions());
      options = new FutureTask<>(() -> DescriptorOptions.parse(given));
      Thread thread = new Thread(options, "lambdaforge-descriptor-options");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Remembers where authorizers are declared, by name (elements belong to one round). */
  private void rememberAuthorizers(RoundEnvironment round) {
    for (String name : List.of(AuthorizerReader.JWT, AuthorizerReader.JWT_LIST,
        AuthorizerReader.COGNITO, AuthorizerReader.COGNITO_LIST)) {
      TypeElement annotation = processingEnv.getElementUtils().getTypeElement(name);
      if (annotation == null) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type) {
          authorizerTypes.add(type.getQualifiedName().toString());
        } else if (element instanceof PackageElement pkg) {
          authorizerPackages.add(pkg.getQualifiedName().toString());
        }
      }
    }
    TypeElement lambda = processingEnv.getElementUtils().getTypeElement(AuthorizerReader.LAMBDA);
    if (lambda != null) {
      for (Element element : round.getElementsAnnotatedWith(lambda)) {
        if (element instanceof ExecutableElement method) {
          lambdaAuthorizers.add(method);
        }
      }
    }
  }

  /**
   * The authorizer declarations, read again: packages, then types, then Lambda authorizer methods,
   * each group by name. Invalid JWT and Cognito declarations are reported here; invalid Lambda
   * authorizers were reported by the {@link AuthorizerProcessor}. {@code refused} receives the
   * names of the invalid ones.
   */
  private List<AuthorizerDecl> readAuthorizers(Set<String> refused) {
    AuthorizerReader reader = new AuthorizerReader(processingEnv.getElementUtils());
    List<AuthorizerDecl> decls = new ArrayList<>();
    List<Element> declaring = new ArrayList<>();
    authorizerPackages.forEach(name -> {
      PackageElement pkg = processingEnv.getElementUtils().getPackageElement(name);
      if (pkg != null) {
        declaring.add(pkg);
      }
    });
    authorizerTypes.forEach(name -> {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        declaring.add(type);
      }
    });
    for (Element element : declaring) {
      List<Report> reports = new ArrayList<>();
      decls.addAll(reader.declared(element, reports));
      reports.forEach(this::print);
      reports.forEach(r -> refused.add(String.valueOf(r.position().mirror() == null ? ""
          : nameOf(r.position().mirror()))));
    }
    List<ExecutableElement> methods =
        new ArrayList<>(lambdaAuthorizers.methods(processingEnv.getElementUtils()));
    methods.sort(DeclarationOrder.COMPARATOR);
    for (ExecutableElement method : methods) {
      List<Report> ignored = new ArrayList<>();
      reader.lambda(method, ignored).filter(d -> ignored.stream().noneMatch(Report::isError))
          .ifPresentOrElse(decls::add, () -> refused.add(lambdaName(method)));
    }
    return decls;
  }

  private static String nameOf(javax.lang.model.element.AnnotationMirror mirror) {
    for (var e : mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("name")) {
        return String.valueOf(e.getValue().getValue());
      }
    }
    return "";
  }

  private static String lambdaName(ExecutableElement method) {
    for (var mirror : method.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals(AuthorizerReader.LAMBDA)) {
        return nameOf(mirror);
      }
    }
    return "";
  }

  /** The parsed options: the background result, or parsed here if there is none. */
  private DescriptorOptions.Parsed parsedOptions() {
    if (options == null) {
      return DescriptorOptions.parse(processingEnv.getOptions());
    }
    try {
      return options.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DescriptorOptions.parse(processingEnv.getOptions());
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void finish() {
    if (finished || functions.isEmpty()) {
      return;
    }
    finished = true;
    DescriptorOptions.Parsed parsed = parsedOptions();
    parsed.reports().forEach(this::print);
    if (parsed.options().isEmpty()) {
      return;
    }
    List<GlobalReport> openapiReports = new ArrayList<>();
    Optional<Boolean> restDefinition =
        OpenApiOptions.restDefinition(processingEnv.getOptions(), openapiReports);
    openapiReports.forEach(this::print);
    if (restDefinition.isEmpty()) {
      return;
    }
    List<CompilationValidator.Entry> valid = validFunctions();
    OpenApiBuilder openapi =
        new OpenApiBuilder(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    DescriptorAssembler.Assembly assembly =
        DescriptorAssembler.assemble(valid, parsed.options().get(), openapi::documents,
            restDefinition.get(), authorizers);
    assembly.reports().forEach(this::print);
    if (assembly.files().isEmpty()) {
      return;
    }
    Element[] originating = valid.stream().map(e -> e.site().method()).toArray(Element[]::new);
    for (Map.Entry<String, String> file : assembly.files().entrySet()) {
      write(file.getKey(), file.getValue(), originating);
    }
    assembly
        .note()
        .ifPresent(note -> processingEnv.getMessager().printMessage(Diagnostic.Kind.NOTE, note));
  }

  /**
   * Every remembered function read again in {@linkplain DeclarationOrder declaration order}, minus
   * those with an error from reading or from the per-function validators (the {@link
   * FunctionProcessor} reports those on the function), those still unresolved (reported as {@code
   * LF_UNRESOLVED_TYPE} by the {@link FunctionProcessor}), those whose reading failed here (an
   * internal error on the function) and those failing a cross-function check (unique adapter
   * classes, names, ALB priorities, routes), which this processor reports on the later declaration.
   */
  private List<CompilationValidator.Entry> validFunctions() {
    // The FunctionProcessor reports a bad -Alambdaforge.snapStart value; both read it the same way.
    FunctionReader reader =
        new FunctionReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(),
            "true".equalsIgnoreCase(processingEnv.getOptions().get(FunctionProcessor.SNAP_START)));
    FunctionValidator validator = new FunctionValidator();
    List<ExecutableElement> methods =
        new ArrayList<>(functions.methods(processingEnv.getElementUtils()));
    methods.sort(DeclarationOrder.COMPARATOR);
    List<CompilationValidator.Entry> entries = new ArrayList<>();
    for (ExecutableElement method : methods) {
      try {
        ReadResult read = reader.read(method);
        if (read.isDeferred() || hasError(read.reports())) {
          continue;
        }
        if (read.model() == null) {
          print(Report.error(Message.INTERNAL, Position.of(method), "the function could not be read"));
          continue;
        }
        if (!hasError(validator.validate(read.model(), read.site()))) {
          entries.add(new CompilationValidator.Entry(read.model(), read.site()));
        }
      } catch (RuntimeException | LinkageError e) {
        print(Report.error(Message.INTERNAL, Position.of(method), Diagnostics.describe(e)));
      }
    }
    Set<Element> failed = new HashSet<>();
    for (Report report : new CompilationValidator().validate(entries)) {
      print(report);
      if (report.isError()) {
        failed.add(report.position().element());
      }
    }
    entries.removeIf(entry -> failed.contains(entry.site().method()));
    Set<String> refused = new TreeSet<>();
    List<AuthorizerDecl> decls = readAuthorizers(refused);
    AuthorizerChecks checks = new AuthorizerChecks();
    Set<String> functionNames = new HashSet<>();
    entries.forEach(e -> functionNames.add(e.model().functionName()));
    checks.declare(decls, functionNames, refused).forEach(this::print);
    entries.removeIf(entry -> {
      boolean[] left = {false};
      checks.check(entry, left).forEach(this::print);
      return left[0];
    });
    authorizers = List.copyOf(checks.declared().values());
    return entries;
  }

  private void write(String path, String content, Element[] originating) {
    try {
      FileObject file =
          processingEnv
              .getFiler()
              .createResource(StandardLocation.CLASS_OUTPUT, "", path, originating);
      try (Writer out = new OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        out.write(content);
      }
    } catch (IOException | RuntimeException e) {
      print(GlobalReport.error(Message.DESCRIPTOR_WRITE, path, Diagnostics.describe(e)));
    }
  }

  private static boolean hasError(List<Report> reports) {
    return reports.stream().anyMatch(Report::isError);
  }

  private void print(GlobalReport report) {
    processingEnv.getMessager().printMessage(report.kind(), report.text());
  }

  private void print(Report report) {
    Diagnostics.print(processingEnv.getMessager(), report);
  }
}
