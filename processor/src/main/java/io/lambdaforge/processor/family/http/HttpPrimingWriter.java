package io.lambdaforge.processor.family.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.processor.codec.CodecRefs;
import io.lambdaforge.processor.model.Binding;
import io.lambdaforge.processor.model.FunctionModel;
import io.lambdaforge.processor.model.ParameterModel;
import io.lambdaforge.processor.model.ReturnModel;
import io.lambdaforge.processor.model.TriggerModel;
import io.lambdaforge.processor.model.TypeShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The SnapStart priming of an HTTP adapter, built at compile time from the routes and types:
 * one synthetic event per HTTP trigger, in its source's shape, whose path, query, headers, cookies
 * and body carry a sample of every bound parameter's type (path segments filled in, JSON bodies
 * from the codec's sample). Each event goes through the adapter's own dispatcher and routes to the
 * adapter's {@code invoke} with the priming context: {@code invoke} binds it as a real request and
 * then, seeing that context, returns a synthetic result of the declared return type (a JSON result
 * read from its codec's sample, so writing the response runs the codec's writer) instead of calling
 * the user's method. Priming thus runs the exact methods a real request runs, up to the user's call.
 */
final class HttpPrimingWriter {
  private static final ClassName SYNTHETIC_EVENT =
      ClassName.get("io.lambdaforge.runtime.internal.http", "SyntheticEvent");
  private static final ClassName JSON_BODY =
      ClassName.get("io.lambdaforge.runtime.internal.codec", "JsonBody");
  private static final ClassName SOURCE = ClassName.get(Source.class);
  /** The {@code Context} of priming invocations, which {@code invoke} recognises. */
  static final ClassName PRIMING_CONTEXT =
      ClassName.get("io.lambdaforge.runtime.internal.core", "PrimingContext");

  /** Sample text of each java.time type the binders convert (ISO-8601, as the converters parse). */
  private static final Map<String, String> TIME_SAMPLES = Map.of(
      "java.time.Instant", "1970-01-01T00:00:00Z",
      "java.time.LocalDate", "1970-01-01",
      "java.time.LocalDateTime", "1970-01-01T00:00:00",
      "java.time.OffsetDateTime", "1970-01-01T00:00:00Z",
      "java.time.ZonedDateTime", "1970-01-01T00:00:00Z",
      "java.time.LocalTime", "00:00:00",
      "java.time.Duration", "PT1S");

  private final FunctionModel model;
  private final CodecRefs codecs;

  HttpPrimingWriter(FunctionModel model, CodecRefs codecs) {
    this.model = model;
    this.codecs = codecs;
  }

  /** Adds one step per HTTP trigger: its synthetic event through the adapter's dispatcher. */
  void addSteps(MethodSpec.Builder prime, String dispatcher) {
    for (TriggerModel trigger : model.triggers()) {
      if (!HttpFamily.isHttp(trigger)) {
        continue;
      }
      prime.addStatement("run.step($S, () -> $N.prime(\n$L))",
          trigger.source().name() + " " + trigger.method() + " " + trigger.path(), dispatcher, event(trigger));
    }
  }

  private CodeBlock event(TriggerModel trigger) {
    ParameterModel body = null;
    for (ParameterModel parameter : model.parameters()) {
      if (parameter.isBody()) {
        body = parameter;
      }
    }
    String method = trigger.method();
    if (method.equals("ANY")) {
      method = body == null ? "GET" : "POST";
    }
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of($T.$N, $S, $L)$>$>",
        SYNTHETIC_EVENT, SOURCE, trigger.source().name(), method, path(trigger.path()));
    if (HttpFamily.isAlb(trigger) && trigger.multiValueHeaders()) {
      code.add("\n.albMultiValue()");
    }
    for (ParameterModel parameter : model.parameters()) {
      TypeShape shape = parameter.shape().isScalar() ? parameter.shape() : parameter.shape().of();
      switch (parameter.binding()) {
        case QUERY -> code.add("\n.query($S, $L)", parameter.boundName(), text(shape));
        case HEADER -> code.add("\n.header($S, $L)", parameter.boundName(), text(shape));
        case COOKIE -> code.add("\n.cookie($S, $L)", parameter.boundName(), text(shape));
        default -> { }
      }
    }
    if (body != null) {
      CodeBlock sample = bodySample(body);
      if (sample != null) {
        code.add("\n.body($L)", sample);
      }
    }
    return code.add("$<$<").build();
  }

  /** The route's path with each template variable replaced by a sample of its parameter's type. */
  private CodeBlock path(String template) {
    List<CodeBlock> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = template.indexOf('}', i);
      if (c == '{' && close > i) {
        String name = template.substring(i + 1, close).replace("+", "");
        ParameterModel bound = null;
        for (ParameterModel parameter : model.parameters()) {
          if (parameter.binding() == Binding.PATH && parameter.boundName().equals(name)) {
            bound = parameter;
          }
        }
        if (bound == null) {
          literal.append('a');
        } else {
          TypeShape shape = bound.shape().isScalar() ? bound.shape() : bound.shape().of();
          String fixed = literalText(shape);
          if (fixed != null) {
            literal.append(fixed);
          } else {
            if (literal.length() > 0) {
              parts.add(CodeBlock.of("$S", literal.toString()));
              literal.setLength(0);
            }
            parts.add(text(shape));
          }
        }
        i = close + 1;
      } else {
        // an ALB path pattern's wildcards (* and ?) match one sample character
        literal.append(c == '*' || c == '?' ? 'a' : c);
        i++;
      }
    }
    if (literal.length() > 0 || parts.isEmpty()) {
      parts.add(CodeBlock.of("$S", literal.toString()));
    }
    return CodeBlock.join(parts, " + ");
  }

  /** A sample value of a scalar parameter type, as the request carries it. */
  private static CodeBlock text(TypeShape shape) {
    String fixed = literalText(shape);
    return fixed != null
        ? CodeBlock.of("$S", fixed)
        : CodeBlock.of("$T.class.getEnumConstants()[0].name()", shape.type());
  }

  /** The sample text of a scalar type, {@code null} for an enum (its first constant, read at run time). */
  private static String literalText(TypeShape shape) {
    String type = shape.type().toString();
    switch (shape.kind()) {
      case PRIMITIVE:
      case BOXED:
        if (type.equals("boolean") || type.equals("java.lang.Boolean")) {
          return "true";
        }
        if (type.equals("char") || type.equals("java.lang.Character")) {
          return "a";
        }
        return "1";
      case ENUM:
        return null;
      case UUID:
        return "00000000-0000-0000-0000-000000000001";
      case JAVA_TIME:
        return TIME_SAMPLES.getOrDefault(type, "1970-01-01T00:00:00Z");
      default:
        return "a";
    }
  }

  /** The body's content type and sample, {@code null} for a databind type (no sample is known). */
  private CodeBlock bodySample(ParameterModel body) {
    TypeShape shape = body.shape();
    switch (shape.kind()) {
      case STRING:
      case BYTES:
      case INPUT_STREAM:
        return CodeBlock.of("$S, $S", "text/plain", "a");
      default:
        TypeName type = shape.kind() == TypeShape.Kind.OPTIONAL ? shape.of().type() : body.type();
        String sample = codecs.sample(type);
        return sample == null ? null : CodeBlock.of("$S, $S", "application/json", sample);
    }
  }

  /**
   * The synthetic result a priming invoker returns for {@code returns}: {@code null} for void
   * (204), empty text or bytes, a JSON result (or an {@code Optional} of one) read from its
   * codec's sample (written by the codec), and {@code null} (204) for what has no codec and for
   * an {@code HttpResponse}: a 404 of an empty {@code Optional} would read as a route that missed.
   */
  static CodeBlock syntheticResult(ReturnModel returns, CodecRefs codecs) {
    switch (returns.kind()) {
      case STRING:
        return CodeBlock.of("$S", "");
      case BYTES:
        return CodeBlock.of("new byte[0]");
      case JSON:
        if (codecs.sample(returns.type()) != null) {
          return CodeBlock.of("$T.sample($L, $S)", JSON_BODY, codecs.of(returns.type()), codecs.sample(returns.type()));
        }
        return CodeBlock.of("null");
      case OPTIONAL:
        if (returns.of().kind() == ReturnModel.Kind.JSON && codecs.sample(returns.of().type()) != null) {
          return CodeBlock.of("$T.optionalSample($L, $S)", JSON_BODY,
              codecs.of(returns.of().type()), codecs.sample(returns.of().type()));
        }
        return CodeBlock.of("null");
      default:
        return CodeBlock.of("null");
    }
  }
}
