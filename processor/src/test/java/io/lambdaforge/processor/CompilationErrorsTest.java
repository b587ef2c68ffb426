package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Checks across every function of the compilation, made by the aggregating {@link
 * DescriptorProcessor}: each clash is one error on the later declaration (later in its file; across
 * files, in the class whose qualified name sorts later), naming the earlier one, whatever order
 * javac was given the files in.
 */
class CompilationErrorsTest {
  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new FunctionProcessor(), new DescriptorProcessor())
        .compile(sources);
  }

  /** Exactly one Lambdaforge error: {@code code}, in {@code file} on the line with {@code line}. */
  private static void assertOneError(Compilation compilation, String code, JavaFileObject file,
      String line, String names) {
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + code + "]").inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorContaining(names);
    List<String> lambdaforge = compilation.errors().stream()
        .map(d -> d.getMessage(null))
        .filter(m -> m.startsWith("[LF_"))
        .collect(Collectors.toList());
    assertEquals(1, lambdaforge.size(), lambdaforge::toString);
  }

  private static long lineOf(Compilation compilation, String code) {
    return compilation.errors().stream()
        .filter(d -> d.getMessage(null).startsWith("[" + code + "]"))
        .map(Diagnostic::getLineNumber)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void duplicateFunctionNameIsOnTheLaterMethodOfTheFile() {
    JavaFileObject api = Compilations.api(
        "@Function(name = \"same\", memory = 256)",
        "public static void first() {}",
        "@Function(name = \"same\")",
        "public static void second() {}");
    assertOneError(compile(api), "LF_DUPLICATE_FUNCTION_NAME", api, "@Function(name = \"same\")",
        "function name \"same\" is also used by com.acme.Api#first");
  }

  /** {@code com.acme.<simpleName>}; Alpha's function annotation is on line 6, Beta's on line 7. */
  private static JavaFileObject named(String simpleName, String method, String function) {
    List<String> lines = new java.util.ArrayList<>(List.of(
        "package com.acme;",
        "import io.lambdaforge.annotations.*;",
        "public class " + simpleName + " {",
        "  // padding"));
    if (!simpleName.equals("Alpha")) {
      lines.add("  // more padding");
    }
    lines.add("  public record Unused(String x) {}");
    lines.add("  " + function);
    lines.add("  public static void " + method + "() {}");
    lines.add("}");
    return Compilations.source("com.acme." + simpleName, lines.toArray(String[]::new));
  }

  @Test
  void duplicateFunctionNameAcrossFilesIsOnTheLaterClassWhateverTheFileOrder() {
    JavaFileObject alpha = named("Alpha", "a", "@Function(name = \"twin\")");
    JavaFileObject beta = named("Beta", "b", "@Function(name = \"twin\")");
    for (Compilation compilation : List.of(compile(alpha, beta), compile(beta, alpha))) {
      assertOneError(compilation, "LF_DUPLICATE_FUNCTION_NAME", beta, "@Function(name = \"twin\")",
          "function name \"twin\" is also used by com.acme.Alpha#a");
      assertEquals(7, lineOf(compilation, "LF_DUPLICATE_FUNCTION_NAME"));
    }
  }

  @Test
  void duplicateAdapter() {
    JavaFileObject api = Compilations.api(
        "@Function(name = \"runText\") public static void run(String s) {}",
        "@Function(name = \"runNumber\")",
        "public static void run(int n) {}");
    assertOneError(compile(api), "LF_DUPLICATE_ADAPTER", api, "void run(int n)",
        "com.acme.Api#run");
  }

  @Test
  void duplicateAlbPriorityIsOnTheLaterDeclarationWhateverTheFileOrder() {
    JavaFileObject alpha = named("Alpha", "a",
        "@Function(triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \"/a\", priority = 7))");
    JavaFileObject beta = named("Beta", "b",
        "@Function(triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \"/b\", priority = 7))");
    for (Compilation compilation : List.of(compile(alpha, beta), compile(beta, alpha))) {
      assertOneError(compilation, "LF_DUPLICATE_ALB_PRIORITY", beta, "path = \"/b\", priority = 7",
          "ALB priority 7 is also used by com.acme.Alpha#a");
      assertEquals(7, lineOf(compilation, "LF_DUPLICATE_ALB_PRIORITY"));
    }
  }

  @Test
  void duplicateAlbPriorityInOneFile() {
    JavaFileObject api = Compilations.api(
        "@Function(triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \"/a\", priority = 7))",
        "public static void a() {}",
        "@Function(triggers = @Trigger(source = Source.ALB, method = \"GET\", path = \"/b\", priority = 7))",
        "public static void b() {}");
    assertOneError(compile(api), "LF_DUPLICATE_ALB_PRIORITY", api, "path = \"/b\", priority = 7",
        "is also used by com.acme.Api#a");
  }

  @Test
  void routeConflictAcrossClasses() {
    JavaFileObject first =
        Compilations.source(
            "com.acme.First",
            "package com.acme;",
            "import io.lambdaforge.annotations.*;",
            "public class First {",
            "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\",",
            "      path = \"/orders/{id}\"))",
            "  public static String a(@PathParam(\"id\") String id) { return id; }",
            "}");
    JavaFileObject second =
        Compilations.source(
            "com.acme.Second",
            "package com.acme;",
            "import io.lambdaforge.annotations.*;",
            "public class Second {",
            "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP,",
            "      path = \"/orders/{key}\"))",
            "  public static String b(@PathParam(\"key\") String key) { return key; }",
            "}");
    for (Compilation compilation : List.of(compile(first, second), compile(second, first))) {
      assertOneError(compilation, "LF_ROUTE_CONFLICT", second, "path = \"/orders/{key}\"",
          "com.acme.First#a");
    }
  }

  /** A function URL belongs to one function: its routes conflict within the function only. */
  @Test
  void functionUrlRouteConflictWithinTheFunctionButNotAcrossFunctions() {
    JavaFileObject api = Compilations.api(
        "@Function(triggers = {",
        "    @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/orders/{id}\"),",
        "    @Trigger(source = Source.FUNCTION_URL, method = \"ANY\",",
        "        path = \"/orders/{id}\")})",
        "public static void a(@PathParam(\"id\") String id) {}");
    assertOneError(compile(api), "LF_ROUTE_CONFLICT", api, "path = \"/orders/{id}\")})", "com.acme.Api#a");
    assertThat(
            compile(
                Compilations.api(
                    "@Function(triggers = @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/o\"))",
                    "public static void a() {}",
                    "@Function(triggers = @Trigger(source = Source.FUNCTION_URL, method = \"GET\", path = \"/o\"))",
                    "public static void b() {}")))
        .succeededWithoutWarnings();
  }

  @Test
  void sameRouteOnDifferentSourcesOrMethodsIsFine() {
    assertThat(
            compile(
                Compilations.api(
                    "@Function(triggers = {",
                    "    @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/o\"),",
                    "    @Trigger(source = Source.API_GATEWAY_REST, method = \"GET\", path = \"/o\")})",
                    "public static void a() {}",
                    "@Function(triggers =",
                    "    @Trigger(source = Source.API_GATEWAY_HTTP, method = \"POST\", path = \"/o\"))",
                    "public static void b() {}")))
        .succeededWithoutWarnings();
  }

  /** The function processor alone makes no decision from other functions (Gradle isolating). */
  @Test
  void theFunctionProcessorAloneReportsNoClashAndWritesEveryAdapter() {
    JavaFileObject alpha = named("Alpha", "a", "@Function(name = \"twin\")");
    JavaFileObject beta = named("Beta", "b", "@Function(name = \"twin\")");
    Compilation compilation =
        Compiler.javac().withProcessors(new FunctionProcessor()).compile(alpha, beta);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.Alpha_AHandler");
    assertThat(compilation).generatedSourceFile("com.acme.Beta_BHandler");
  }
}
