package io.lambdaforge.processor.family.lex;

import com.palantir.javapoet.ClassName;
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
record IntentHandler(String intent, String hook, String methodName, boolean isStatic, List<Argument> arguments) {
  IntentHandler {
    arguments = List.copyOf(arguments);
  }

  /** A parameter: the event, the Lambda context, or a slot ({@code slot} bound as an {@code Optional<type>}). */
  record Argument(Kind kind, String slot, ClassName type) {}

  enum Kind { EVENT, CONTEXT, SLOT }
}
