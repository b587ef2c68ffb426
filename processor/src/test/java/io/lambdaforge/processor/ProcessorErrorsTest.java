package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** Rounds: deferral of not-yet-generated types, and the last-round report. */
class ProcessorErrorsTest {
  @Test
  void unresolvedTypeIsReportedAtTheLastRound() {
    assertError("LF_UNRESOLVED_TYPE", "Missing payload",
        "@Function",
        "public static void a(Missing payload) {}");
  }

  /** Generates {@code com.acme.Later} in the first round, as another processor would. */
  static final class LaterProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer writer =
            processingEnv.getFiler().createSourceFile("com.acme.Later").openWriter()) {
          writer.write("package com.acme; public record Later(String value) {}");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void typesGeneratedInALaterRoundAreDeferredNotGuessed() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new FunctionProcessor(), new LaterProcessor())
            .compile(
                Compilations.api(
                    "@Function",
                    "public static Later echo(Later later) { return later; }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.acme.Api_EchoHandler")
        .contentsAsUtf8String()
        .contains("PayloadReader<Later> PAYLOAD = PayloadReader.of(\"echo\", Later.class)");
  }
}
