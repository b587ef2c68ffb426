package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import org.junit.jupiter.api.Test;

/** Rounds: deferral of not-yet-generated types, and the last-round report. */
class ProcessorErrorsTest {
  @Test
  void unresolvedTypeIsReportedAtTheLastRound() {
    assertError("LF_UNRESOLVED_TYPE", "Missing payload",
        "@Function",
        "public static void a(Missing payload) {}");
  }

  @Test
  void typesGeneratedInALaterRoundAreDeferredNotGuessed() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new FunctionProcessor(), new SourceInFirstRound("com.acme.Later", "package com.acme; public record Later(String value) {}"))
            .compile(
                Compilations.api(
                    "@Function",
                    "public static Later echo(Later later) { return later; }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("com.acme.Api_EchoHandler")
        .contentsAsUtf8String()
        .contains("PayloadReader<Later> PAYLOAD = PayloadReader.of(\"echo\", Api_EchoHandlerJson.CODEC_0)");
    // the deferred type is seen fully in the later round: its codec reads its component
    assertThat(compilation)
        .generatedSourceFile("com.acme.Api_EchoHandlerJson")
        .contentsAsUtf8String()
        .contains("case \"value\":");
  }
}
