package io.lambdaforge.processor.family.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.generate.PayloadCode;
import io.lambdaforge.processor.generate.StaticFields;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import io.lambdaforge.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code invoke(HttpRequest, Context)} method every route of an HTTP adapter points
 * to: one binder call per parameter in declaration order, {@code binder.check()} (a 400 listing
 * every problem), then the user's method; its result is returned as is ({@code null} for void),
 * the dispatcher maps it to a response.
 *
 * <p>Binding rules: a scalar {@code @PathParam}/{@code @QueryParam}/{@code @HeaderParam}/{@code
 * @CookieParam} is required; {@code Optional<T>} may be absent; {@code List<T>} collects every
 * value. A body ({@code @Body}, or the un-annotated parameter of a function that is also invoked
 * directly) is text for {@code String}, raw for {@code byte[]} and {@code InputStream}, optional
 * JSON for {@code Optional<T>} and required JSON otherwise. {@code Context} and {@code
 * HttpRequest} parameters get the invoker's own arguments.
 *
 * <p>In a SnapStart adapter, a priming invocation (the priming {@code Context}) returns a synthetic
 * result of the declared type after binding instead of calling the user's method
 * ({@link HttpPrimingWriter#syntheticResult}), so priming runs this very method, and the first
 * real request finds it compiled with its call sites resolved.
 */
final class HttpInvokerWriter {
  static final String METHOD = "invoke";

  private static final ClassName BINDER = ClassName.get("io.lambdaforge.runtime.internal.http", "Binder");
  static final ClassName HTTP_REQUEST = ClassName.get("io.lambdaforge.runtime.http", "HttpRequest");

  private final FunctionModel model;
  private final StaticFields fields;

  HttpInvokerWriter(FunctionModel model, StaticFields fields) {
    this.model = model;
    this.fields = fields;
  }

  MethodSpec write() {
    List<ParameterModel> parameters = model.parameters();
    // Register every static field first, so locals can be named around them.
    List<CodeBlock> helpers = new ArrayList<>();
    for (ParameterModel parameter : parameters) {
      helpers.add(helper(parameter));
    }
    NameAllocator names = fields.localNames();
    String request = names.newName("request");
    String context = names.newName("context");
    String binder = names.newName("binder");

    MethodSpec.Builder method =
        MethodSpec.methodBuilder(METHOD)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(Object.class)
            .addParameter(HTTP_REQUEST, request)
            .addParameter(AdapterGenerator.CONTEXT, context)
            .addException(Exception.class);
    CodeBlock.Builder binding = CodeBlock.builder();
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter.binding() == Binding.CONTEXT) {
        arguments.add(CodeBlock.of("$N", context));
      } else if (parameter.binding() == Binding.REQUEST_VIEW) {
        arguments.add(CodeBlock.of("$N", request));
      } else {
        String local = names.newName(parameter.name(), parameter);
        binding.addStatement(
            "$T $N = $L", localType(parameter), local, bind(parameter, binder, helpers.get(i)));
        arguments.add(CodeBlock.of("$N", local));
      }
    }
    if (!binding.isEmpty()) {
      method.addStatement("$T $N = new $T($N)", BINDER, binder, BINDER, request);
      method.addCode(binding.build());
      method.addStatement("$N.check()", binder);
    }
    if (model.snapStart()) {
      method.beginControlFlow("if ($N == $T.INSTANCE)", context, HttpPrimingWriter.PRIMING_CONTEXT)
          .addComment("SnapStart priming: a sample result, never the function's method")
          .addStatement("return $L", HttpPrimingWriter.syntheticResult(model.returnType(), fields.codecs()))
          .endControlFlow();
    }
    CodeBlock call = AdapterGenerator.call(model, arguments);
    if (model.returnType().kind() == ReturnModel.Kind.VOID) {
      method.addStatement("$L", call);
      method.addStatement("return null");
    } else {
      method.addStatement("return $L", encoded(call));
    }
    return method.build();
  }

  /** The call's result wrapped with its generated codec (a JSON result that has one), else as is. */
  private CodeBlock encoded(CodeBlock call) {
    ReturnModel returns = model.returnType();
    if (returns.kind() == ReturnModel.Kind.JSON && fields.codecs().of(returns.type()) != null) {
      return CodeBlock.of("$T.of($L, $L)", PayloadCode.JSON_BODY, fields.codecs().of(returns.type()), call);
    }
    if (returns.kind() == ReturnModel.Kind.OPTIONAL
        && returns.of().kind() == ReturnModel.Kind.JSON
        && fields.codecs().of(returns.of().type()) != null) {
      return CodeBlock.of(
          "$T.optional($L, $L)", PayloadCode.JSON_BODY, fields.codecs().of(returns.of().type()), call);
    }
    return call;
  }

  /** The converter or body reader of {@code parameter}, {@code null} when it needs none. */
  private CodeBlock helper(ParameterModel parameter) {
    TypeShape shape = parameter.shape();
    if (parameter.isBody()) {
      switch (shape.kind()) {
        case STRING:
        case BYTES:
        case INPUT_STREAM:
          return null;
        case OPTIONAL:
          return CodeBlock.of("$N", fields.bodyReader(shape.of().type()));
        default:
          return CodeBlock.of("$N", fields.bodyReader(parameter.type()));
      }
    }
    switch (parameter.binding()) {
      case PATH:
      case QUERY:
      case HEADER:
      case COOKIE:
        return ConverterCode.of(shape.isScalar() ? shape : shape.of(), fields);
      case CLAIM:
      case AUTH_CONTEXT:
        return ConverterCode.ofClaim(shape.isScalar() ? shape : shape.of(), fields);
      default:
        return null;
    }
  }

  /**
   * A primitive body is held boxed until the call, so a missing body (recorded as a problem, read
   * as {@code null}) reaches {@code check()} instead of failing on unboxing.
   */
  private static TypeName localType(ParameterModel parameter) {
    return parameter.isBody() ? parameter.type().box() : parameter.type();
  }

  private static CodeBlock bind(ParameterModel parameter, String binder, CodeBlock helper) {
    if (parameter.isBody()) {
      switch (parameter.shape().kind()) {
        case STRING:
          return CodeBlock.of("$N.bodyString()", binder);
        case BYTES:
          return CodeBlock.of("$N.bodyBytes()", binder);
        case INPUT_STREAM:
          return CodeBlock.of("$N.bodyStream()", binder);
        case OPTIONAL:
          return CodeBlock.of("$N.optionalBody($L)", binder, helper);
        default:
          return CodeBlock.of("$N.body($L)", binder, helper);
      }
    }
    TypeShape.Kind kind = parameter.shape().kind();
    String name = parameter.boundName();
    if (parameter.binding() == Binding.AUTH) {
      return CodeBlock.of("$N.auth()", binder);
    }
    if (parameter.binding() == Binding.CLAIM || parameter.binding() == Binding.AUTH_CONTEXT) {
      String in = parameter.binding() == Binding.CLAIM ? "claim" : "authContext";
      return switch (kind) {
        case OPTIONAL -> CodeBlock.of("$N.optional$L($S, $L)", binder, capitalize(in), name, helper);
        case LIST -> CodeBlock.of("$N.$NList($S, $L)", binder, in, name, helper);
        default -> CodeBlock.of("$N.$N($S, $L)", binder, in, name, helper);
      };
    }
    String in = parameter.binding().name().toLowerCase(Locale.ROOT);
    if (parameter.binding() == Binding.PATH) {
      // A matched route always has its segments; Optional only wraps the converted value.
      CodeBlock path = CodeBlock.of("$N.path($S, $L)", binder, name, helper);
      return kind == TypeShape.Kind.OPTIONAL
          ? CodeBlock.of("$T.ofNullable($L)", Optional.class, path)
          : path;
    }
    switch (kind) {
      case OPTIONAL:
        return CodeBlock.of("$N.optional$L($S, $L)", binder, capitalize(in), name, helper);
      case LIST:
        return CodeBlock.of("$N.$NList($S, $L)", binder, in, name, helper);
      default:
        return CodeBlock.of("$N.$N($S, $L)", binder, in, name, helper);
    }
  }

  private static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
