package io.lambdaforge.processor.family.firehose;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.processor.codec.CodecRefs;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.generate.PayloadCode;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The Firehose adapter: a static {@code FirehoseTransform} that answers each batch, calling the
 * generated {@code transform} once per record; {@code transform} decodes the record's payload into
 * the method's parameter and maps its result ({@code Optional} through a {@code RecordWriter} given
 * the {@code @PartitionKey} accessors as method references: no reflection).
 */
final class FirehoseAdapterGenerator extends AdapterGenerator {
  private static final String PACKAGE = "io.lambdaforge.runtime.internal.firehose";
  private static final ClassName TRANSFORM = ClassName.get(PACKAGE, "FirehoseTransform");
  private static final ClassName READER = ClassName.get(PACKAGE, "RecordReader");
  private static final ClassName WRITER = ClassName.get(PACKAGE, "RecordWriter");
  private static final ClassName RECORD = ClassName.get("io.lambdaforge.events.firehose", "FirehoseRecord");
  private static final ClassName RESULT = ClassName.get("io.lambdaforge.events.firehose", "FirehoseResult");
  private static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private static final String TRANSFORM_FIELD = "TRANSFORM";
  private static final String INPUT_FIELD = "INPUT";
  private static final String OUTPUT_FIELD = "OUTPUT";
  private static final String TRANSFORM_METHOD = "transform";

  private final List<PartitionKeyAccessor> partitionKeys;

  FirehoseAdapterGenerator(List<PartitionKeyAccessor> partitionKeys) {
    this.partitionKeys = List.copyOf(partitionKeys);
  }

  @Override
  protected void addMembers(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    type.addJavadoc(
        "Firehose transformation adapter of function {@code $L}: answers each batch of Amazon Data\n"
            + "Firehose, calling {@code $L} once per record.\n"
            + "\n"
            + "<p>Lambda handler: {@code $L}\n",
        model.functionName(),
        model.qualifiedMethod(),
        model.handler());
    addTarget(type, model);

    List<CodeBlock> arguments = new ArrayList<>();
    for (ParameterModel parameter : model.parameters()) {
      if (parameter.binding() == Binding.CONTEXT) {
        arguments.add(CodeBlock.of("context"));
      } else {
        arguments.add(read(type, parameter));
      }
    }
    CodeBlock call = call(model, arguments);
    ReturnModel returns = model.returnType();
    MethodSpec.Builder transform = MethodSpec.methodBuilder(TRANSFORM_METHOD)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(RESULT)
        .addParameter(RECORD, "record")
        .addParameter(CONTEXT, "context")
        .addException(Exception.class);
    if (returns.kind() == ReturnModel.Kind.OPTIONAL) {
      TypeName content = writable(returns.of().type());
      List<CodeBlock> writerArguments = new ArrayList<>();
      writerArguments.add(CodeBlock.of("$T.class", content));
      if (!content.equals(ClassName.OBJECT)) {
        for (PartitionKeyAccessor key : partitionKeys) {
          writerArguments.add(CodeBlock.of("$T.key($S, $T::$N)", WRITER, key.key(), content, key.accessor()));
        }
      }
      type.addField(FieldSpec.builder(ParameterizedTypeName.get(WRITER, content), OUTPUT_FIELD,
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .initializer("$T.of($L)", WRITER, CodeBlock.join(writerArguments, ",\n    "))
          .build());
      transform.addStatement("return $N.result($L)", OUTPUT_FIELD, call);
    } else {
      transform.addStatement("return $L", call);
    }

    type.addField(FieldSpec.builder(TRANSFORM, TRANSFORM_FIELD, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($S, $T::$N)", TRANSFORM, model.functionName(), model.adapter(), TRANSFORM_METHOD)
        .build());
    type.addMethod(delegatingHandleRequest(TRANSFORM_FIELD));
    type.addMethod(transform.build());
  }

  /** The expression that decodes the record into {@code parameter}. */
  private static CodeBlock read(TypeSpec.Builder type, ParameterModel parameter) {
    switch (parameter.shape().kind()) {
      case STRING:
        return CodeBlock.of("record.text()");
      case BYTES:
        return CodeBlock.of("record.data()");
      default:
        if (parameter.type().equals(RECORD)) {
          return CodeBlock.of("record");
        }
        TypeName input = parameter.type();
        CodeBlock token = PayloadCode.isReifiable(input)
            ? CodeBlock.of("$T.class", input)
            : CodeBlock.of("new $T<$T>() {}", TYPE_REFERENCE, input);
        type.addField(FieldSpec.builder(ParameterizedTypeName.get(READER, input.box()), INPUT_FIELD,
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", READER, token)
            .build());
        return CodeBlock.of("$N.read(record.data())", INPUT_FIELD);
    }
  }

  /**
   * The class a {@code RecordWriter} is made for: the content type itself when {@code T.class}
   * names it, else {@code Object} (a generic type's partition keys are not read).
   */
  private static TypeName writable(TypeName content) {
    if (content instanceof ClassName || content instanceof ArrayTypeName && PayloadCode.isReifiable(content)) {
      return content;
    }
    return ClassName.OBJECT;
  }
}
