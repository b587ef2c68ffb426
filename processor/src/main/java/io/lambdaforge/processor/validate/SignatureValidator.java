package io.lambdaforge.processor.validate;

import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/** The method and its classes must be callable from a generated adapter in the same package. */
final class SignatureValidator implements Validator {

  @Override
  public List<Report> validate(FunctionModel model, FunctionSite site) {
    List<Report> reports = new ArrayList<>();
    ExecutableElement method = site.method();
    Position at = site.methodPosition();
    String name = model.qualifiedMethod();
    if (!method.getModifiers().contains(Modifier.PUBLIC)) {
      reports.add(Report.error(Message.METHOD_NOT_PUBLIC, at, name));
    }
    boolean isAbstract = method.getModifiers().contains(Modifier.ABSTRACT);
    if (isAbstract) {
      reports.add(Report.error(Message.METHOD_ABSTRACT, at, name));
    }
    if (!method.getTypeParameters().isEmpty()) {
      reports.add(
          Report.error(
              Message.GENERIC_METHOD,
              at,
              name,
              method.getTypeParameters().stream()
                  .map(p -> p.getSimpleName().toString())
                  .collect(Collectors.joining(", ", "<", ">"))));
    }
    for (Element e = method.getEnclosingElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        reports.add(Report.error(Message.CLASS_PRIVATE, at, ((TypeElement) e).getQualifiedName()));
        break;
      }
    }
    if (model.isStatic() || isAbstract) {
      return reports;
    }
    TypeElement type = (TypeElement) method.getEnclosingElement();
    String typeName = type.getQualifiedName().toString();
    if (isInner(type)) {
      reports.add(Report.error(Message.INNER_CLASS, at, typeName));
    }
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
      reports.add(Report.error(Message.ABSTRACT_CLASS, at, typeName, name));
      return reports;
    }
    if (!type.getTypeParameters().isEmpty()) {
      reports.add(Report.error(Message.GENERIC_CLASS, at, typeName, name));
    }
    if (!hasCallableNoArgConstructor(type)) {
      reports.add(
          Report.error(
              Message.NO_PUBLIC_CONSTRUCTOR, at, typeName, name, type.getSimpleName()));
    }
    return reports;
  }

  /** A member class that is not static (interfaces, enums and records are implicitly static). */
  private static boolean isInner(TypeElement type) {
    return type.getNestingKind() == NestingKind.MEMBER
        && type.getKind() == ElementKind.CLASS
        && !type.getModifiers().contains(Modifier.STATIC)
        && type.getEnclosingElement().getKind() != ElementKind.INTERFACE
        && type.getEnclosingElement().getKind() != ElementKind.ANNOTATION_TYPE;
  }

  /** The adapter is in the same package, so any non-private no-argument constructor will do. */
  private static boolean hasCallableNoArgConstructor(TypeElement type) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && !constructor.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }
}
