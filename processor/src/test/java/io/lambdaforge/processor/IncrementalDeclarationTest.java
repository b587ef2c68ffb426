package io.lambdaforge.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The Gradle incremental declarations (META-INF/gradle/incremental.annotation.processors) match
 * what each processor does, per Gradle's rules
 * (https://docs.gradle.org/current/userguide/java_plugin.html#sec:incremental_annotation_processing):
 * an isolating processor makes its decisions from the annotated element and what it reaches only,
 * and gives every generated file exactly one originating element.
 */
class IncrementalDeclarationTest {

  private static Map<String, String> declarations() throws IOException {
    Map<String, String> kinds = new LinkedHashMap<>();
    try (InputStream in = IncrementalDeclarationTest.class.getResourceAsStream(
        "/META-INF/gradle/incremental.annotation.processors")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          String[] parts = line.strip().split(",");
          kinds.put(parts[0], parts[1]);
        }
      }
    }
    return kinds;
  }

  @Test
  void everyRegisteredProcessorIsDeclaredWithItsKind() throws IOException {
    Map<String, String> kinds = declarations();
    assertEquals(Map.of(FunctionProcessor.class.getName(), "isolating",
        DescriptorProcessor.class.getName(), "aggregating",
        AuthorizerProcessor.class.getName(), "isolating"), kinds);
    try (InputStream in = IncrementalDeclarationTest.class.getResourceAsStream(
        "/META-INF/services/javax.annotation.processing.Processor")) {
      Set<String> registered = Set.copyOf(List.of(
          new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+")));
      assertEquals(kinds.keySet(), registered);
    }
  }

  /** Every file the isolating processor writes has exactly one originating element, its own. */
  @Test
  void theIsolatingProcessorGivesEveryFileOneOriginatingElement() {
    List<Element[]> originating = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Processor recorded = recording(new FunctionProcessor(), originating, names);
    JavaFileObject api = Compilations.source("com.acme.Shop",
        "package com.acme;",
        "import io.lambdaforge.annotations.*;",
        "public class Shop {",
        "  @Function public static String sdk(String s) { return s; }",
        "  @Function(triggers = @Trigger(source = Source.API_GATEWAY_HTTP, method = \"GET\","
            + " path = \"/a\")) public static String http() { return \"a\"; }",
        "  public static class Inner {",
        "    @Function(name = \"inner\") public String echo(String s) { return s; }",
        "  }",
        "}");
    Compilation compilation = Compiler.javac().withProcessors(recorded)
        .withOptions("-Alambdaforge.clients=true").compile(api);
    assertThat(compilation).succeededWithoutWarnings();
    assertEquals(5, names.size(), names.toString());
    for (int i = 0; i < originating.size(); i++) {
      Element[] elements = originating.get(i);
      assertEquals(1, elements.length, names.get(i));
      Element e = elements[0];
      boolean function = e instanceof ExecutableElement && e.getAnnotationMirrors().stream()
          .anyMatch(a -> a.getAnnotationType().toString().equals("io.lambdaforge.annotations.Function"));
      boolean clientClass = e instanceof TypeElement && names.get(i).endsWith("Client");
      assertTrue(function || clientClass, names.get(i) + " originates from " + e);
    }
    assertFalse(originating.isEmpty());
  }

  /** Each Lambda authorizer adapter has exactly one originating element, its method. */
  @Test
  void theAuthorizerProcessorGivesEveryAdapterItsMethod() {
    List<Element[]> originating = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Processor recorded = recording(new AuthorizerProcessor(), originating, names);
    JavaFileObject keys = Compilations.source("com.acme.Keys",
        "package com.acme;",
        "import io.lambdaforge.annotations.*;",
        "import io.lambdaforge.events.auth.AuthDecision;",
        "public class Keys {",
        "  @LambdaAuthorizer(name = \"a\") public static AuthDecision a(String k) { return AuthDecision.allow(k); }",
        "  @LambdaAuthorizer(name = \"b\") public AuthDecision b(String k) { return AuthDecision.deny(k); }",
        "}");
    assertThat(Compiler.javac().withProcessors(recorded).compile(keys)).succeededWithoutWarnings();
    assertEquals(List.of("com.acme.Keys_AHandler", "com.acme.Keys_BHandler"), names);
    for (Element[] elements : originating) {
      assertEquals(1, elements.length);
      assertTrue(elements[0] instanceof ExecutableElement, String.valueOf(elements[0]));
    }
  }

  /** {@code processor} with a Filer that records each created file's originating elements. */
  private static Processor recording(
      Processor processor, List<Element[]> originating, List<String> names) {
    return new AbstractProcessor() {
      @Override
      public synchronized void init(ProcessingEnvironment env) {
        super.init(env);
        Filer filer = env.getFiler();
        Filer recordingFiler = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(),
            new Class<?>[] {Filer.class}, (proxy, method, args) -> {
              if (method.getName().startsWith("create")) {
                Element[] elements = (Element[]) args[args.length - 1];
                originating.add(elements == null ? new Element[0] : elements);
                names.add(method.getName().equals("createResource")
                    ? args[1] + "/" + args[2] : args[0].toString());
              }
              try {
                return method.invoke(filer, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
        processor.init((ProcessingEnvironment) Proxy.newProxyInstance(
            ProcessingEnvironment.class.getClassLoader(),
            new Class<?>[] {ProcessingEnvironment.class}, (proxy, method, args) -> {
              if (method.getName().equals("getFiler")) {
                return recordingFiler;
              }
              try {
                return method.invoke(env, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
      }

      @Override
      public Set<String> getSupportedAnnotationTypes() {
        return processor.getSupportedAnnotationTypes();
      }

      @Override
      public Set<String> getSupportedOptions() {
        return processor.getSupportedOptions();
      }

      @Override
      public SourceVersion getSupportedSourceVersion() {
        return processor.getSupportedSourceVersion();
      }

      @Override
      public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        return processor.process(annotations, round);
      }
    };
  }
}
