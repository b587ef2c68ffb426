package io.lambdaforge.processor.family.lex;

import io.lambdaforge.processor.family.IntentMethods;
import java.util.List;

/**
 * One {@code @Intent} method of a bot's class, free of {@code javax.lang.model}: what the adapter
 * generator works from.
 *
 * @param intent the intent's name
 * @param hook {@code ANY}, {@code DIALOG} or {@code FULFILLMENT}
 * @param methodName the Java method
 * @param isStatic whether it is static
 * @param arguments its parameters, in order
 */
record IntentHandler(String intent, String hook, String methodName, boolean isStatic, List<IntentMethods.Argument> arguments) {
  IntentHandler {
    arguments = List.copyOf(arguments);
  }
}
