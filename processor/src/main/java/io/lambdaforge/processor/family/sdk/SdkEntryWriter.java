package io.lambdaforge.processor.family.sdk;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.generate.PayloadCode;
import io.lambdaforge.processor.generate.StaticFields;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code invokeSdk(InputStream, OutputStream, Context)}, the direct-invoke entry of an HTTP
 * adapter whose function also has an SDK trigger. The payload binds the function's input, the
 * parameter that is the body on HTTP routes ({@code @Body} or un-annotated), as JSON of its type;
 * {@code Context} is passed; the result is written as JSON. Validation guarantees nothing else:
 * request-only parameters ({@code @PathParam}, {@code HttpRequest}, ...) and an {@code
 * HttpResponse} result are compile errors on such functions.
 */
final class SdkEntryWriter {
  static final String METHOD = "invokeSdk";

  private final FunctionModel model;
  private final StaticFields fields;

  SdkEntryWriter(FunctionModel model, StaticFields fields) {
    this.model = model;
    this.fields = fields;
  }

  MethodSpec write() {
    List<ParameterModel> parameters = model.parameters();
    List<String> readers = new ArrayList<>();
    for (ParameterModel parameter : parameters) {
      boolean reads = parameter.isBody() && PayloadCode.needsReader(parameter);
      readers.add(reads ? fields.payloadReader(model.functionName(), parameter) : null);
    }
    NameAllocator names = fields.localNames();
    String payload = names.newName("payload");
    String output = names.newName("output");
    String context = names.newName("context");

    MethodSpec.Builder method =
        MethodSpec.methodBuilder(METHOD)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(InputStream.class, payload)
            .addParameter(OutputStream.class, output)
            .addParameter(AdapterGenerator.CONTEXT, context)
            .addException(Exception.class);
    List<CodeBlock> arguments = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      ParameterModel parameter = parameters.get(i);
      if (parameter.binding() == Binding.CONTEXT) {
        arguments.add(CodeBlock.of("$N", context));
      } else if (parameter.isBody()) {
        String local = names.newName(parameter.name(), parameter);
        method.addStatement(
            "$T $N = $L",
            parameter.type(),
            local,
            PayloadCode.read(parameter, readers.get(i), payload));
        arguments.add(CodeBlock.of("$N", local));
      } else {
        throw new IllegalArgumentException(
            "parameter " + parameter.name() + " cannot be bound on direct invoke");
      }
    }
    CodeBlock call = AdapterGenerator.call(model, arguments);
    ReturnModel returns = model.returnType();
    if (returns.kind() == ReturnModel.Kind.HTTP_RESPONSE) {
      throw new IllegalArgumentException("an HttpResponse cannot be returned on direct invoke");
    }
    if (returns.kind() == ReturnModel.Kind.VOID) {
      method.addStatement("$L", call);
    }
    method.addStatement(PayloadCode.write(returns, output, call, fields.codecs()));
    return method.build();
  }
}
