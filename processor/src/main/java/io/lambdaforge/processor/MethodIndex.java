package io.lambdaforge.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Methods remembered across rounds as "qualified class name" and member index, never as elements
 * (which belong to one round); looked up again by name when needed. Methods of local and anonymous
 * classes cannot be found again by name and are not remembered.
 */
final class MethodIndex {
  /** "qualified class name" -> member indexes of the remembered methods, in the order added. */
  private final Map<String, Set<Integer>> indexes = new LinkedHashMap<>();

  /** Remembers {@code method}; ignored when its class cannot be found again by name. */
  void add(ExecutableElement method) {
    if (method.getEnclosingElement() instanceof TypeElement type
        && (type.getNestingKind() == NestingKind.TOP_LEVEL
            || type.getNestingKind() == NestingKind.MEMBER)) {
      indexes
          .computeIfAbsent(type.getQualifiedName().toString(), k -> new LinkedHashSet<>())
          .add(type.getEnclosedElements().indexOf(method));
    }
  }

  boolean isEmpty() {
    return indexes.isEmpty();
  }

  /** Whether a method of the class {@code qualifiedName} is remembered. */
  boolean containsClass(String qualifiedName) {
    return indexes.containsKey(qualifiedName);
  }

  /** The remembered methods, looked up again in the current round; vanished ones are skipped. */
  List<ExecutableElement> methods(Elements elements) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Map.Entry<String, Set<Integer>> entry : indexes.entrySet()) {
      TypeElement type = elements.getTypeElement(entry.getKey());
      if (type == null) {
        continue;
      }
      List<? extends Element> members = type.getEnclosedElements();
      for (int index : entry.getValue()) {
        if (index >= 0 && index < members.size() && members.get(index) instanceof ExecutableElement m) {
          methods.add(m);
        }
      }
    }
    return methods;
  }

  void clear() {
    indexes.clear();
  }
}
