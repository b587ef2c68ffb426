package io.lambdaforge.processor.family.firehose;

import io.lambdaforge.processor.diag.Message;
import io.lambdaforge.processor.diag.Position;
import io.lambdaforge.processor.diag.Report;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import io.lambdaforge.processor.model.TypeShape;
import io.lambdaforge.processor.read.FunctionSite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The method shapes a Firehose transformation may have: one record parameter ({@code byte[]},
 * {@code String}, {@code FirehoseRecord} or a JSON type) and an optional {@code Context}; it
 * returns {@code Optional<Out>} (empty = {@code Dropped}) or {@code FirehoseResult}. The {@code
 * @PartitionKey} accessors of {@code Out} must be readable by the adapter.
 */
final class TransformShape {
  static final String RECORD = "io.lambdaforge.events.firehose.FirehoseRecord";
  static final String RESULT = "io.lambdaforge.events.firehose.FirehoseResult";
  static final String PARTITION_KEY = "io.lambdaforge.annotations.PartitionKey";

  private TransformShape() {}

  static void check(FunctionModel model, FunctionSite site, List<Report> reports) {
    List<ParameterModel> parameters = model.parameters();
    ParameterModel record = null;
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter.binding() != Binding.PAYLOAD) {
        continue; // Context is fine; HTTP bindings are reported by the HTTP family
      }
      if (record != null) {
        reports.add(shape(site.parameter(i), model,
            "it takes two records, " + record.name() + " and " + parameter.name()));
        continue;
      }
      record = parameter;
      TypeShape.Kind kind = parameter.shape().kind();
      if (kind == TypeShape.Kind.OPTIONAL || kind == TypeShape.Kind.INPUT_STREAM) {
        reports.add(shape(site.parameter(i), model,
            "parameter " + parameter.name() + " is " + parameter.type() + ", but a record is always present and read whole"));
      }
    }
    if (record == null) {
      reports.add(shape(site.methodPosition(), model, "it takes no record parameter"));
    }
    ReturnModel returns = model.returnType();
    if (returns.kind() == ReturnModel.Kind.OPTIONAL) {
      ReturnModel.Kind content = returns.of().kind();
      if (content == ReturnModel.Kind.OPTIONAL || content == ReturnModel.Kind.VOID
          || content == ReturnModel.Kind.HTTP_RESPONSE) {
        reports.add(shape(site.methodPosition(), model, "it returns " + returns.type()));
      } else {
        checkPartitionKeys(site, reports);
      }
    } else if (!isResult(returns)) {
      reports.add(shape(site.methodPosition(), model, "it returns " + returns.type()));
    }
  }

  static boolean isResult(ReturnModel returns) {
    return returns.kind() == ReturnModel.Kind.JSON && returns.type().toString().equals(RESULT);
  }

  private static Report shape(Position position, FunctionModel model, String why) {
    return Report.error(Message.FIREHOSE_SHAPE, position, model.qualifiedMethod(), why);
  }

  /**
   * The {@code @PartitionKey} accessors of {@code Out} in a method returning {@code
   * Optional<Out>}, sorted by key name; empty for any other method. Validation has checked them.
   */
  static List<PartitionKeyAccessor> partitionKeys(FunctionSite site) {
    TypeElement type = optionalContent(site);
    if (type == null) {
      return List.of();
    }
    List<PartitionKeyAccessor> keys = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror key = partitionKey(method);
      if (key != null) {
        String name = keyName(key);
        keys.add(new PartitionKeyAccessor(name.isEmpty() ? method.getSimpleName().toString() : name,
            method.getSimpleName().toString()));
      }
    }
    keys.sort(Comparator.comparing(PartitionKeyAccessor::key));
    return List.copyOf(keys);
  }

  private static String keyName(AnnotationMirror key) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : key.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value")) {
        return String.valueOf(e.getValue().getValue());
      }
    }
    return "";
  }

  private static TypeElement optionalContent(FunctionSite site) {
    TypeMirror returned = site.method().getReturnType();
    if (returned.getKind() != TypeKind.DECLARED || ((DeclaredType) returned).getTypeArguments().isEmpty()) {
      return null;
    }
    TypeMirror content = ((DeclaredType) returned).getTypeArguments().get(0);
    if (content.getKind() != TypeKind.DECLARED) {
      return null;
    }
    return (TypeElement) ((DeclaredType) content).asElement();
  }

  /** The {@code @PartitionKey} accessors of {@code Out} in {@code Optional<Out>}. */
  private static void checkPartitionKeys(FunctionSite site, List<Report> reports) {
    TypeElement type = optionalContent(site);
    if (type == null) {
      return;
    }
    Set<String> names = new HashSet<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationMirror key = partitionKey(method);
      if (key == null) {
        continue;
      }
      String problem = null;
      if (!method.getModifiers().contains(Modifier.PUBLIC)) {
        problem = "is not public";
      } else if (method.getModifiers().contains(Modifier.STATIC)) {
        problem = "is static";
      } else if (!method.getParameters().isEmpty()) {
        problem = "takes parameters";
      } else if (method.getReturnType().getKind() == TypeKind.VOID) {
        problem = "returns nothing";
      } else if (!isPublic(type)) {
        problem = "is in a type that is not public";
      } else if (!names.add(keyName(key).isEmpty() ? method.getSimpleName().toString() : keyName(key))) {
        problem = "repeats a key name another accessor already has";
      }
      if (problem != null) {
        reports.add(Report.error(Message.PARTITION_KEY_ACCESSOR, Position.of(method, key),
            method.getSimpleName(), type.getQualifiedName(), problem));
      }
    }
  }

  private static AnnotationMirror partitionKey(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(PARTITION_KEY)) {
        return mirror;
      }
    }
    return null;
  }

  private static boolean isPublic(TypeElement type) {
    for (Element e = type; e != null && e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if ((e.getKind().isClass() || e.getKind().isInterface()) && !e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
