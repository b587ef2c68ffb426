package io.lambdaforge.processor.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.lambdaforge.processor.Compilations;
import io.lambdaforge.processor.FunctionProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles samples with the FunctionProcessor, reads generated sources and loads adapters. */
final class Harness {
  private Harness() {}

  /** A source file {@code fqn} made of {@code lines}. */
  static JavaFileObject source(String fqn, String... lines) {
    return JavaFileObjects.forSourceLines(fqn, lines);
  }

  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac().withProcessors(new FunctionProcessor()).compile(sources);
  }

  /** Compiles and fails the test with every diagnostic unless the compilation is clean. */
  static Compilation compileClean(JavaFileObject... sources) {
    Compilation compilation = compile(sources);
    boolean clean =
        compilation.status() == Compilation.Status.SUCCESS
            && compilation.diagnostics().stream()
                .noneMatch(
                    d ->
                        d.getKind() == Diagnostic.Kind.ERROR
                            || d.getKind() == Diagnostic.Kind.WARNING
                            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING);
    assertTrue(clean, () -> messages(compilation));
    return compilation;
  }

  static String messages(Compilation compilation) {
    return compilation.diagnostics().stream()
        .map(d -> d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null))
        .collect(Collectors.joining("\n"));
  }

  /** The text of a generated source, by qualified type name. */
  static String generatedSource(Compilation compilation, String fqn) {
    JavaFileObject file =
        compilation
            .generatedSourceFile(fqn)
            .orElseThrow(
                () -> new AssertionError("no generated " + fqn + "\n" + messages(compilation)));
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The adapters of a compilation, instantiated the way the Lambda runtime does. */
  static final class Adapters {
    private final ClassLoader loader;
    private final String packageName;

    Adapters(Compilation compilation, String packageName) {
      this.loader = Compilations.classLoader(compilation);
      this.packageName = packageName;
    }

    RequestStreamHandler handler(String simpleName) {
      try {
        return (RequestStreamHandler)
            loader.loadClass(packageName + "." + simpleName).getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("cannot instantiate " + simpleName, e);
      }
    }

    Class<?> load(String simpleName) throws ClassNotFoundException {
      return loader.loadClass(packageName + "." + simpleName);
    }
  }

}
