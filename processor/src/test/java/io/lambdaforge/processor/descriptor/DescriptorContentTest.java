package io.lambdaforge.processor.descriptor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.api;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.compile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.file;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.messages;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.notedFunctions;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.requireFile;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.withCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.lambdaforge.descriptor.json.FunctionsDescriptor;
import io.lambdaforge.descriptor.model.FunctionSpec;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Which functions reach the descriptor, and the descriptor-only checks. */
class DescriptorContentTest {
  private static List<String> functionNames(Compilation compilation) {
    String json = requireFile(compilation, DescriptorAssembler.FUNCTIONS);
    return FunctionsDescriptor.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
        .application().functions().stream().map(FunctionSpec::name).toList();
  }

  /** No cost note; when the compilation succeeded (files are visible) also no files. */
  private static void assertNoFiles(Compilation compilation) {
    assertTrue(compilation.notes().isEmpty(), () -> messages(compilation));
    if (compilation.status() == Compilation.Status.FAILURE) {
      return;
    }
    for (String path : List.of(DescriptorAssembler.TEMPLATE, DescriptorAssembler.FUNCTIONS,
        DescriptorAssembler.COST_REPORT)) {
      assertTrue(file(compilation, path).isEmpty(), path + " written");
    }
  }

  @Test
  void noFunctionsNoFiles() {
    Compilation compilation =
        compile(JavaFileObjects.forSourceLines("com.acme.Plain", "package com.acme;",
            "public class Plain { public static int one() { return 1; } }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertNoFiles(compilation);
  }

  @Test
  void functionWithErrorsIsLeftOutAndItsErrorPrintedOnce() {
    JavaFileObject source =
        api(
            "@Function(memory = 100)",
            "public static String broken(String in) { return in; }",
            "@Function",
            "public static String fine(String in) { return in; }");
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorContaining("[LF_MEMORY_RANGE]")
        .inFile(source).onLineContaining("memory = 100");
    assertEquals(1, compilation.errors().size(), () -> messages(compilation));
    assertEquals(List.of("fine"), notedFunctions(compilation));
  }

  @Test
  void crossFunctionClashIsLeftOutAndPrintedOnce() {
    Compilation compilation =
        compile(
            api(
                "@Function(name = \"same\")",
                "public static String a(String in) { return in; }",
                "@Function(name = \"same\")",
                "public static String b(String in) { return in; }"));
    assertEquals(1, withCode(compilation, Diagnostic.Kind.ERROR, "LF_DUPLICATE_FUNCTION_NAME")
        .size(), () -> messages(compilation));
    assertEquals(1, compilation.errors().size(), () -> messages(compilation));
    assertEquals(List.of("same"), notedFunctions(compilation));
  }

  @Test
  void onlyInvalidFunctionsMeansNoFiles() {
    Compilation compilation =
        compile(api("@Function(timeout = 0)", "public static String a(String in) { return in; }"));
    assertEquals(1, compilation.errors().size(), () -> messages(compilation));
    assertNoFiles(compilation);
  }

  @Test
  void invocationsWithoutDuration() {
    JavaFileObject source =
        api(
            "@Function(traffic =",
            "    @Traffic(invocationsPerMonth = 5000))",
            "public static String a(String in) { return in; }",
            "@Function",
            "public static String b(String in) { return in; }");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[LF_TRAFFIC_DURATION_MISSING] traffic declares 5000 invocations per month but no"
                + " averageDurationMs")
        .inFile(source).onLineContaining("@Traffic(invocationsPerMonth = 5000)");
    assertEquals(1, compilation.errors().size(), () -> messages(compilation));
    assertEquals(List.of("b"), notedFunctions(compilation));
  }

  @Test
  void durationOverTimeout() {
    JavaFileObject source =
        api(
            "@Function(timeout = 2, traffic = @Traffic(invocationsPerMonth = 10,",
            "    averageDurationMs = 2500))",
            "public static String a(String in) { return in; }");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[LF_TRAFFIC_DURATION_TIMEOUT] traffic averageDurationMs 2500 exceeds the timeout of"
                + " 2 s (2000 ms); write averageDurationMs = 2000 or less, or raise timeout")
        .inFile(source).onLineContaining("averageDurationMs = 2500");
    assertEquals(1, compilation.errors().size(), () -> messages(compilation));
  }

  @Test
  void namesWithTheSameLogicalId() {
    JavaFileObject source =
        api(
            "@Function(name = \"get-order\")",
            "public static String a(String in) { return in; }",
            "@Function(name = \"getOrder\")",
            "public static String b(String in) { return in; }");
    Compilation compilation = compile(source);
    assertThat(compilation)
        .hadErrorContaining(
            "[LF_LOGICAL_ID_CLASH] function name \"getOrder\" becomes CloudFormation logical ID"
                + " GetOrderFunction, like function \"get-order\" (com.acme.Api#a)")
        .inFile(source).onLineContaining("name = \"getOrder\"");
    assertEquals(1, compilation.errors().size(), () -> messages(compilation));
    assertEquals(List.of("get-order"), notedFunctions(compilation));
  }

  @Test
  void oneCostNotePerCompilation() {
    Compilation compilation =
        compile(
            api("@Function", "public static String a(String in) { return in; }"),
            JavaFileObjects.forSourceLines("com.acme.Other", "package com.acme;",
                "import io.lambdaforge.annotations.*;",
                "public class Other {",
                "  @Function public static String b(String in) { return in; }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(1, compilation.notes().size(), () -> messages(compilation));
    String note = compilation.notes().get(0).getMessage(null);
    assertTrue(note.startsWith("Lambdaforge cost estimate: us-east-1 prices effective"), note);
    assertTrue(note.contains("\n  a "), note);
    assertTrue(note.contains("\n  b "), note);
    assertEquals(List.of("a", "b"), functionNames(compilation));
    assertEquals(List.of("a", "b"), notedFunctions(compilation));
  }
}
