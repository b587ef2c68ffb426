package io.lambdaforge.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.processor.model.FunctionModel;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * The base of every adapter generator: owns the class shape ({@code public final class <adapter>
 * implements RequestStreamHandler}), {@code @Generated} without a date, and the one originating
 * element. Subclasses add members from the model only; the originating element is passed through,
 * never inspected.
 */
public abstract class AdapterGenerator {
  /** The value of {@code @Generated} on every adapter. */
  public static final String GENERATOR = "io.lambdaforge.processor.FunctionProcessor";

  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
  static final ClassName REQUEST_STREAM_HANDLER =
      ClassName.get("com.amazonaws.services.lambda.runtime", "RequestStreamHandler");
  static final ClassName CONTEXT = ClassName.get("com.amazonaws.services.lambda.runtime", "Context");

  /** Whether this generator writes the adapter of {@code model}. */
  public abstract boolean appliesTo(FunctionModel model);

  /** The adapter source of {@code model}, attributed to {@code originating} (the method). */
  public final JavaFile generate(FunctionModel model, Element originating) {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.adapter())
            .addAnnotation(
                AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(REQUEST_STREAM_HANDLER)
            .addOriginatingElement(originating);
    addMembers(type, model);
    return JavaFile.builder(model.adapter().packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** Adds the Javadoc, fields and {@code handleRequest} of the adapter. */
  abstract void addMembers(TypeSpec.Builder type, FunctionModel model);
}
