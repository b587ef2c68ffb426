package io.lambdaforge.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RouteTemplateTest {
  @Test
  void parsesLiteralParamAndGreedySegments() {
    RouteTemplate route = RouteTemplate.parse("/orders/{id}/files/{path+}");
    assertEquals(
        List.of(
            new RouteTemplate.Segment(RouteTemplate.Segment.Kind.LITERAL, "orders"),
            new RouteTemplate.Segment(RouteTemplate.Segment.Kind.PARAM, "id"),
            new RouteTemplate.Segment(RouteTemplate.Segment.Kind.LITERAL, "files"),
            new RouteTemplate.Segment(RouteTemplate.Segment.Kind.GREEDY, "path")),
        route.segments());
    assertEquals(List.of("id", "path"), route.parameterNames());
    assertEquals("/orders/{}/files/{+}", route.conflictKey());
  }

  @Test
  void rootHasNoSegments() {
    assertEquals(List.of(), RouteTemplate.parse("/").segments());
    assertEquals("/", RouteTemplate.parse("/").conflictKey());
  }

  @Test
  void conflictKeyIgnoresParameterNamesOnly() {
    assertEquals(
        RouteTemplate.parse("/a/{id}").conflictKey(), RouteTemplate.parse("/a/{key}").conflictKey());
    assertNotEquals(
        RouteTemplate.parse("/a/{id}").conflictKey(), RouteTemplate.parse("/a/{id+}").conflictKey());
    assertNotEquals(
        RouteTemplate.parse("/a/b").conflictKey(), RouteTemplate.parse("/a/{b}").conflictKey());
  }

  @Test
  void rejectsInvalidTemplatesWithAReason() {
    assertProblem("", "empty");
    assertProblem("orders", "start with '/'");
    assertProblem("/a//b", "empty segment");
    assertProblem("/a/", "empty segment");
    assertProblem("/a?x=1", "query string");
    assertProblem("/{a}/{a}", "appears twice");
    assertProblem("/{p+}/x", "last segment");
    assertProblem("/x{id}", "exactly one {name}");
    assertProblem("/{}", "exactly one {name}");
    assertProblem("/{a b}", "[A-Za-z0-9_.-]+");
    assertThrows(IllegalArgumentException.class, () -> RouteTemplate.parse("/a//b"));
  }

  private static void assertProblem(String path, String fragment) {
    String problem = RouteTemplate.problem(path).orElseThrow(() -> new AssertionError(path));
    assertTrue(problem.contains(fragment), path + ": " + problem);
  }
}
