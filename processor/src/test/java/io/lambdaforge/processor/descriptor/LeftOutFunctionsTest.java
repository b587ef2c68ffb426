package io.lambdaforge.processor.descriptor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.messages;
import static io.lambdaforge.processor.descriptor.DescriptorCompilations.notedFunctions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.lambdaforge.processor.DescriptorProcessor;
import io.lambdaforge.processor.FunctionProcessor;
import io.lambdaforge.processor.SourceInFirstRound;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A function left out of template.yaml always carries an error of its own. */
class LeftOutFunctionsTest {
  /** Its parameter type is generated in the first round: it is read a round later than Beta's. */
  private static final JavaFileObject ALPHA = JavaFileObjects.forSourceLines(
      "com.acme.Alpha",
      "package com.acme;",
      "import io.lambdaforge.annotations.*;",
      "import com.acme.gen.Payload;",
      "public class Alpha {",
      "  @Function(name = \"twin\")",
      "  public static String a(Payload payload) { return payload.id(); }",
      "}");
  private static final JavaFileObject BETA = JavaFileObjects.forSourceLines(
      "com.acme.Beta",
      "package com.acme;",
      "import io.lambdaforge.annotations.*;",
      "public class Beta {",
      "  @Function(name = \"twin\", memory = 256)",
      "  public static String b(String text) { return text; }",
      "  @Function(name = \"other\")",
      "  public static String c(String text) { return text; }",
      "}");

  private static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(
            new SourceInFirstRound("com.acme.gen.Payload",
                "package com.acme.gen;\npublic record Payload(String id) {}\n"),
            new FunctionProcessor(), new DescriptorProcessor())
        .compile(sources);
  }

  /**
   * Beta#b clashes with Alpha#a, which is read in a later round. The one left out of the descriptor
   * is the one with the error, in either file order.
   */
  @Test
  void aNameClashAcrossRoundsLeavesOutExactlyTheFunctionWithTheError() {
    for (Compilation compilation : List.of(compile(ALPHA, BETA), compile(BETA, ALPHA))) {
      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[LF_DUPLICATE_FUNCTION_NAME] function name \"twin\" is also used by"
              + " com.acme.Alpha#a")
          .inFile(BETA)
          .onLineContaining("memory = 256");
      assertEquals(1, compilation.errors().size(), () -> messages(compilation));
      // written: Alpha's twin and Beta's other; left out: Beta#b, which has the error
      assertEquals(List.of("other", "twin"), notedFunctions(compilation), () -> messages(compilation));
    }
  }
}
