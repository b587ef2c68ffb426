package io.lambdaforge.processor.family.stepfunctions;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.processor.generate.AdapterGenerator;
import javax.lang.model.element.Modifier;

/**
 * The error class of one error name: {@code public final class OrderRejected extends NamedError} in
 * the unnamed package, so that its binary name, which AWS's runtime client and {@code Bootstrap}
 * both report as the {@code errorType}, is the name itself; with its nested {@code Factory}, the
 * service provider through which adapters (in named packages, which cannot name it) create it.
 */
final class ErrorClassGenerator {
  static final ClassName NAMED_ERROR = ClassName.get("io.lambdaforge.runtime.internal.stepfunctions", "NamedError");
  static final ClassName FACTORY = ClassName.get("io.lambdaforge.runtime.internal.stepfunctions", "NamedErrorFactory");
  static final String FACTORY_CLASS = "Factory";

  private ErrorClassGenerator() {}

  /** The source of {@code errorName}'s class. */
  static JavaFile generate(String errorName) {
    ClassName self = ClassName.get("", errorName);
    TypeSpec factory = TypeSpec.classBuilder(FACTORY_CLASS)
        .addJavadoc("Creates {@code $L}; listed in {@code META-INF/services/$L}.\n", errorName, FACTORY.canonicalName())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addSuperinterface(FACTORY)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC).build())
        .addMethod(MethodSpec.methodBuilder("errorName")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S", errorName)
            .build())
        .addMethod(MethodSpec.methodBuilder("wrap")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(NAMED_ERROR)
            .addParameter(Throwable.class, "cause")
            .addStatement("return new $T(cause)", self)
            .build())
        .build();
    TypeSpec error = TypeSpec.classBuilder(errorName)
        .addJavadoc("The error {@code $L} as AWS Step Functions sees it: Lambda reports this class's\n"
            + "binary name as the function error's {@code errorType}. Its cause is the declared\n"
            + "exception, whose message and stack trace it carries.\n", errorName)
        .addAnnotation(AdapterGenerator.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .superclass(NAMED_ERROR)
        .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L")
            .build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Throwable.class, "cause")
            .addStatement("super(cause)")
            .build())
        .addType(factory)
        .build();
    return AdapterGenerator.javaFile("", error);
  }
}
