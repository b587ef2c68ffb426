package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles sources with the FunctionProcessor and asserts or loads the results. */
public final class Compilations {
  private Compilations() {}

  /** A source file {@code fqn} made of {@code lines}. */
  static JavaFileObject source(String fqn, String... lines) {
    return JavaFileObjects.forSourceLines(fqn, lines);
  }

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new FunctionProcessor()).compile(sources);
  }

  /**
   * Compiles a {@code com.acme.Api} class made of the given body lines (imports of every
   * Lambdaforge annotation, Context, java.util and java.io included) and asserts exactly one
   * processor error with {@code code}, on the line containing {@code line}.
   */
  static void assertError(String code, String line, String... body) {
    JavaFileObject source = api(body);
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + code + "]").inFile(source).onLineContaining(line);
    long lf =
        compilation.errors().stream()
            .filter(d -> d.getMessage(null).startsWith("[LF_"))
            .count();
    assertTrue(lf == 1, () -> "expected one [LF_...] error, got " + messages(compilation));
  }

  /** {@code com.acme.Api} with the standard imports and {@code body} as its members. */
  static JavaFileObject api(String... body) {
    String[] lines = new String[body.length + 12];
    int i = 0;
    lines[i++] = "package com.acme;";
    lines[i++] = "import io.lambdaforge.annotations.*;";
    lines[i++] = "import com.amazonaws.services.lambda.runtime.Context;";
    lines[i++] = "import java.util.*;";
    lines[i++] = "import java.io.*;";
    lines[i++] = "";
    lines[i++] = "public class Api {";
    lines[i++] = "  public record Order(String id, int quantity) {}";
    lines[i++] = "";
    for (String line : body) {
      lines[i++] = "  " + line;
    }
    lines[i++] = "";
    lines[i++] = "}";
    lines[i++] = "";
    return source("com.acme.Api", lines);
  }

  static String messages(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null))
        .collect(Collectors.joining("\n"));
  }

  static void assertNoLambdaforgeErrors(Compilation compilation) {
    boolean clean =
        compilation.diagnostics().stream()
            .noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR);
    assertTrue(clean, () -> messages(compilation));
  }

  /** The text of a generated source, by qualified type name. */
  static String generatedSource(Compilation compilation, String fqn) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(fqn)
            .orElseThrow(() -> new AssertionError("no generated " + fqn + "\n" + messages(compilation)));
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A class loader over the compiled classes of {@code compilation}, child of the test's. */
  public static ClassLoader classLoader(Compilation compilation) {
    Map<String, JavaFileObject> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        int root = path.indexOf("CLASS_OUTPUT/");
        String name = path.substring(root + "CLASS_OUTPUT/".length(), path.length() - ".class".length());
        classes.put(name.replace('/', '.'), file);
      }
    }
    return new ClassLoader(Compilations.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        JavaFileObject file = classes.get(name);
        if (file == null) {
          throw new ClassNotFoundException(name);
        }
        try (InputStream in = file.openInputStream()) {
          byte[] bytes = in.readAllBytes();
          return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
    };
  }
}
