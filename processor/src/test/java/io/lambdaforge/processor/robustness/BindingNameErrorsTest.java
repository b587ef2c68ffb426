package io.lambdaforge.processor.robustness;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.lambdaforge.processor.FunctionProcessor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** [LF_BINDING_NAME]: found by {@link MalformedSourcesTest}, an empty name bound nothing silently. */
class BindingNameErrorsTest {
  @ParameterizedTest
  @ValueSource(strings = {"QueryParam", "HeaderParam", "CookieParam"})
  void anEmptyBindingNameIsAnErrorOnThatParameter(String annotation) {
    JavaFileObject source =
        JavaFileObjects.forSourceLines(
            "com.acme.Api",
            "package com.acme;",
            "import io.lambdaforge.annotations.*;",
            "public class Api {",
            "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\", path = \"/x\"))",
            "  public static String get(",
            "      @" + annotation + "(\"\") String nameless) {",
            "    return nameless;",
            "  }",
            "}");
    Compilation compilation = Compiler.javac().withProcessors(new FunctionProcessor()).compile(source);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[LF_BINDING_NAME] @" + annotation + " on parameter nameless has an empty name")
        .inFile(source)
        .onLineContaining("String nameless");
  }
}
