package io.lambdaforge.processor.family.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.codec.CodecRefs;
import io.lambdaforge.processor.generate.AdapterEntry;
import io.lambdaforge.processor.generate.AdapterGenerator;
import io.lambdaforge.processor.generate.StaticFields;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.CorsModel;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The adapter of a function with HTTP triggers (ALB, API Gateway REST, HTTP API): one static
 * {@code HttpDispatcher} with a route per HTTP trigger, in declaration order, all pointing to one
 * {@code invoke} method ({@link HttpInvokerWriter}); ALB routes carry the target group's
 * multi-value headers mode. The entries of the function's other families ({@code guests}, e.g. the
 * {@code invokeSdk} of a function that also has an SDK trigger) follow, each registered with its
 * own dispatcher call ({@code .sdk(...)}).
 */
final class HttpAdapterGenerator extends AdapterGenerator {
  private static final ClassName HTTP_DISPATCHER =
      ClassName.get("io.lambdaforge.runtime.internal.http", "HttpDispatcher");
  private static final ClassName SOURCE = ClassName.get(Source.class);

  private final List<AdapterEntry> guests;

  HttpAdapterGenerator(List<AdapterEntry> guests) {
    this.guests = List.copyOf(guests);
  }

  @Override
  protected void addMembers(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    addJavadoc(type, model, guests);
    addTarget(type, model);
    StaticFields fields = new StaticFields(codecs);
    MethodSpec invoke = new HttpInvokerWriter(model, fields).write();
    List<MethodSpec> entries = new ArrayList<>();
    for (AdapterEntry guest : guests) {
      entries.add(guest.write(model, fields));
    }
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
            .initializer(dispatcher(model, guests))
            .build());
    type.addMethod(delegatingHandleRequest(StaticFields.DISPATCHER));
    type.addMethod(invoke);
    entries.forEach(type::addMethod);
  }

  /** Every HTTP route on its synthetic event, through the dispatcher and {@code invoke} ({@link HttpPrimingWriter}). */
  @Override
  protected boolean addPrimingSteps(TypeSpec.Builder type, FunctionModel model, CodecRefs codecs) {
    MethodSpec.Builder prime = primeMethod();
    new HttpPrimingWriter(model, codecs).addSteps(prime, StaticFields.DISPATCHER);
    type.addMethod(prime.build());
    return true;
  }

  /** {@code HttpDispatcher.builder("fn").route(...)...[.sdk(...)].build()}, one call a line. */
  private static CodeBlock dispatcher(FunctionModel model, List<AdapterEntry> guests) {
    ClassName adapter = model.adapter();
    CodeBlock.Builder code =
        CodeBlock.builder().add("$T.builder($S)$>$>", HTTP_DISPATCHER, model.functionName());
    for (TriggerModel trigger : model.triggers()) {
      if (!HttpFamily.isHttp(trigger)) {
        continue;
      }
      if (HttpFamily.isAlb(trigger)) {
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
    CorsModel cors = model.cors();
    if (cors != null
        && model.triggers().stream()
            .anyMatch(t -> HttpFamily.isAlb(t) || t.source() == Source.API_GATEWAY_REST)) {
      code.add(
          "\n.cors($L, $L, $L, $L, $L, $L)",
          strings(cors.allowOrigins()),
          strings(cors.allowMethods()),
          strings(cors.allowHeaders()),
          strings(cors.exposeHeaders()),
          cors.maxAgeSeconds(),
          cors.allowCredentials());
    }
    for (AdapterEntry guest : guests) {
      code.add("\n$L", guest.register(adapter));
    }
    if (model.parameters().stream().anyMatch(HttpAdapterGenerator::mayOutliveInvocation)) {
      code.add("\n.eventOutlivesInvocation()");
    }
    return code.add("\n.build()$<$<").build();
  }

  /**
   * Whether the method may keep what {@code parameter} binds past its invocation while it still
   * reads the event: the request view, or a direct invoke's raw payload stream. Without such a
   * parameter the dispatcher reads every event into one reused buffer.
   */
  private static boolean mayOutliveInvocation(ParameterModel parameter) {
    return parameter.binding() == Binding.REQUEST_VIEW
        || (parameter.binding() == Binding.PAYLOAD && parameter.shape().kind() == TypeShape.Kind.INPUT_STREAM);
  }

  /** {@code new String[] {"a", "b"}}. */
  private static CodeBlock strings(List<String> values) {
    CodeBlock.Builder array = CodeBlock.builder().add("new $T[] {", String.class);
    for (int i = 0; i < values.size(); i++) {
      array.add(i == 0 ? "$S" : ", $S", values.get(i));
    }
    return array.add("}").build();
  }

  private static void addJavadoc(
      TypeSpec.Builder type, FunctionModel model, List<AdapterEntry> guests) {
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
      if (!HttpFamily.isHttp(trigger)) {
        continue;
      }
      doc.add(
          "  <li>{@code $L $L $L}$L\n",
          trigger.source().name(),
          trigger.method(),
          // a literal segment may contain "*/", which would end the comment
          trigger.path().replace("*/", "*&#47;"),
          HttpFamily.isAlb(trigger)
              ? ", multi-value headers " + (trigger.multiValueHeaders() ? "on" : "off")
              : "");
    }
    for (AdapterEntry guest : guests) {
      doc.add("  <li>$L\n", guest.describe());
    }
    doc.add("</ul>\n\n<p>Lambda handler: {@code $L}\n", model.handler());
    type.addJavadoc(doc.build());
  }
}
