package io.lambdaforge.processor.codec;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Plans and writes the compile-time JSON codecs of one function: its body (or payload) type and its
 * result type, each when the processor can see it fully ({@link ShapePlanner}). The codecs live in
 * {@code <Adapter>Json} beside the adapter; every type left to databind gets a note saying why.
 */
public final class CodecGenerator {
  /** What {@link #plan} decided: the codec file (null when none), the refs, and the notes. */
  public record Plan(JavaFile file, CodecRefs refs, List<String> notes) {}

  private final Elements elements;
  private final Types types;

  public CodecGenerator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The codecs of {@code model}, whose method is {@code method}. */
  public Plan plan(FunctionModel model, ExecutableElement method, AnnotationSpec generated) {
    ClassName adapter = model.adapter();
    ShapePlanner planner = new ShapePlanner(elements, types, adapter.packageName());
    CodecWriter writer = new CodecWriter(adapter.peerClass(adapter.simpleName() + "Json"), planner::bean);
    List<String> notes = new ArrayList<>();
    java.util.Map<com.palantir.javapoet.TypeName, String> samples =
        model.snapStart() ? new java.util.LinkedHashMap<>() : null;
    List<ParameterModel> parameters = model.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (!parameter.isBody()) {
        continue;
      }
      TypeMirror type = method.getParameters().get(i).asType();
      switch (parameter.shape().kind()) {
        case STRING:
        case BYTES:
        case INPUT_STREAM:
          continue;
        case OPTIONAL:
          type = ((DeclaredType) type).getTypeArguments().get(0);
          break;
        default:
          break;
      }
      add(planner, writer, type, notes, samples);
    }
    ReturnModel returns = model.returnType();
    TypeMirror result = method.getReturnType();
    if (returns.kind() == ReturnModel.Kind.JSON) {
      add(planner, writer, result, notes, samples);
    } else if (returns.kind() == ReturnModel.Kind.OPTIONAL && returns.of().kind() == ReturnModel.Kind.JSON) {
      add(planner, writer, ((DeclaredType) result).getTypeArguments().get(0), notes, samples);
    }
    if (writer.isEmpty()) {
      return new Plan(null, CodecRefs.NONE, notes);
    }
    String doc = "Compile-time JSON codecs of function {@code " + model.functionName() + "}: byte-identical to\n"
        + "databind under the runtime's configuration; what they do not accept goes to databind.\n";
    JavaFile file = JavaFile.builder(adapter.packageName(), writer.type(generated, doc, method))
        .skipJavaLangImports(true).indent("  ").build();
    return new Plan(file, model.snapStart() ? writer.refs(samples) : writer.refs(), notes);
  }

  private static void add(ShapePlanner planner, CodecWriter writer, TypeMirror type, List<String> notes,
      java.util.Map<com.palantir.javapoet.TypeName, String> samples) {
    try {
      JsonShape shape = planner.plan(type);
      writer.add(shape);
      if (samples != null) {
        samples.putIfAbsent(shape.type(), SampleJson.of(shape, planner::bean, planner::firstConstant));
      }
    } catch (ShapePlanner.Unsupported e) {
      notes.add(type + ": " + e.getMessage());
    }
  }
}
