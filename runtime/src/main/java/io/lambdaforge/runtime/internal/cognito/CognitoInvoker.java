package io.lambdaforge.runtime.internal.cognito;

import com.amazonaws.services.lambda.runtime.Context;

/** The generated call of a Cognito trigger method: the bound request in, the response out (null for void). */
@FunctionalInterface
public interface CognitoInvoker {
  Object invoke(Object request, Context context) throws Exception;
}
