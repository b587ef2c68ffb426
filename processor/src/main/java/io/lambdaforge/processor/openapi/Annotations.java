package io.lambdaforge.processor.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** Reads annotations by qualified name, so the processor needs no Jackson annotations on its path. */
final class Annotations {
  private Annotations() {}

  static boolean has(Element element, String annotation) {
    return mirror(element, annotation) != null;
  }

  /** The explicit value of {@code attribute}, or null when absent or not written. */
  static Object value(Element element, String annotation, String attribute) {
    AnnotationMirror mirror = mirror(element, annotation);
    if (mirror == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue().getValue();
      }
    }
    return null;
  }

  /** A {@code String[]} attribute's explicit values (empty when absent). */
  static List<String> strings(Element element, String annotation, String attribute) {
    Object value = value(element, annotation, attribute);
    List<String> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof AnnotationValue annotationValue && annotationValue.getValue() instanceof String s) {
          out.add(s);
        }
      }
    } else if (value instanceof String s) {
      out.add(s);
    }
    return out;
  }

  private static AnnotationMirror mirror(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
        return mirror;
      }
    }
    return null;
  }
}
