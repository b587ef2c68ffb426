package io.lambdaforge.processor.read;

import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.PrimeModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Reads the {@code @Prime} method of a class that declares {@code @Function} methods and checks
 * the class-level rules: one per class ({@code LF_PRIME_DUPLICATE}), no parameters, {@code void},
 * not private ({@code LF_PRIME_SIGNATURE}), and called by at least one SnapStart function
 * ({@code LF_PRIME_UNUSED}, a warning).
 */
public final class PrimeReader {
  /** The annotation's qualified name. */
  public static final String PRIME = "io.lambdaforge.annotations.Prime";

  /** The class's {@code @Prime} method ({@code null} when none is usable) and the problems found. */
  public record Result(PrimeModel prime, List<Report> reports) {}

  private final boolean snapStartForAll;

  public PrimeReader(boolean snapStartForAll) {
    this.snapStartForAll = snapStartForAll;
  }

  public Result read(TypeElement type) {
    List<ExecutableElement> primes = new ArrayList<>();
    boolean anySnapStart = snapStartForAll;
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (annotation(method, PRIME) != null) {
        primes.add(method);
      }
      AnnotationMirror function = annotation(method, FunctionReader.FUNCTION);
      if (function != null && isTrue(function, "snapStart")) {
        anySnapStart = true;
      }
    }
    List<Report> reports = new ArrayList<>();
    if (primes.isEmpty()) {
      return new Result(null, reports);
    }
    ExecutableElement prime = primes.get(0);
    for (int i = 1; i < primes.size(); i++) {
      reports.add(Report.error(Message.PRIME_DUPLICATE, Position.of(primes.get(i)),
          type.getQualifiedName(), name(prime), name(primes.get(i))));
    }
    String problem = signatureProblem(prime);
    if (problem != null) {
      reports.add(Report.error(Message.PRIME_SIGNATURE, Position.of(prime), name(prime), problem));
    }
    if (!anySnapStart) {
      reports.add(Report.warning(Message.PRIME_UNUSED, Position.of(prime), name(prime), type.getQualifiedName()));
    }
    if (problem != null || primes.size() > 1) {
      return new Result(null, reports);
    }
    return new Result(
        new PrimeModel(prime.getSimpleName().toString(), prime.getModifiers().contains(Modifier.STATIC)),
        reports);
  }

  /** {@code Type#method()}, for messages. */
  public static String name(ExecutableElement method) {
    return ((TypeElement) method.getEnclosingElement()).getQualifiedName() + "#" + method.getSimpleName() + "()";
  }

  private static String signatureProblem(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.PRIVATE)) {
      return "is private, and the generated adapter cannot call it";
    }
    if (!method.getParameters().isEmpty()) {
      return "takes " + method.getParameters().size() + " parameter(s), and the adapter has no values for them";
    }
    if (method.getReturnType().getKind() != TypeKind.VOID) {
      return "returns " + method.getReturnType() + ", and nothing would read the result";
    }
    if (!method.getTypeParameters().isEmpty()) {
      return "has type parameters";
    }
    return null;
  }

  private static AnnotationMirror annotation(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
        return mirror;
      }
    }
    return null;
  }

  private static boolean isTrue(AnnotationMirror mirror, String attribute) {
    for (var entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        AnnotationValue value = entry.getValue();
        return Boolean.TRUE.equals(value.getValue());
      }
    }
    return false;
  }
}
