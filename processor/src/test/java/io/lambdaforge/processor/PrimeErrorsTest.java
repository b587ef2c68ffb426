package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.lambdaforge.processor.Compilations.assertError;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The {@code @Prime} rules: one error (or warning) per rule, on the element to fix. */
class PrimeErrorsTest {
  private static final String SNAP_FUNCTION =
      "@Function(snapStart = true) public static String f(Order o) { return \"\"; }";

  @Test
  void primeTakingParameters() {
    assertError("LF_PRIME_SIGNATURE", "void warm(int times)",
        "@Prime static void warm(int times) {}", SNAP_FUNCTION);
  }

  @Test
  void primeReturningAValue() {
    assertError("LF_PRIME_SIGNATURE", "boolean warm()",
        "@Prime static boolean warm() { return true; }", SNAP_FUNCTION);
  }

  @Test
  void privatePrime() {
    assertError("LF_PRIME_SIGNATURE", "private static void warm()",
        "@Prime private static void warm() {}", SNAP_FUNCTION);
  }

  @Test
  void twoPrimeMethods() {
    assertError("LF_PRIME_DUPLICATE", "static void second()",
        "@Prime static void first() {}",
        "@Prime static void second() {}",
        SNAP_FUNCTION);
  }

  @Test
  void instancePrimeWithAStaticSnapStartFunction() {
    assertError("LF_PRIME_INSTANCE", "public static String f(Order o)",
        "@Prime void warm() {}", SNAP_FUNCTION);
  }

  @Test
  void instancePrimeWithAStaticFunctionWithoutSnapStartIsOnlyUnused() {
    JavaFileObject source = Compilations.api(
        "@Prime void warm() {}",
        "@Function public static String f(Order o) { return \"\"; }");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[LF_PRIME_UNUSED]").inFile(source).onLineContaining("void warm()");
  }

  @Test
  void primeWithoutSnapStartIsAWarning() {
    JavaFileObject source = Compilations.api(
        "@Prime static void warm() {}",
        "@Function public static String f(Order o) { return \"\"; }");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[LF_PRIME_UNUSED] @Prime method com.acme.Api#warm() is never called")
        .inFile(source).onLineContaining("void warm()");
  }

  @Test
  void theSnapStartOptionUsesPrime() {
    Compilation compilation = com.google.testing.compile.Compiler.javac()
        .withProcessors(new FunctionProcessor())
        .withOptions("-Alambdaforge.snapStart=true")
        .compile(Compilations.api(
            "@Prime static void warm() {}",
            "@Function public static String f(Order o) { return \"\"; }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.acme.Api_FHandler")
        .contentsAsUtf8String().contains("Priming.register(\"f\", Api_FHandler::prime, Api::warm)");
  }
}
