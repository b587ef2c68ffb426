package io.lambdaforge.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.processor.codec.CodecRefs;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.Names;
import io.lambdaforge.processor.model.PrimeModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * The base of every adapter generator: owns the class shape ({@code public final class <adapter>
 * implements RequestStreamHandler}), {@code @Generated} without a date, and the one originating
 * element. Subclasses add members from the model only; the originating element is passed through,
 * never inspected.
 */
public abstract class AdapterGenerator {
  /** The value of {@code @Generated} on every generated type. */
  public static final String GENERATOR = "io.lambdaforge.processor.FunctionProcessor";

  /** {@code @Generated} without a date, on every generated type. */
  public static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", GENERATOR)
          .build();
  public static final ClassName REQUEST_STREAM_HANDLER =
      ClassName.get("com.amazonaws.services.lambda.runtime", "RequestStreamHandler");
  public static final ClassName CONTEXT = ClassName.get("com.amazonaws.services.lambda.runtime", "Context");
  /** The SnapStart priming resource ({@code io.lambdaforge.runtime.internal.core.Priming}). */
  public static final ClassName PRIMING_TYPE =
      ClassName.get("io.lambdaforge.runtime.internal.core", "Priming");
  /** The static field holding a SnapStart adapter's priming. */
  public static final String PRIMING = "PRIMING";
  /** The generated method holding a SnapStart adapter's priming steps. */
  public static final String PRIME_METHOD = "prime";
  private static final ClassName JSON_BODY = ClassName.get("io.lambdaforge.runtime.internal.codec", "JsonBody");
  /** The static field holding the instance of the enclosing class, for instance methods. */
  public static final String TARGET = "TARGET";

  /** The adapter source of {@code model}, attributed to {@code originating} (the method). */
  public final JavaFile generate(FunctionModel model, Element originating) {
    return generate(model, originating, CodecRefs.NONE);
  }

  /**
   * The adapter source of {@code model}, attributed to {@code originating} (the method), reading
   * and writing the types that have one with their generated {@code codecs}.
   */
  public final JavaFile generate(FunctionModel model, Element originating, CodecRefs codecs) {
    return generate(model, originating, codecs, null);
  }

  /**
   * The adapter source of {@code model}; a SnapStart function's adapter also registers its
   * priming ({@link #addPriming}), which calls {@code prime} (the class's {@code @Prime} method,
   * null for none) after the generated steps. Adapters of other functions are unchanged.
   */
  public final JavaFile generate(FunctionModel model, Element originating, CodecRefs codecs, PrimeModel prime) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.adapter())
            .addAnnotation(GENERATED)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(REQUEST_STREAM_HANDLER)
            .addOriginatingElement(originating);
    addMembers(type, model, codecs);
    if (model.snapStart()) {
      addPriming(type, model, codecs, prime);
    }
    return javaFile(model.adapter().packageName(), type.build());
  }

  /** The source file of a generated type, formatted like every other one. */
  public static JavaFile javaFile(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }

  /** Adds the Javadoc, fields and {@code handleRequest} of the adapter. */
  protected abstract void addMembers(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs);

  /**
   * Adds a SnapStart adapter's priming, last in its static initialiser:
   * {@code private static final Priming PRIMING = Priming.register("fn", Adapter::prime, hook)}
   * with the family's generated steps ({@link #addPrimingSteps}; none: {@code null}) and the
   * {@code @Prime} method as the hook ({@code Enclosing::m} when static, {@code TARGET::m} when not).
   */
  protected final void addPriming(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs, PrimeModel prime) {
    boolean steps = addPrimingSteps(type, model, codecs);
    CodeBlock hook;
    if (prime == null) {
      hook = CodeBlock.of("null");
    } else if (prime.isStatic()) {
      hook = CodeBlock.of("$T::$N", model.enclosingType(), prime.methodName());
    } else {
      hook = CodeBlock.of("$N::$N", TARGET, prime.methodName());
    }
    type.addField(
        FieldSpec.builder(PRIMING_TYPE, PRIMING, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.register($S, $L, $L)", PRIMING_TYPE, model.functionName(),
                steps ? CodeBlock.of("$T::$N", model.adapter(), PRIME_METHOD) : CodeBlock.of("null"), hook)
            .build());
  }

  /**
   * Adds {@code private static void prime(Priming.Run run)} with the family's priming steps and
   * returns true, or returns false when there are none. The default round-trips each generated
   * codec's compile-time sample (read, then write), so the codecs are loaded and run before the
   * snapshot; the HTTP family overrides it to run every route on a synthetic event.
   */
  protected boolean addPrimingSteps(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    if (codecs.sampled().isEmpty()) {
      return false;
    }
    MethodSpec.Builder method = primeMethod();
    for (com.palantir.javapoet.TypeName sampled : codecs.sampled()) {
      method.addStatement("run.step($S, () -> $T.sample($L, $S).json())",
          "codec " + sampled, JSON_BODY, codecs.of(sampled), codecs.sample(sampled));
    }
    type.addMethod(method.build());
    return true;
  }

  /**
   * {@code public void handleRequest(InputStream input, OutputStream output, Context context)} that
   * hands the invocation to the static field {@code field}'s {@code handle}: every adapter's entry point.
   */
  protected static MethodSpec delegatingHandleRequest(String field) {
    return MethodSpec.methodBuilder(Names.HANDLER_METHOD)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(InputStream.class, "input")
        .addParameter(OutputStream.class, "output")
        .addParameter(CONTEXT, "context")
        .addException(IOException.class)
        .addStatement("$N.handle(input, output, context)", field)
        .build();
  }

  /** The start of {@code private static void prime(Priming.Run run)}. */
  protected static MethodSpec.Builder primeMethod() {
    return MethodSpec.methodBuilder(PRIME_METHOD)
        .addJavadoc("SnapStart priming: runs before the snapshot, never calls the function's method.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(PRIMING_TYPE.nestedClass("Run"), "run");
  }

  /** For an instance method, adds {@code private static final Enclosing TARGET = new Enclosing()}. */
  public static void addTarget(TypeSpec.Builder type, FunctionModel model) {
    if (!model.isStatic()) {
      type.addField(
          FieldSpec.builder(
                  model.enclosingType(), TARGET, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T()", model.enclosingType())
              .build());
    }
  }

  /** The call of the user's method: {@code TARGET.m(args)} or {@code Enclosing.m(args)}. */
  public static CodeBlock call(FunctionModel model, List<CodeBlock> arguments) {
    return CodeBlock.of(
        "$L.$N($L)",
        model.isStatic() ? CodeBlock.of("$T", model.enclosingType()) : CodeBlock.of("$N", TARGET),
        model.methodName(),
        CodeBlock.join(arguments, ", "));
  }
}
