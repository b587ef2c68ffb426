package io.lambdaforge.processor.codec;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the codec class of one adapter ({@code <Adapter>Json}): one {@code JsonCodec} constant
 * per body or result type, and one {@code read}/{@code write} method pair per record, POJO, enum
 * and container type they reach. Generated code is deterministic: constants and methods are
 * numbered in order of first use.
 */
final class CodecWriter {
  static final ClassName JSON_CODEC = ClassName.get("io.lambdaforge.runtime.internal.codec", "JsonCodec");
  static final ClassName TOKENS = ClassName.get("io.lambdaforge.runtime.internal.codec", "Tokens");
  private static final ClassName PARSER = ClassName.get("com.fasterxml.jackson.core", "JsonParser");
  private static final ClassName GENERATOR = ClassName.get("com.fasterxml.jackson.core", "JsonGenerator");
  private static final ClassName TOKEN = ClassName.get("com.fasterxml.jackson.core", "JsonToken");
  private static final ClassName TYPE_REFERENCE = ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");
  private static final ClassName SERIALIZED_STRING = ClassName.get("com.fasterxml.jackson.core.io", "SerializedString");

  private final ClassName name;
  private final List<FieldSpec> constants = new ArrayList<>();
  private final Map<TypeName, CodeBlock> refs = new LinkedHashMap<>();
  private final Map<TypeName, Integer> methodIndex = new HashMap<>();
  private final List<MethodSpec> methods = new ArrayList<>();
  /** Property name -> its {@code SerializedString} constant, in order of first use. */
  private final Map<String, String> names = new LinkedHashMap<>();
  private final List<FieldSpec> nameConstants = new ArrayList<>();
  /** Per bean, its property names in the order it writes them, the order its reader expects first. */
  private final List<FieldSpec> orderConstants = new ArrayList<>();

  private final java.util.function.Function<TypeName, JsonShape> beans;

  CodecWriter(ClassName name, java.util.function.Function<TypeName, JsonShape> beans) {
    this.name = name;
    this.beans = beans;
  }

  /** Adds the constant of a body or result {@code shape} (once per type). */
  void add(JsonShape shape) {
    TypeName type = shape.type();
    if (refs.containsKey(type)) {
      return;
    }
    String constant = "CODEC_" + constants.size();
    TypeName boxed = type.box();
    CodeBlock javaType = isReifiable(type)
        ? CodeBlock.of("return $T.class", type)
        : CodeBlock.of("return new $T<$T>() {}.getType()", TYPE_REFERENCE, type);
    TypeSpec codec = TypeSpec.anonymousClassBuilder("")
        .addSuperinterface(ParameterizedTypeName.get(JSON_CODEC, boxed))
        .addMethod(MethodSpec.methodBuilder("read").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(boxed).addParameter(PARSER, "p")
            .addException(IOException.class)
            .addStatement("return $L", read(shape)).build())
        .addMethod(MethodSpec.methodBuilder("write").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).addParameter(GENERATOR, "g").addParameter(boxed, "v")
            .addException(IOException.class)
            .addCode(write(shape, CodeBlock.of("v"))).build())
        .addMethod(MethodSpec.methodBuilder("type").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(Type.class)
            .addStatement(javaType).build())
        .build();
    constants.add(FieldSpec.builder(ParameterizedTypeName.get(JSON_CODEC, boxed), constant, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L", codec).build());
    refs.put(type, CodeBlock.of("$T.$N", name, constant));
  }

  boolean isEmpty() {
    return refs.isEmpty();
  }

  CodecRefs refs() {
    return new CodecRefs(refs);
  }

  /** The refs with the priming sample of each type. */
  CodecRefs refs(Map<TypeName, String> samples) {
    return new CodecRefs(refs, samples);
  }

  TypeSpec type(com.palantir.javapoet.AnnotationSpec generated, String javadoc, javax.lang.model.element.Element origin) {
    return TypeSpec.classBuilder(name)
        .addOriginatingElement(origin)
        .addAnnotation(generated)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.FINAL)
        .addFields(constants)
        .addFields(nameConstants)
        .addFields(orderConstants)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethods(methods)
        .build();
  }

  // ---- reads: an expression of the shape's type, the parser on the value's first token ----

  private CodeBlock read(JsonShape shape) {
    if (shape instanceof JsonShape.Scalar scalar) {
      return CodeBlock.of("$T.$N(p)", TOKENS, scalar.read());
    }
    return CodeBlock.of("read$L(p)", method(shape));
  }

  /** Statements writing the non-null value {@code value} of {@code shape}. */
  private CodeBlock write(JsonShape shape, CodeBlock value) {
    if (shape instanceof JsonShape.Scalar scalar) {
      switch (scalar.write()) {
        case "number":
          return CodeBlock.of("g.writeNumber($L);\n", value);
        case "boolean":
          return CodeBlock.of("g.writeBoolean($L);\n", value);
        case "string":
          return CodeBlock.of("g.writeString($L);\n", value);
        default:
          return CodeBlock.of("$T.write(g, $L);\n", TOKENS, value);
      }
    }
    return CodeBlock.of("write$L(g, $L);\n", method(shape), value);
  }

  /** Statements writing {@code value} (a simple name), JSON null when null. */
  private CodeBlock writeNullable(JsonShape shape, CodeBlock value) {
    if (shape.type().isPrimitive()) {
      return write(shape, value);
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($L == null)", value)
        .addStatement("g.writeNull()")
        .nextControlFlow("else")
        .add(write(shape, value))
        .endControlFlow()
        .build();
  }

  /** The index of the read/write pair of {@code shape}, generating it on first use. */
  private int method(JsonShape shape) {
    if (shape instanceof JsonShape.Ref ref) {
      shape = beans.apply(ref.type());
      if (shape == null) {
        throw new IllegalStateException("no plan for " + ref.type());
      }
    }
    Integer known = methodIndex.get(shape.type());
    if (known != null) {
      return known;
    }
    int index = methodIndex.size();
    methodIndex.put(shape.type(), index);
    TypeName type = shape.type();
    MethodSpec.Builder read = MethodSpec.methodBuilder("read" + index)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(type)
        .addParameter(PARSER, "p").addException(IOException.class);
    MethodSpec.Builder write = MethodSpec.methodBuilder("write" + index)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(GENERATOR, "g").addParameter(type, "v").addException(IOException.class);
    methods.add(null); // keep the pair's place: read and write are set below
    int slot = methods.size() - 1;
    methods.add(null);
    if (shape instanceof JsonShape.OptionalOf optional) {
      read.beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", TOKEN)
          .addStatement("return $T.empty()", java.util.Optional.class).endControlFlow()
          .addStatement("return $T.ofNullable($L)", java.util.Optional.class, read(optional.content()));
      write.beginControlFlow("if (v.isPresent())")
          .addCode(write(optional.content(), CodeBlock.of("v.get()")))
          .nextControlFlow("else").addStatement("g.writeNull()").endControlFlow();
    } else if (shape instanceof JsonShape.CollectionOf collection) {
      TypeName element = collection.element().type().box();
      read.addCode(nullReturnsNull())
          .addStatement("$T.startArray(p)", TOKENS)
          .addStatement("$T<$T> out = new $T<>()", collection.impl(), element, collection.impl())
          .beginControlFlow("while (p.nextToken() != $T.END_ARRAY)", TOKEN)
          .addStatement("out.add($L)", read(collection.element())).endControlFlow()
          .addStatement("return out");
      write.addStatement("g.writeStartArray()")
          .beginControlFlow("for ($T e : v)", element)
          .addCode(writeNullable(collection.element(), CodeBlock.of("e")))
          .endControlFlow().addStatement("g.writeEndArray()");
    } else if (shape instanceof JsonShape.ArrayOf array) {
      TypeName element = array.element().type();
      read.addCode(nullReturnsNull())
          .addStatement("$T.startArray(p)", TOKENS)
          .addStatement("$T<$T> out = new $T<>()", ArrayList.class, element, ArrayList.class)
          .beginControlFlow("while (p.nextToken() != $T.END_ARRAY)", TOKEN)
          .addStatement("out.add($L)", read(array.element())).endControlFlow()
          .addStatement("return out.toArray(new $T[0])", ((ArrayTypeName) type).componentType());
      write.addStatement("g.writeStartArray()")
          .beginControlFlow("for ($T e : v)", element)
          .addCode(writeNullable(array.element(), CodeBlock.of("e")))
          .endControlFlow().addStatement("g.writeEndArray()");
    } else if (shape instanceof JsonShape.MapOf map) {
      TypeName value = map.value().type().box();
      read.addCode(nullReturnsNull())
          .addStatement("$T.startObject(p)", TOKENS)
          .addStatement("$T<$T, $T> out = new $T<>()", LinkedHashMap.class, String.class, value, LinkedHashMap.class)
          .beginControlFlow("for ($T name = p.nextFieldName(); name != null; name = p.nextFieldName())", String.class)
          .addStatement("p.nextToken()")
          .addStatement("out.put(name, $L)", read(map.value())).endControlFlow()
          .addStatement("return out");
      write.addStatement("g.writeStartObject()")
          .beginControlFlow("for ($T<$T, $T> e : v.entrySet())", Map.Entry.class, String.class, value)
          .beginControlFlow("if (e.getKey() == null)")
          .addStatement("throw $T.unwritable($S)", TOKENS, "a null map key").endControlFlow()
          .addStatement("g.writeFieldName(e.getKey())")
          .addStatement("$T value = e.getValue()", value)
          .addCode(writeNullable(map.value(), CodeBlock.of("value")))
          .endControlFlow().addStatement("g.writeEndObject()");
    } else if (shape instanceof JsonShape.EnumOf) {
      read.addStatement("return $T.enumValue(p, $T.class)", TOKENS, type);
      write.addStatement("g.writeString(v.name())");
    } else if (shape instanceof JsonShape.Bean bean) {
      bean(index, bean, read, write);
    } else {
      throw new IllegalStateException("no code for " + shape);
    }
    methods.set(slot, read.build());
    methods.set(slot + 1, write.build());
    return index;
  }

  /**
   * A bean's reader and writer. The reader asks the parser for the property that follows the last
   * one read, in the order the writer writes them ({@code Tokens.nextName}): when the input has it
   * next, as input written by databind or by this codec does, the name is matched as encoded text
   * instead of read into the symbol table. Any other order is read by name, with the same result.
   */
  private void bean(int index, JsonShape.Bean bean, MethodSpec.Builder read, MethodSpec.Builder write) {
    TypeName type = bean.type();
    read.addCode(nullReturnsNull()).addStatement("$T.startObject(p)", TOKENS);
    List<CodeBlock> arguments = new ArrayList<>();
    Map<JsonShape.Property, String> locals = new HashMap<>();
    if (bean.isRecord()) {
      for (int i = 0; i < bean.constructor().size(); i++) {
        JsonShape.Slot slot = bean.constructor().get(i);
        String local = "a" + i;
        read.addStatement("$T $N = $L", slot.type(), local, defaultValue(slot.type()));
        arguments.add(CodeBlock.of("$N", local));
        if (slot.property() != null) {
          locals.put(slot.property(), local);
        }
      }
    } else {
      read.addStatement("$T out = new $T()", type, type);
    }
    String order = "ORDER_" + index;
    orderConstants.add(FieldSpec.builder(ArrayTypeName.of(SERIALIZED_STRING), order,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", CodeBlock.join(bean.properties().stream()
            .map(property -> CodeBlock.of("$N", nameConstant(property.name()))).toList(), ", "))
        .build());
    read.addStatement("int next = 0");
    CodeBlock.Builder loop = CodeBlock.builder()
        .beginControlFlow("for ($T name = $T.nextName(p, $N, next); name != null; name = $T.nextName(p, $N, next))",
            String.class, TOKENS, order, TOKENS, order)
        .addStatement("p.nextToken()")
        .beginControlFlow("switch (name)");
    int position = 0;
    for (JsonShape.Property property : bean.properties()) {
      loop.add("case $S:\n", property.name()).indent();
      if (bean.isRecord()) {
        loop.addStatement("$N = $L", locals.get(property), read(property.shape()));
      } else {
        loop.addStatement("out.$N($L)", property.setter(), read(property.shape()));
      }
      loop.addStatement("next = $L", ++position).addStatement("break").unindent();
    }
    loop.add("default:\n").indent().addStatement("p.skipChildren()").unindent()
        .endControlFlow().endControlFlow();
    read.addCode(loop.build());
    if (bean.isRecord()) {
      read.addStatement("return new $T($L)", type, CodeBlock.join(arguments, ", "));
    } else {
      read.addStatement("return out");
      // databind writes the properties of the run-time class: a subclass goes to databind
      write.beginControlFlow("if (v.getClass() != $T.class)", type)
          .addStatement("throw $T.unwritable($S)", TOKENS, "a subclass").endControlFlow();
    }
    write.addStatement("g.writeStartObject()");
    int i = 0;
    for (JsonShape.Property property : bean.properties()) {
      String local = "f" + i++;
      write.addStatement("$T $N = v.$N()", property.shape().type(), local, property.getter());
      CodeBlock value = CodeBlock.of("$N", local);
      if (property.nonNull() && !property.shape().type().isPrimitive()) {
        write.beginControlFlow("if ($N != null)", local)
            .addStatement("g.writeFieldName($N)", nameConstant(property.name()))
            .addCode(write(property.shape(), value))
            .endControlFlow();
      } else {
        write.addStatement("g.writeFieldName($N)", nameConstant(property.name()))
            .addCode(writeNullable(property.shape(), value));
      }
    }
    write.addStatement("g.writeEndObject()");
  }

  /**
   * The constant holding property name {@code json} as a {@code SerializedString}: written from
   * its encoded form, without escaping it again for every value (as databind writes names).
   */
  private String nameConstant(String json) {
    String existing = names.get(json);
    if (existing != null) {
      return existing;
    }
    StringBuilder constant = new StringBuilder("NAME_");
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(json.charAt(i - 1))) {
        constant.append('_');
      }
      constant.append(c < 128 && Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
    }
    String candidate = constant.toString();
    for (int n = 2; names.containsValue(candidate); n++) {
      candidate = constant + "_" + n; // another name maps to the same identifier
    }
    names.put(json, candidate);
    nameConstants.add(FieldSpec.builder(SERIALIZED_STRING, candidate, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T($S)", SERIALIZED_STRING, json).build());
    return candidate;
  }

  private static CodeBlock nullReturnsNull() {
    return CodeBlock.builder()
        .beginControlFlow("if (p.currentToken() == $T.VALUE_NULL)", TOKEN)
        .addStatement("return null").endControlFlow().build();
  }

  /** A missing record property: databind's absent value (empty for Optional, 0 for primitives). */
  private static CodeBlock defaultValue(TypeName type) {
    if (type instanceof ParameterizedTypeName generic
        && generic.rawType().equals(ClassName.get(java.util.Optional.class))) {
      return CodeBlock.of("$T.empty()", java.util.Optional.class);
    }
    if (!type.isPrimitive()) {
      return CodeBlock.of("null");
    }
    if (type.equals(TypeName.BOOLEAN)) {
      return CodeBlock.of("false");
    }
    if (type.equals(TypeName.LONG)) {
      return CodeBlock.of("0L");
    }
    if (type.equals(TypeName.DOUBLE)) {
      return CodeBlock.of("0d");
    }
    if (type.equals(TypeName.FLOAT)) {
      return CodeBlock.of("0f");
    }
    return CodeBlock.of("($T) 0", type);
  }

  static boolean isReifiable(TypeName type) {
    if (type.isPrimitive() || type instanceof ClassName) {
      return true;
    }
    return type instanceof ArrayTypeName && isReifiable(((ArrayTypeName) type).componentType());
  }
}
