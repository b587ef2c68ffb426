package io.lambdaforge.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.CodeBlock;
import io.lambdaforge.processor.codec.CodecRefs;
import io.lambdaforge.processor.model.ParameterModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The static fields an HTTP adapter computes once at init, named in order of first use: one enum
 * converter per enum type ({@code ENUM_0}, ...), one JSON reader per body type ({@code BODY_0},
 * ...) and the direct-invoke payload reader ({@code SDK_0}). Requests never build any of them.
 */
public final class StaticFields {
  public static final String DISPATCHER = "DISPATCHER";

  private static final String RUNTIME_HTTP = "io.lambdaforge.runtime.internal.http";
  public static final ClassName CONVERTER = ClassName.get(RUNTIME_HTTP, "Converter");
  public static final ClassName CONVERTERS = ClassName.get(RUNTIME_HTTP, "Converters");
  private static final ClassName OBJECT_READER =
      ClassName.get("com.fasterxml.jackson.databind", "ObjectReader");
  private static final ClassName JSON = ClassName.get("io.lambdaforge.runtime.internal.json", "Json");

  private final Map<TypeName, String> enumConverters = new LinkedHashMap<>();
  private final Map<TypeName, String> bodyReaders = new LinkedHashMap<>();
  private final List<FieldSpec> fields = new ArrayList<>();
  private int payloadReaders;
  private final CodecRefs codecs;

  StaticFields() {
    this(CodecRefs.NONE);
  }

  /** Fields of an adapter whose types with a generated codec use it instead of databind. */
  public StaticFields(CodecRefs codecs) {
    this.codecs = codecs;
  }

  /** The adapter's generated codecs. */
  public CodecRefs codecs() {
    return codecs;
  }

  /** The field holding {@code Converters.enumOf(type)}, added on first use. */
  public String enumConverter(TypeName type) {
    return enumConverters.computeIfAbsent(
        type,
        t -> {
          String name = "ENUM_" + enumConverters.size();
          fields.add(
              constant(ParameterizedTypeName.get(CONVERTER, t), name)
                  .initializer("$T.enumOf($T.class)", CONVERTERS, t)
                  .build());
          return name;
        });
  }

  /**
   * The field holding the {@code ObjectReader} of a JSON body of {@code type}, added on first use:
   * a type without type arguments uses its class (a primitive too, so JSON {@code null} is not read
   * as a {@code null} box); a generic type is built from a {@code TypeReference} so it keeps its
   * arguments. The class form saves javac an anonymous class per adapter.
   */
  public String bodyReader(TypeName type) {
    return bodyReaders.computeIfAbsent(
        type,
        t -> {
          String name = "BODY_" + bodyReaders.size();
          CodeBlock codec = codecs.of(t);
          if (codec != null) {
            fields.add(constant(ParameterizedTypeName.get(PayloadCode.JSON_CODEC, t.box()), name)
                .initializer(codec).build());
            return name;
          }
          FieldSpec.Builder field = constant(OBJECT_READER, name);
          if (PayloadCode.isReifiable(t)) {
            field.initializer("$T.readerFor($T.class)", JSON, t);
          } else {
            field.initializer(
                "$T.readerFor(new $T<$T>() {})", JSON, PayloadCode.TYPE_REFERENCE, t);
          }
          fields.add(field.build());
          return name;
        });
  }

  /** A new field holding the {@code PayloadReader} that binds {@code parameter} on direct invoke. */
  public String payloadReader(String functionName, ParameterModel parameter) {
    String name = "SDK_" + payloadReaders++;
    fields.add(PayloadCode.readerField(name, functionName, parameter, codecs));
    return name;
  }

  /** The fields, in order of first use. */
  public List<FieldSpec> fields() {
    return List.copyOf(fields);
  }

  /**
   * A name allocator for the locals of a generated method that avoids every static field of the
   * adapter: {@code TARGET}, {@code DISPATCHER} and the fields registered so far (so register
   * them all first).
   */
  public NameAllocator localNames() {
    NameAllocator names = new NameAllocator();
    names.newName(AdapterGenerator.TARGET, AdapterGenerator.TARGET);
    names.newName(DISPATCHER, DISPATCHER);
    for (FieldSpec field : fields) {
      names.newName(field.name(), field.name());
    }
    return names;
  }

  private static FieldSpec.Builder constant(TypeName type, String name) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
  }
}
