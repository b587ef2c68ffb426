package io.lambdaforge.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.Names;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/**
 * The typed client of one class's direct-invocable functions ({@code -Alambdaforge.clients=true}):
 * one method per function, mirroring the handler without its {@code Context} ({@code
 * RepriceResult reprice(RepriceRequest request)}), each a one-line call of {@code
 * io.lambdaforge.client.LambdaInvoker}, which owns serialization, error mapping and retries.
 */
public final class ClientGenerator {
  /** The package of the client support library. */
  public static final String CLIENT_PACKAGE = "io.lambdaforge.client";
  /** The class the generated clients call; its absence means the library is missing. */
  public static final String INVOKER_NAME = CLIENT_PACKAGE + ".LambdaInvoker";

  static final ClassName INVOKER = ClassName.get(CLIENT_PACKAGE, "LambdaInvoker");
  static final ClassName RETRY_POLICY = ClassName.get(CLIENT_PACKAGE, "RetryPolicy");
  static final ClassName LAMBDA_CLIENT =
      ClassName.get("software.amazon.awssdk.services.lambda", "LambdaClient");

  private static final String INVOKER_FIELD = "invoker";

  /**
   * The client of {@code functions} (all declared in {@code enclosing}, direct-invocable, in
   * declaration order), attributed to {@code originating} (the class).
   */
  public JavaFile generate(ClassName enclosing, List<FunctionModel> functions, Element originating) {
    ClassName client = Names.client(enclosing);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(client)
            .addAnnotation(AdapterGenerator.GENERATED)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addOriginatingElement(originating)
            .addJavadoc(
                "Typed client of the functions of {@link $T} invoked directly (synchronously, with\n"
                    + "{@code RequestResponse}), built on the AWS SDK for Java v2 Lambda client.\n"
                    + "\n"
                    + "<p>Each call sends the argument as JSON and returns the result read from JSON;\n"
                    + "a function error is thrown as {@link io.lambdaforge.client.FunctionErrorException}\n"
                    + "(never retried); throttling, 5xx answers and connection failures are retried\n"
                    + "with capped exponential backoff and full jitter within an overall deadline\n"
                    + "(see {@link $T}). Failures: {@link io.lambdaforge.client.FunctionErrorException},\n"
                    + "{@link io.lambdaforge.client.LambdaInvocationException} (retries or deadline ran out,\n"
                    + "payload or result not JSON of its type), or the SDK's own exception for errors that\n"
                    + "are never retried, e.g. {@code ResourceNotFoundException}.\n"
                    + "\n"
                    + "<p>Function names: the declared ones:\n"
                    + "$L.\n"
                    + "When the deployed names differ, map them:\n"
                    + "{@code new $T(invoker.withFunctionNames(Map.of(...)))}.\n",
                enclosing,
                RETRY_POLICY,
                functionList(functions),
                client)
            .addField(FieldSpec.builder(INVOKER, INVOKER_FIELD, Modifier.PRIVATE, Modifier.FINAL).build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("A client calling through {@code invoker}.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(INVOKER, INVOKER_FIELD)
                    .addStatement(
                        "this.$N = $T.requireNonNull($N, $S)",
                        INVOKER_FIELD,
                        Objects.class,
                        INVOKER_FIELD,
                        INVOKER_FIELD)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("create")
                    .addJavadoc("A client over {@code lambda} with the default retry policy.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(client)
                    .addParameter(LAMBDA_CLIENT, "lambda")
                    .addStatement("return new $T($T.create(lambda))", client, INVOKER)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("create")
                    .addJavadoc("A client over {@code lambda} retrying as {@code retryPolicy} says.\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(client)
                    .addParameter(LAMBDA_CLIENT, "lambda")
                    .addParameter(RETRY_POLICY, "retryPolicy")
                    .addStatement("return new $T($T.create(lambda, retryPolicy))", client, INVOKER)
                    .build());
    NameAllocator fields = new NameAllocator();
    fields.newName(INVOKER_FIELD, INVOKER_FIELD);
    for (FunctionModel function : functions) {
      type.addMethod(method(function, type, fields));
    }
    return AdapterGenerator.javaFile(client.packageName(), type.build());
  }

  private static String functionList(List<FunctionModel> functions) {
    StringBuilder names = new StringBuilder();
    for (FunctionModel function : functions) {
      names.append(names.length() == 0 ? "" : ", ").append("{@code ").append(function.functionName()).append('}');
    }
    return names.toString();
  }

  private static MethodSpec method(FunctionModel function, TypeSpec.Builder type, NameAllocator fields) {
    ReturnModel returns = function.returnType();
    if (returns.kind() == ReturnModel.Kind.HTTP_RESPONSE) {
      throw new IllegalArgumentException("an HttpResponse cannot be returned on direct invoke");
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(function.methodName())
            .addModifiers(Modifier.PUBLIC)
            .addJavadoc(
                "Invokes function {@code $L} ({@link $T#$L}) and waits for its result.\n",
                function.functionName(),
                function.enclosingType(),
                function.methodName());
    CodeBlock payload = CodeBlock.of("null");
    for (ParameterModel parameter : function.parameters()) {
      if (parameter.isBody()) {
        method.addParameter(parameter.type(), parameter.name());
        payload = CodeBlock.of("$N", parameter.name());
      }
    }
    switch (returns.kind()) {
      case VOID:
        method.addStatement(
            "this.$N.invokeVoid($S, $L)", INVOKER_FIELD, function.functionName(), payload);
        break;
      case OPTIONAL:
        method
            .returns(returns.type())
            .addStatement(
                "return this.$N.invokeOptional($S, $L, $L)",
                INVOKER_FIELD,
                function.functionName(),
                payload,
                token(returns.of().type(), function, type, fields));
        break;
      default:
        method
            .returns(returns.type())
            .addStatement(
                "return this.$N.invoke($S, $L, $L)",
                INVOKER_FIELD,
                function.functionName(),
                payload,
                token(returns.type(), function, type, fields));
    }
    return method.build();
  }

  /** {@code T.class}, or a {@code TypeReference<T>} constant for generic types. */
  private static CodeBlock token(
      TypeName result, FunctionModel function, TypeSpec.Builder type, NameAllocator fields) {
    if (PayloadCode.isReifiable(result)) {
      return CodeBlock.of("$T.class", result.box());
    }
    String name =
        fields.newName(function.methodName().toUpperCase(Locale.ROOT) + "_RESULT", function);
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(PayloadCode.TYPE_REFERENCE, result),
                name,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("new $T<$T>() {}", PayloadCode.TYPE_REFERENCE, result)
            .build());
    return CodeBlock.of("$N", name);
  }
}
