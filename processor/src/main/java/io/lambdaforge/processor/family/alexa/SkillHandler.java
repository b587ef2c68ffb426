package io.lambdaforge.processor.family.alexa;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * One {@code @Intent} method of a skill's class, free of {@code javax.lang.model}.
 *
 * @param intent the intent's name
 * @param methodName the Java method
 * @param isStatic whether it is static
 * @param arguments its parameters, in order
 */
record SkillHandler(String intent, String methodName, boolean isStatic, List<Argument> arguments) {
  SkillHandler {
    arguments = List.copyOf(arguments);
  }

  /** A parameter: the request, the Lambda context, or a slot ({@code slot} bound as an {@code Optional<type>}). */
  record Argument(Kind kind, String slot, ClassName type) {}

  enum Kind { REQUEST, CONTEXT, SLOT }
}
