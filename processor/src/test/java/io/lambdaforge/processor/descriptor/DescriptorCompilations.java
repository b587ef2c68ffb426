package io.lambdaforge.processor.descriptor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.lambdaforge.processor.DescriptorProcessor;
import io.lambdaforge.processor.FunctionProcessor;
import io.lambdaforge.processor.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Compiles with both processors, as a build does, and reads the descriptor files. */
final class DescriptorCompilations {

  private DescriptorCompilations() {}

  /** Compiles {@code sources} with {@code options} ({@code -Akey=value} strings). */
  static Compilation compile(List<String> options, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new FunctionProcessor(), new DescriptorProcessor())
        .withOptions(options)
        .compile(sources);
  }

  static Compilation compile(JavaFileObject... sources) {
    return compile(List.of(), sources);
  }

  /**
   * {@code com.acme.Api} with imports of every Lambdaforge annotation and {@code body} as its
   * members, one per line (line numbers are stable for {@code onLineContaining}).
   */
  static JavaFileObject api(String... body) {
    List<String> lines = new ArrayList<>(List.of(
        "package com.acme;",
        "import io.lambdaforge.annotations.*;",
        "",
        "public class Api {",
        "  public record Order(String id, int quantity) {}"));
    Arrays.stream(body).map(line -> "  " + line).forEach(lines::add);
    lines.add("}");
    return JavaFileObjects.forSourceLines("com.acme.Api", lines);
  }

  /** A generated descriptor file's text, e.g. {@code META-INF/lambdaforge/template.yaml}. */
  static Optional<String> file(Compilation compilation, String path) {
    return compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path).map(f -> {
      try {
        return f.getCharContent(false).toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  static String requireFile(Compilation compilation, String path) {
    return file(compilation, path)
        .orElseThrow(() -> new AssertionError("no " + path + "\n" + messages(compilation)));
  }

  /** Diagnostics of {@code kind} whose text starts with {@code [code]}. */
  static List<Diagnostic<? extends JavaFileObject>> withCode(
      Compilation compilation, Diagnostic.Kind kind, String code) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == kind && d.getMessage(null).startsWith("[" + code + "]"))
        .collect(Collectors.toList());
  }

  /**
   * The function names in the cost NOTE's table, which lists exactly the functions written to the
   * descriptor; usable when the compilation failed (compile-testing then hides generated files).
   */
  static List<String> notedFunctions(Compilation compilation) {
    List<String> notes = notes(compilation);
    if (notes.size() != 1) {
      throw new AssertionError("expected one cost note\n" + messages(compilation));
    }
    List<String> names = new ArrayList<>();
    String[] lines = notes.get(0).split("\n");
    for (int i = 2; i < lines.length && !lines[i].strip().startsWith("free tier (once)"); i++) {
      names.add(lines[i].strip().split(" +")[0]);
    }
    return names;
  }

  static List<String> notes(Compilation compilation) {
    return compilation.notes().stream().map(d -> d.getMessage(null)).collect(Collectors.toList());
  }

  static String messages(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null))
        .collect(Collectors.joining("\n"));
  }

  /** Compares {@code actual} with {@code golden/descriptor/<name>} ({@link Golden}). */
  static void assertGolden(String name, String actual) throws IOException {
    Golden.assertMatches("descriptor/" + name, actual);
  }
}
