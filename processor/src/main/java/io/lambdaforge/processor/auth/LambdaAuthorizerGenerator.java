package io.lambdaforge.processor.auth;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.descriptor.model.AuthorizerSpec;
import io.lambdaforge.processor.generate.AdapterGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * Writes a Lambda authorizer's adapter: a {@code RequestStreamHandler} whose {@code handleRequest}
 * hands the event to the runtime's {@code AuthorizerHandler} with the method as a lambda that picks
 * its arguments (identity, request, context) in declaration order.
 */
public final class LambdaAuthorizerGenerator {
  private static final ClassName HANDLER =
      ClassName.get("io.lambdaforge.runtime.internal.http", "AuthorizerHandler");
  private static final ClassName DECISION =
      ClassName.get("io.lambdaforge.events.auth", "AuthDecision");
  private static final ClassName REQUEST = ClassName.get("io.lambdaforge.runtime.http", "HttpRequest");

  /** The adapter source of {@code model}, attributed to its method. */
  public JavaFile generate(LambdaAuthorizerModel model, AuthorizerSpec spec, Element originating) {
    TypeSpec.Builder type = TypeSpec.classBuilder(model.adapter())
        .addAnnotation(AdapterGenerator.GENERATED)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(AdapterGenerator.REQUEST_STREAM_HANDLER)
        .addOriginatingElement(originating);
    if (!model.isStatic()) {
      type.addField(FieldSpec.builder(model.enclosingType(), AdapterGenerator.TARGET,
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("new $T()", model.enclosingType()).build());
    }
    CodeBlock.Builder sources = CodeBlock.builder();
    List<String> identitySources = spec.identitySources();
    for (int i = 0; i < identitySources.size(); i++) {
      sources.add(i == 0 ? "$S" : ", $S", identitySources.get(i));
    }
    type.addField(FieldSpec.builder(HANDLER, "HANDLER", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL)
        .initializer("new $T($S, $T.of($L), $L, $T::decide)", HANDLER, model.functionName(),
            List.class, sources.build(), model.resultTtlSeconds(), model.adapter())
        .build());
    type.addMethod(MethodSpec.methodBuilder("handleRequest")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(InputStream.class, "input")
        .addParameter(OutputStream.class, "output")
        .addParameter(AdapterGenerator.CONTEXT, "context")
        .addException(IOException.class)
        .beginControlFlow("try")
        .addStatement("HANDLER.handle(input, output, context)")
        .nextControlFlow("catch ($T | $T e)", IOException.class, RuntimeException.class)
        .addStatement("throw e")
        .nextControlFlow("catch ($T e)", Exception.class)
        .addStatement("throw new $T(e)", RuntimeException.class)
        .endControlFlow()
        .build());
    List<CodeBlock> arguments = new ArrayList<>();
    for (LambdaAuthorizerModel.Parameter parameter : model.parameters()) {
      arguments.add(CodeBlock.of(switch (parameter) {
        case IDENTITY -> "identity";
        case REQUEST -> "request";
        case CONTEXT -> "context";
      }));
    }
    CodeBlock target = model.isStatic()
        ? CodeBlock.of("$T", model.enclosingType())
        : CodeBlock.of("$N", AdapterGenerator.TARGET);
    type.addMethod(MethodSpec.methodBuilder("decide")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(DECISION)
        .addParameter(String.class, "identity")
        .addParameter(REQUEST, "request")
        .addParameter(AdapterGenerator.CONTEXT, "context")
        .addException(Exception.class)
        .addStatement("return $L.$N($L)", target, model.methodName(),
            CodeBlock.join(arguments, ", "))
        .build());
    return AdapterGenerator.javaFile(model.adapter().packageName(), type.build());
  }
}
