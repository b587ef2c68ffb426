package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The direct-invoke adapter's exact shape, and byte-identical output across compilations. */
class SdkAdapterGoldenTest {
  private static JavaFileObject orders() {
    return Compilations.source(
        "com.acme.Orders",
        "package com.acme;",
        "",
        "import com.amazonaws.services.lambda.runtime.Context;",
        "import io.lambdaforge.annotations.Function;",
        "import java.util.List;",
        "",
        "public class Orders {",
        "  public record Line(String sku, int quantity) {}",
        "  public record Total(int items, String by) {}",
        "",
        "  @Function(memory = 256)",
        "  public Total total(List<Line> input, Context context) throws Exception {",
        "    return new Total(input.stream().mapToInt(Line::quantity).sum(), context.getFunctionName());",
        "  }",
        "}");
  }

  @Test
  void sdkAdapterMatchesGolden() throws IOException {
    Compilation compilation = Compilations.compile(orders());
    assertThat(compilation).succeededWithoutWarnings();
    Golden.assertMatches("Orders_TotalHandler.java",
        Compilations.generatedSource(compilation, "com.acme.Orders_TotalHandler"));
  }

  @Test
  void codecsMatchGolden() throws IOException {
    Compilation compilation = Compilations.compile(orders());
    assertThat(compilation).succeededWithoutWarnings();
    Golden.assertMatches("Orders_TotalHandlerJson.java",
        Compilations.generatedSource(compilation, "com.acme.Orders_TotalHandlerJson"));
  }

  @Test
  void generationIsDeterministic() {
    String first =
        Compilations.generatedSource(Compilations.compile(orders()), "com.acme.Orders_TotalHandler");
    String second =
        Compilations.generatedSource(Compilations.compile(orders()), "com.acme.Orders_TotalHandler");
    assertEquals(first, second);
  }
}
