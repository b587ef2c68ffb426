package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code [LF_ALB_WILDCARD_SHADOWS]}: a listener evaluates rules from the lowest priority number and
 * the first match wins
 * (https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-update-rules.html),
 * so {@code /orders/*} at priority 1 answers {@code GET /orders/summary} at priority 2.
 */
class AlbWildcardShadowsTest {
  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new FunctionProcessor(), new DescriptorProcessor())
        .compile(sources);
  }

  private static List<String> warnings(Compilation compilation) {
    return compilation.warnings().stream()
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[LF_ALB_WILDCARD_SHADOWS]"))
        .toList();
  }

  private static JavaFileObject api(
      String wildcardPriority, String literalPath, String literalPriority, String... extra) {
    String[] head = {
      "@Function(triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \"/orders/{id}\","
          + " priority = " + wildcardPriority + "))",
      "public static String byId(@PathParam(\"id\") String id) { return id; }",
    };
    String[] tail = {
      "@Function(triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \""
          + literalPath + "\", priority = " + literalPriority + "))",
      "public static String literal() { return \"x\"; }",
    };
    String[] body = new String[head.length + extra.length + tail.length];
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(extra, 0, body, head.length, extra.length);
    System.arraycopy(tail, 0, body, head.length + extra.length, tail.length);
    return Compilations.api(body);
  }

  @Test
  void wildcardBeforeALiteralItMatchesWarnsOnTheLaterRule() {
    JavaFileObject source = api("1", "/orders/summary", "2");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining(
            "[LF_ALB_WILDCARD_SHADOWS] ALB rule GET /orders/{id} of com.acme.Api#byId (path"
                + " pattern /orders/*, priority 1) is evaluated before the literal rule GET"
                + " /orders/summary of com.acme.Api#literal (priority 2) and would answer its"
                + " requests on a shared listener; give the literal rule a priority number below"
                + " 1, or add @SuppressWarnings(\"lambdaforge:alb-wildcard-shadows\") to either"
                + " method if that is intended")
        .inFile(source)
        .onLineContaining("path = \"/orders/summary\", priority = 2");
    assertEquals(1, warnings(compilation).size(), compilation.warnings()::toString);
    assertTrue(
        compilation.warnings().stream()
            .filter(d -> d.getMessage(null).startsWith("[LF_ALB_WILDCARD_SHADOWS]"))
            .allMatch(d -> d.getKind() == Diagnostic.Kind.WARNING));
  }

  @Test
  void literalFirstIsFine() {
    assertTrue(warnings(compile(api("3", "/orders/summary", "2"))).isEmpty());
  }

  @Test
  void wildcardThatCannotMatchTheLiteralIsFine() {
    assertTrue(warnings(compile(api("1", "/health", "2"))).isEmpty());
    // ALB's * matches zero characters too, but the pattern keeps its slash: /orders is not matched
    assertTrue(warnings(compile(api("1", "/orders", "2"))).isEmpty());
  }

  @Test
  void differentMethodsAreFine() {
    JavaFileObject source =
        Compilations.api(
            "@Function(triggers = @Trigger(source = Source.ALB, method = \"GET\","
                + " path = \"/orders/{id}\", priority = 1))",
            "public static String byId(@PathParam(\"id\") String id) { return id; }",
            "@Function(triggers = @Trigger(source = Source.ALB, method = \"POST\","
                + " path = \"/orders/new\", priority = 2))",
            "public static String create() { return \"x\"; }");
    assertTrue(warnings(compile(source)).isEmpty());
  }

  @Test
  void suppressibleOnEitherMethod() {
    Compilation compilation =
        compile(
            Compilations.api(
                "@SuppressWarnings(\"lambdaforge:alb-wildcard-shadows\")",
                "@Function(triggers = @Trigger(source = Source.ALB, method = \"GET\","
                    + " path = \"/orders/{id}\", priority = 1))",
                "public static String byId(@PathParam(\"id\") String id) { return id; }",
                "@Function(triggers = @Trigger(source = Source.ALB, method = \"GET\","
                    + " path = \"/orders/summary\", priority = 2))",
                "public static String literal() { return \"x\"; }"));
    assertThat(compilation).succeeded();
    assertFalse(
        compilation.warnings().stream().anyMatch(d -> d.getMessage(null).contains("LF_ALB")));
  }
}
