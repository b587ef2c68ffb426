package io.lambdaforge.processor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The order in which cross-function checks meet functions, so that "the later declaration" is well
 * defined and independent of the order javac was given the files: by the qualified name of the
 * top-level class, then by position in that class (its members in source order, nested classes at
 * their place).
 */
final class DeclarationOrder {
  static final Comparator<Element> COMPARATOR =
      Comparator.comparing(DeclarationOrder::topLevelName).thenComparing(
          DeclarationOrder::path, DeclarationOrder::compare);

  private DeclarationOrder() {}

  private static String topLevelName(Element element) {
    Element e = element;
    while (e.getEnclosingElement() instanceof TypeElement outer) {
      e = outer;
    }
    return e instanceof TypeElement type ? type.getQualifiedName().toString() : "";
  }

  /** Member indexes from the top-level class down to {@code element}. */
  private static List<Integer> path(Element element) {
    List<Integer> path = new ArrayList<>();
    Element e = element;
    while (e.getEnclosingElement() instanceof TypeElement outer) {
      path.add(outer.getEnclosedElements().indexOf(e));
      e = outer;
    }
    Collections.reverse(path);
    return path;
  }

  private static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
