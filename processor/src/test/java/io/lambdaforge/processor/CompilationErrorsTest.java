package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Checks across every function of the compilation. */
class CompilationErrorsTest {
  @Test
  void duplicateFunctionName() {
    assertError("LF_DUPLICATE_FUNCTION_NAME", "void second()",
        "@Function(name = \"same\") public static void first() {}",
        "@Function(name = \"same\") public static void second() {}");
  }

  @Test
  void duplicateAdapter() {
    assertError("LF_DUPLICATE_ADAPTER", "void run(int n)",
        "@Function(name = \"runText\") public static void run(String s) {}",
        "@Function(name = \"runNumber\")",
        "public static void run(int n) {}");
  }

  @Test
  void duplicateAlbPriority() {
    assertError("LF_DUPLICATE_ALB_PRIORITY", "path = \"/b\", priority = 7",
        "@Function(triggers = @Trigger(source = Source.ALB, path = \"/a\", priority = 7))",
        "public static void a() {}",
        "@Function(triggers = @Trigger(source = Source.ALB, path = \"/b\", priority = 7))",
        "public static void b() {}");
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
    Compilation compilation = Compilations.compile(first, second);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[LF_ROUTE_CONFLICT]")
        .inFile(second)
        .onLineContaining("path = \"/orders/{key}\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void sameRouteOnDifferentSourcesOrMethodsIsFine() {
    assertThat(
            Compilations.compile(
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
}
