package io.lambdaforge.processor.diag;

import java.util.Objects;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic points: an element, optionally narrowed to an annotation on it and to one of
 * that annotation's values.
 *
 * @param element the element (never null)
 * @param mirror the annotation, or null
 * @param value the annotation value, or null (only with a mirror)
 */
public record Position(Element element, AnnotationMirror mirror, AnnotationValue value) {
  public Position {
    Objects.requireNonNull(element, "element");
    if (value != null && mirror == null) {
      throw new IllegalArgumentException("a value needs its annotation mirror");
    }
  }

  public static Position of(Element element) {
    return new Position(element, null, null);
  }

  public static Position of(Element element, AnnotationMirror mirror) {
    return new Position(element, mirror, null);
  }
}
