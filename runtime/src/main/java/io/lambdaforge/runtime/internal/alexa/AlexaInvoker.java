package io.lambdaforge.runtime.internal.alexa;

import com.amazonaws.services.lambda.runtime.Context;
import io.lambdaforge.events.alexa.AlexaRequest;
import io.lambdaforge.events.alexa.AlexaResponse;

/** The generated call of one skill handler: the request in (slots bound by the call), the response out. */
@FunctionalInterface
public interface AlexaInvoker {
  AlexaResponse invoke(AlexaRequest request, Context context) throws Exception;
}
