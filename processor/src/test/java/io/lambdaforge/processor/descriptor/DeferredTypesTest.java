package io.lambdaforge.processor.descriptor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.messages;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.requireFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.lambdaforge.processor.DescriptorProcessor;
import io.lambdaforge.processor.FunctionProcessor;
import io.lambdaforge.processor.SourceInFirstRound;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Functions whose types another processor generates in a later round. */
class DeferredTypesTest {
  private static JavaFileObject usesPayload() {
    return JavaFileObjects.forSourceLines(
        "com.acme.Api",
        "package com.acme;",
        "import io.lambdaforge.annotations.*;",
        "import com.acme.gen.Payload;",
        "public class Api {",
        "  @Function(name = \"store\")",
        "  public static String store(Payload payload) { return payload.id(); }",
        "}");
  }

  @Test
  void functionWithGeneratedTypeReachesTheDescriptor() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(
                new SourceInFirstRound("com.acme.gen.Payload", "package com.acme.gen;\npublic record Payload(String id) {}\n"), new FunctionProcessor(), new DescriptorProcessor())
            .compile(usesPayload());
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        requireFile(compilation, DescriptorAssembler.FUNCTIONS)
            .contains("\"handler\" : \"com.acme.Api_StoreHandler::handleRequest\""),
        () -> messages(compilation));
  }

  @Test
  void neverResolvedTypeIsReportedOnlyByTheFunctionProcessor() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new FunctionProcessor(), new DescriptorProcessor())
            .compile(usesPayload());
    assertThat(compilation).failed();
    long lambdaforge =
        compilation.errors().stream().filter(d -> d.getMessage(null).startsWith("[LF_")).count();
    assertEquals(1, lambdaforge, () -> messages(compilation));
    assertThat(compilation).hadErrorContaining("[LF_UNRESOLVED_TYPE]");
    assertTrue(compilation.notes().isEmpty(), () -> messages(compilation));
  }
}
