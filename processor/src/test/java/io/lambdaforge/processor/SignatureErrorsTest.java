package io.lambdaforge.processor;

import static io.lambdaforge.processor.Compilations.assertError;

import org.junit.jupiter.api.Test;

/** The method and its class must be callable from the generated adapter. */
class SignatureErrorsTest {
  @Test
  void methodNotPublic() {
    assertError("LF_METHOD_NOT_PUBLIC", "static void hidden()",
        "@Function",
        "static void hidden() {}");
  }

  @Test
  void methodAbstract() {
    assertError("LF_METHOD_ABSTRACT", "void todo()",
        "public abstract static class Base {",
        "  @Function",
        "  public abstract void todo();",
        "}");
  }

  @Test
  void classPrivate() {
    assertError("LF_CLASS_PRIVATE", "void run()",
        "private static class Hidden {",
        "  @Function",
        "  public static void run() {}",
        "}");
  }

  @Test
  void innerClass() {
    assertError("LF_INNER_CLASS", "void run()",
        "public class Inner {",
        "  @Function",
        "  public void run() {}",
        "}");
  }

  @Test
  void noPublicConstructor() {
    assertError("LF_NO_PUBLIC_CONSTRUCTOR", "void run()",
        "public static class Service {",
        "  public Service(String url) {}",
        "  @Function",
        "  public void run() {}",
        "}");
  }

  @Test
  void abstractClass() {
    assertError("LF_ABSTRACT_CLASS", "void run()",
        "public abstract static class Service {",
        "  @Function",
        "  public void run() {}",
        "}");
  }

  @Test
  void genericMethod() {
    assertError("LF_GENERIC_METHOD", "<T> void run(",
        "@Function",
        "public static <T> void run(T value) {}");
  }

  @Test
  void genericClass() {
    assertError("LF_GENERIC_CLASS", "void run()",
        "public static class Box<T> {",
        "  @Function",
        "  public void run() {}",
        "}");
  }
}
