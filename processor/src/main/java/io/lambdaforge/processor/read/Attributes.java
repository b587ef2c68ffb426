package io.lambdaforge.processor.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Typed access to one annotation mirror's attributes (defaults included), keeping each explicitly
 * written {@link AnnotationValue} for diagnostics.
 */
final class Attributes {
  private final Map<String, AnnotationValue> all = new LinkedHashMap<>();
  private final Map<String, AnnotationValue> explicit = new LinkedHashMap<>();

  Attributes(Elements elements, AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      all.put(e.getKey().getSimpleName().toString(), e.getValue());
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      explicit.put(e.getKey().getSimpleName().toString(), e.getValue());
    }
  }

  /** The values written in source, by attribute name. */
  Map<String, AnnotationValue> explicit() {
    return explicit;
  }

  String string(String name) {
    Object value = raw(name);
    return value instanceof String ? (String) value : "";
  }

  int intValue(String name, int fallback) {
    Object value = raw(name);
    return value instanceof Number ? ((Number) value).intValue() : fallback;
  }

  long longValue(String name, long fallback) {
    Object value = raw(name);
    return value instanceof Number ? ((Number) value).longValue() : fallback;
  }

  double doubleValue(String name, double fallback) {
    Object value = raw(name);
    return value instanceof Number ? ((Number) value).doubleValue() : fallback;
  }

  boolean booleanValue(String name) {
    return Boolean.TRUE.equals(raw(name));
  }

  /** The enum constant's name, or {@code fallback}. */
  String enumName(String name, String fallback) {
    Object value = raw(name);
    return value instanceof VariableElement
        ? ((VariableElement) value).getSimpleName().toString()
        : fallback;
  }

  /** The elements of an array attribute, each an AnnotationValue. */
  @SuppressWarnings("unchecked")
  List<? extends AnnotationValue> array(String name) {
    Object value = raw(name);
    return value instanceof List ? (List<? extends AnnotationValue>) value : List.of();
  }

  /** A nested annotation attribute, or null. */
  AnnotationMirror annotation(String name) {
    Object value = raw(name);
    return value instanceof AnnotationMirror ? (AnnotationMirror) value : null;
  }

  private Object raw(String name) {
    AnnotationValue value = all.get(name);
    return value == null ? null : value.getValue();
  }
}
