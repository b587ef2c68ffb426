package io.lambdaforge.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.codec.CodecRefs;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.Names;
import io.lambdaforge.processor.model.TriggerModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import javax.lang.model.element.Modifier;

/**
 * The adapter of a function with HTTP triggers (ALB, API Gateway REST, HTTP API): one static
 * {@code HttpDispatcher} with a route per HTTP trigger, in declaration order, all pointing to one
 * {@code invoke} method ({@link HttpInvokerWriter}); ALB routes carry the target group's
 * multi-value headers mode. A function that also has an SDK trigger gets an {@code invokeSdk}
 * entry ({@link SdkEntryWriter}) registered with {@code .sdk(...)}.
 */
public final class HttpAdapterGenerator extends AdapterGenerator {
  private static final ClassName HTTP_DISPATCHER =
      ClassName.get("io.lambdaforge.runtime.internal.http", "HttpDispatcher");
  private static final ClassName SOURCE = ClassName.get(Source.class);

  @Override
  public boolean appliesTo(FunctionModel model) {
    return model.hasHttpTrigger();
  }

  @Override
  void addMembers(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    boolean direct = model.isDirectInvocable();
    addJavadoc(type, model, direct);
    addTarget(type, model);
    StaticFields fields = new StaticFields(codecs);
    MethodSpec invoke = new HttpInvokerWriter(model, fields).write();
    MethodSpec invokeSdk = direct ? new SdkEntryWriter(model, fields).write() : null;
    for (FieldSpec field : fields.fields()) {
      type.addField(field);
    }
    type.addField(
        FieldSpec.builder(
                HTTP_DISPATCHER,
                StaticFields.DISPATCHER,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(dispatcher(model, direct))
            .build());
    type.addMethod(handleRequest());
    type.addMethod(invoke);
    if (invokeSdk != null) {
      type.addMethod(invokeSdk);
    }
  }

  /** {@code HttpDispatcher.builder("fn").route(...)...[.sdk(...)].build()}, one call a line. */
  private static CodeBlock dispatcher(FunctionModel model, boolean direct) {
    ClassName adapter = model.adapter();
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.builder($S)$>$>", HTTP_DISPATCHER, model.functionName());
    for (TriggerModel trigger : model.triggers()) {
      if (!trigger.isHttp()) {
        continue;
      }
      if (trigger.source() == Source.ALB) {
        code.add(
            "\n.route($T.$N, $S, $S, $L, $T::$N)",
            SOURCE,
            trigger.source().name(),
            trigger.method(),
            trigger.path(),
            trigger.multiValueHeaders(),
            adapter,
            HttpInvokerWriter.METHOD);
      } else {
        code.add(
            "\n.route($T.$N, $S, $S, $T::$N)",
            SOURCE,
            trigger.source().name(),
            trigger.method(),
            trigger.path(),
            adapter,
            HttpInvokerWriter.METHOD);
      }
    }
    if (direct) {
      code.add("\n.sdk($T::$N)", adapter, SdkEntryWriter.METHOD);
    }
    return code.add("\n.build()$<$<").build();
  }

  private static MethodSpec handleRequest() {
    return MethodSpec.methodBuilder(Names.HANDLER_METHOD)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(InputStream.class, "input")
        .addParameter(OutputStream.class, "output")
        .addParameter(CONTEXT, "context")
        .addException(IOException.class)
        .addStatement("$N.handle(input, output, context)", StaticFields.DISPATCHER)
        .build();
  }

  private static void addJavadoc(TypeSpec.Builder type, FunctionModel model, boolean direct) {
    CodeBlock.Builder doc =
        CodeBlock.builder()
            .add(
                "HTTP adapter of function {@code $L}: binds each request to the parameters of\n"
                    + "{@code $L}, calls it and answers in the format of the request's source.\n"
                    + "\n"
                    + "<ul>\n",
                model.functionName(),
                model.qualifiedMethod());
    for (TriggerModel trigger : model.triggers()) {
      if (!trigger.isHttp()) {
        continue;
      }
      doc.add(
          "  <li>{@code $L $L $L}$L\n",
          trigger.source().name(),
          trigger.method(),
          // a literal segment may contain "*/", which would end the comment
          trigger.path().replace("*/", "*&#47;"),
          trigger.source() == Source.ALB
              ? ", multi-value headers " + (trigger.multiValueHeaders() ? "on" : "off")
              : "");
    }
    if (direct) {
      doc.add("  <li>direct invoke (SDK): the JSON payload is the input\n");
    }
    doc.add("</ul>\n\n<p>Lambda handler: {@code $L}\n", model.handler());
    type.addJavadoc(doc.build());
  }
}
