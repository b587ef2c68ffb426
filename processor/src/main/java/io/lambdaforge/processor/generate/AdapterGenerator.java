package io.lambdaforge.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.processor.codec.CodecRefs;
import io.lambdaforge.processor.model.FunctionModel;
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
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.adapter())
            .addAnnotation(GENERATED)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(REQUEST_STREAM_HANDLER)
            .addOriginatingElement(originating);
    addMembers(type, model, codecs);
    return javaFile(model.adapter().packageName(), type.build());
  }

  /** The source file of a generated type, formatted like every other one. */
  public static JavaFile javaFile(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }

  /** Adds the Javadoc, fields and {@code handleRequest} of the adapter. */
  protected abstract void addMembers(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs);

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
