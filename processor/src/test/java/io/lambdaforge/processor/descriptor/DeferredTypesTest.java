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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
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

  /** Generates {@code com.acme.gen.Payload} in the first round, like a code generator would. */
  private static final class PayloadGenerator extends AbstractProcessor {
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
        try (Writer out =
            processingEnv.getFiler().createSourceFile("com.acme.gen.Payload").openWriter()) {
          out.write("package com.acme.gen;\npublic record Payload(String id) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void functionWithGeneratedTypeReachesTheDescriptor() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(
                new PayloadGenerator(), new FunctionProcessor(), new DescriptorProcessor())
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
