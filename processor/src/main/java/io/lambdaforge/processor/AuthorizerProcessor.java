package io.lambdaforge.processor;

import com.google.auto.service.AutoService;
import io.lambdaforge.processor.auth.AuthorizerDecl;
import io.lambdaforge.processor.auth.AuthorizerReader;
import io.lambdaforge.processor.auth.LambdaAuthorizerGenerator;
import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads, checks and generates the adapter of each {@code @LambdaAuthorizer} method (isolating:
 * each adapter's one originating element is its method). The rules that need every declaration of
 * the compilation (unknown and duplicate names, kinds against sources) and the invalid {@code
 * @JwtAuthorizer} / {@code @CognitoAuthorizer} declarations are the {@link DescriptorProcessor}'s.
 */
@AutoService(Processor.class)
public final class AuthorizerProcessor extends AbstractProcessor {
  private final LambdaAuthorizerGenerator generator = new LambdaAuthorizerGenerator();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(AuthorizerReader.LAMBDA);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement annotation =
        processingEnv.getElementUtils().getTypeElement(AuthorizerReader.LAMBDA);
    if (annotation == null) {
      return false;
    }
    AuthorizerReader reader = new AuthorizerReader(processingEnv.getElementUtils());
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      if (!(element instanceof ExecutableElement method)) {
        continue;
      }
      try {
        List<Report> reports = new ArrayList<>();
        Optional<AuthorizerDecl> decl = reader.lambda(method, reports);
        reports.forEach(r -> Diagnostics.print(processingEnv.getMessager(), r));
        if (decl.isPresent() && reports.stream().noneMatch(Report::isError)) {
          generator.generate(decl.get().lambda(), decl.get().spec(), method)
              .writeTo(processingEnv.getFiler());
        }
      } catch (IOException | RuntimeException | LinkageError e) {
        Diagnostics.print(processingEnv.getMessager(),
            Report.error(Message.INTERNAL, Position.of(method), Diagnostics.describe(e)));
      }
    }
    return false;
  }
}
