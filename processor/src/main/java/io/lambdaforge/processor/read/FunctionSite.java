package io.lambdaforge.processor.read;

import io.lambdaforge.processor.diag.Position;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Where each part of a {@code @Function} declaration is in the source, so validators can point
 * diagnostics at the narrowest element: the annotation value when it was written, else the
 * annotation, else the element. Index arguments follow the model's list order.
 */
public final class FunctionSite {
  private final ExecutableElement method;
  private final AnnotationMirror function;
  private final Map<String, AnnotationValue> explicit;
  private final List<Nested> triggers;
  private final List<Nested> environment;
  private final Nested traffic;
  private final List<VariableElement> parameters;
  private final List<AnnotationMirror> parameterBindings;
  private final AnnotationMirror functionUrl;
  private final Element corsElement;
  private final AnnotationMirror cors;

  /** A nested annotation: its value inside {@code @Function} and its explicit attributes. */
  record Nested(AnnotationValue value, Map<String, AnnotationValue> explicit) {}

  FunctionSite(
      ExecutableElement method,
      AnnotationMirror function,
      Map<String, AnnotationValue> explicit,
      List<Nested> triggers,
      List<Nested> environment,
      Nested traffic,
      List<VariableElement> parameters,
      List<AnnotationMirror> parameterBindings,
      AnnotationMirror functionUrl,
      Element corsElement,
      AnnotationMirror cors) {
    this.functionUrl = functionUrl;
    this.corsElement = corsElement;
    this.cors = cors;
    this.method = method;
    this.function = function;
    this.explicit = Map.copyOf(explicit);
    this.triggers = List.copyOf(triggers);
    this.environment = List.copyOf(environment);
    this.traffic = traffic;
    this.parameters = List.copyOf(parameters);
    this.parameterBindings = parameterBindings;
  }

  /** The annotated method. */
  public ExecutableElement method() {
    return method;
  }

  /** The method declaration itself (for shape errors). */
  public Position methodPosition() {
    return Position.of(method);
  }

  /** The {@code @Function} annotation. */
  public Position annotation() {
    return Position.of(method, function);
  }

  /** A {@code @Function} attribute: its written value, else the annotation. */
  public Position attribute(String name) {
    AnnotationValue value = explicit.get(name);
    return value == null ? annotation() : new Position(method, function, value);
  }

  /** Whether the {@code @Function} attribute {@code name} is written in the source. */
  public boolean explicit(String name) {
    return explicit.containsKey(name);
  }

  /** The i-th {@code @Trigger}. */
  public Position trigger(int index) {
    return nested(triggers.get(index), null);
  }

  /** An attribute of the i-th {@code @Trigger}: its written value, else the trigger. */
  public Position triggerAttribute(int index, String name) {
    return nested(triggers.get(index), name);
  }

  /** Whether the i-th {@code @Trigger} writes attribute {@code name} in the source. */
  public boolean triggerExplicit(int index, String name) {
    return triggers.get(index).explicit().containsKey(name);
  }

  /** The i-th {@code @Env}'s attribute ("name" or "value"). */
  public Position environment(int index, String name) {
    return nested(environment.get(index), name);
  }

  /** An attribute of {@code @Traffic}, or the {@code traffic} attribute, or the annotation. */
  public Position trafficAttribute(String name) {
    return traffic == null ? attribute("traffic") : nested(traffic, name);
  }

  /** The {@code @FunctionUrl} annotation (or an attribute of it), else the {@code @Function} annotation. */
  public Position functionUrl(String name) {
    if (functionUrl == null) {
      return annotation();
    }
    if (name == null) {
      return Position.of(method, functionUrl);
    }
    for (var e : functionUrl.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals(name)) {
        return new Position(method, functionUrl, e.getValue());
      }
    }
    return Position.of(method, functionUrl);
  }

  /**
   * The {@code @Cors} annotation (or an attribute of it) on the method or its class, else the
   * {@code @Function} annotation.
   */
  public Position cors(String name) {
    if (cors == null) {
      return annotation();
    }
    for (var e : cors.getElementValues().entrySet()) {
      if (name != null && e.getKey().getSimpleName().contentEquals(name)) {
        return new Position(corsElement, cors, e.getValue());
      }
    }
    return Position.of(corsElement, cors);
  }

  /** Whether {@code @Cors} is on the method itself (not inherited from its class). */
  public boolean corsOnMethod() {
    return cors != null && corsElement == method;
  }

  /** The i-th parameter, narrowed to its binding annotation when it has one. */
  public Position parameter(int index) {
    AnnotationMirror binding = parameterBindings.get(index);
    return binding == null
        ? Position.of(parameters.get(index))
        : Position.of(parameters.get(index), binding);
  }

  private Position nested(Nested nested, String name) {
    AnnotationValue value = name == null ? null : nested.explicit().get(name);
    return new Position(method, function, value != null ? value : nested.value());
  }
}
