package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Typed clients: the golden shape, opt-in, which functions they cover, a missing library. */
class ClientGeneratorTest {
  private static final String CLIENT = "com.acme.PricingClient";

  private static JavaFileObject pricing() {
    return Compilations.source(
        "com.acme.Pricing",
        "package com.acme;",
        "",
        "import static io.lambdaforge.annotations.Source.API_GATEWAY_HTTP;",
        "import static io.lambdaforge.annotations.Source.SDK;",
        "",
        "import com.amazonaws.services.lambda.runtime.Context;",
        "import io.lambdaforge.annotations.Body;",
        "import io.lambdaforge.annotations.Function;",
        "import io.lambdaforge.annotations.PathParam;",
        "import io.lambdaforge.annotations.Trigger;",
        "import java.util.List;",
        "import java.util.Optional;",
        "",
        "public class Pricing {",
        "  public record RepriceRequest(List<String> skus, int percent) {}",
        "  public record RepriceResult(int count) {}",
        "",
        "  @Function",
        "  public RepriceResult reprice(RepriceRequest request, Context context) {",
        "    return new RepriceResult(request.skus().size());",
        "  }",
        "",
        "  @Function(name = \"price-list\")",
        "  public static List<RepriceResult> list() {",
        "    return List.of();",
        "  }",
        "",
        "  @Function",
        "  public Optional<String> lookup(String sku) {",
        "    return Optional.ofNullable(sku);",
        "  }",
        "",
        "  @Function",
        "  public void forget(String invoker) {}",
        "",
        "  @Function(triggers = {@Trigger(source = API_GATEWAY_HTTP, method = \"POST\", path = \"/quotes\"),",
        "      @Trigger(source = SDK)})",
        "  public int quote(@Body RepriceRequest request) {",
        "    return request.percent();",
        "  }",
        "",
        "  @Function(triggers = @Trigger(source = API_GATEWAY_HTTP, method = \"GET\", path = \"/items/{id}\"))",
        "  public String item(@PathParam(\"id\") String id) {",
        "    return id;",
        "  }",
        "}");
  }

  private static Compilation compile(String... options) {
    return Compiler.javac().withProcessors(new FunctionProcessor()).withOptions((Object[]) options).compile(pricing());
  }

  @Test
  void clientMatchesGolden() throws IOException {
    Compilation compilation = compile("-Alambdaforge.clients=true");
    assertThat(compilation).succeededWithoutWarnings();
    String actual = Compilations.generatedSource(compilation, CLIENT);
    Golden.assertMatches("PricingClient.java", actual);
    assertEquals(actual, Compilations.generatedSource(compile("-Alambdaforge.clients=true"), CLIENT));
  }

  @Test
  void noClientUnlessTheOptionIsTrue() {
    for (String[] options : List.of(new String[0], new String[] {"-Alambdaforge.clients=false"})) {
      Compilation compilation = compile(options);
      assertThat(compilation).succeededWithoutWarnings();
      assertFalse(compilation.generatedSourceFile(CLIENT).isPresent(), Arrays.toString(options));
      assertTrue(compilation.generatedSourceFile("com.acme.Pricing_RepriceHandler").isPresent());
    }
  }

  @Test
  void anInvalidOptionValueIsAnError() {
    Compilation compilation = compile("-Alambdaforge.clients=yes");
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[LF_OPTION_VALUE] processor option -Alambdaforge.clients=yes is invalid: write true or false");
  }

  @Test
  void aClassWithOnlyHttpFunctionsGetsNoClient() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new FunctionProcessor())
            .withOptions("-Alambdaforge.clients=true")
            .compile(Compilations.api(
                "@Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/a\"))",
                "public String a() { return \"a\"; }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertFalse(compilation.generatedSourceFile("com.acme.ApiClient").isPresent());
  }

  @Test
  void nestedClassesGetJoinedNames() {
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new FunctionProcessor())
            .withOptions("-Alambdaforge.clients=true")
            .compile(Compilations.source("com.acme.Outer",
                "package com.acme;",
                "import io.lambdaforge.annotations.Function;",
                "public class Outer {",
                "  public static class Inner {",
                "    @Function(name = \"inner-echo\") public String echo(String text) { return text; }",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String source = Compilations.generatedSource(compilation, "com.acme.Outer_InnerClient");
    assertTrue(source.contains("public String echo(String text) {"), source);
    assertTrue(source.contains("return this.invoker.invoke(\"inner-echo\", text, String.class);"), source);
  }

  @Test
  void aMissingClientLibraryIsAClearError() {
    List<File> classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.contains("lambdaforge-client") && !entry.contains("/client/target/")
                && !entry.contains("awssdk"))
            .map(File::new)
            .collect(Collectors.toList());
    JavaFileObject source = pricing();
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new FunctionProcessor())
            .withOptions("-Alambdaforge.clients=true")
            .withClasspath(classpath)
            .compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[LF_CLIENT_LIBRARY] -Alambdaforge.clients=true generates com.acme.PricingClient,"
            + " which needs io.lambdaforge:lambdaforge-client")
        .inFile(source)
        .onLineContaining("public class Pricing");
  }
}
