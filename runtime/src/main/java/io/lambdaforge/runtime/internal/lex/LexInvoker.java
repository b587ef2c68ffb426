package io.lambdaforge.runtime.internal.lex;

import com.amazonaws.services.lambda.runtime.Context;
import io.lambdaforge.events.lex.LexEvent;
import io.lambdaforge.events.lex.LexResponse;

/** The generated call of one intent handler: the event in (slots bound by the call), the response out. */
@FunctionalInterface
public interface LexInvoker {
  LexResponse invoke(LexEvent event, Context context) throws Exception;
}
