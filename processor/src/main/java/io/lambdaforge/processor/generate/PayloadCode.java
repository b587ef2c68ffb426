package io.lambdaforge.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.lambdaforge.processor.codec.CodecRefs;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import io.lambdaforge.processor.model.TypeShape;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Direct-invoke payload code, shared by the SDK-only adapter and the SDK entry point of HTTP
 * adapters: the payload binds one parameter as JSON of its type (an {@code InputStream} parameter
 * gets the raw payload, an {@code Optional<T>} reads {@code T}); the result is written as JSON.
 */
public final class PayloadCode {
  private static final String SDK = "io.lambdaforge.runtime.internal.sdk";
  static final ClassName PAYLOAD_READER = ClassName.get(SDK, "PayloadReader");
  static final ClassName PAYLOAD_WRITER = ClassName.get(SDK, "PayloadWriter");
  static final ClassName JSON_CODEC =
      ClassName.get("io.lambdaforge.runtime.internal.codec", "JsonCodec");
  public static final ClassName JSON_BODY =
      ClassName.get("io.lambdaforge.runtime.internal.codec", "JsonBody");
  static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private PayloadCode() {}

  /** Whether binding {@code parameter} needs a {@code PayloadReader} field. */
  public static boolean needsReader(ParameterModel parameter) {
    return parameter.shape().kind() != TypeShape.Kind.INPUT_STREAM;
  }

  /** {@code PayloadReader<T> name = PayloadReader.of("function", T.class)} for {@code parameter}. */
  public static FieldSpec readerField(
      String name, String functionName, ParameterModel parameter, CodecRefs codecs) {
    TypeShape shape = parameter.shape();
    TypeName type = shape.kind() == TypeShape.Kind.OPTIONAL ? shape.of().type() : parameter.type();
    CodeBlock codec = codecs.of(type);
    CodeBlock token =
        codec != null ? codec :
        isReifiable(type)
            ? CodeBlock.of("$T.class", type)
            : CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, type);
    return FieldSpec.builder(
            ParameterizedTypeName.get(PAYLOAD_READER, type.box()),
            name,
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer("$T.of($S, $L)", PAYLOAD_READER, functionName, token)
        .build();
  }

  /**
   * The expression that binds {@code parameter} from the stream {@code payload}, reading with the
   * field {@code reader} (unused for an {@code InputStream} parameter).
   */
  public static CodeBlock read(ParameterModel parameter, String reader, String payload) {
    switch (parameter.shape().kind()) {
      case INPUT_STREAM:
        return CodeBlock.of("$N", payload);
      case OPTIONAL:
        return CodeBlock.of("$T.ofNullable($N.read($N))", Optional.class, reader, payload);
      default:
        return CodeBlock.of("$N.read($N)", reader, payload);
    }
  }

  /** The statement writing {@code result} (ignored for void) of a method returning {@code returns}. */
  public static CodeBlock write(
      ReturnModel returns, String output, CodeBlock result, CodecRefs codecs) {
    CodeBlock codec =
        returns.kind() == ReturnModel.Kind.OPTIONAL ? codecs.of(returns.of().type()) : codecs.of(returns.type());
    if (codec != null && returns.kind() == ReturnModel.Kind.OPTIONAL) {
      return CodeBlock.of("$T.writeOptional($N, $L, $L)", PAYLOAD_WRITER, output, codec, result);
    }
    if (codec != null && returns.kind() == ReturnModel.Kind.JSON) {
      return CodeBlock.of("$T.write($N, $L, $L)", PAYLOAD_WRITER, output, codec, result);
    }
    switch (returns.kind()) {
      case VOID:
        return CodeBlock.of("$T.write($N, null)", PAYLOAD_WRITER, output);
      case OPTIONAL:
        return CodeBlock.of("$T.writeOptional($N, $L)", PAYLOAD_WRITER, output, result);
      default:
        return CodeBlock.of("$T.write($N, $L)", PAYLOAD_WRITER, output, result);
    }
  }

  /** Whether {@code T.class} denotes exactly {@code type} (no type arguments anywhere). */
  public static boolean isReifiable(TypeName type) {
    if (type.isPrimitive() || type instanceof ClassName) {
      return true;
    }
    return type instanceof ArrayTypeName && isReifiable(((ArrayTypeName) type).componentType());
  }
}
