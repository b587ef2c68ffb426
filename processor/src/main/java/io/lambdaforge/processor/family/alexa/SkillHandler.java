package io.lambdaforge.processor.family.alexa;

import io.lambdaforge.processor.family.IntentMethods;
import java.util.List;

/**
 * One {@code @Intent} method of a skill's class, free of {@code javax.lang.model}.
 *
 * @param intent the intent's name
 * @param methodName the Java method
 * @param isStatic whether it is static
 * @param arguments its parameters, in order
 */
record SkillHandler(String intent, String methodName, boolean isStatic, List<IntentMethods.Argument> arguments) {
  SkillHandler {
    arguments = List.copyOf(arguments);
  }
}
