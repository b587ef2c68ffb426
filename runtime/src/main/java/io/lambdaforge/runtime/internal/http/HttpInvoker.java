package io.lambdaforge.runtime.internal.http;

import com.amazonaws.services.lambda.runtime.Context;
import io.lambdaforge.runtime.http.HttpException;
import io.lambdaforge.runtime.http.HttpRequest;

/**
 * One HTTP route's entry point in a generated adapter: binds the request to the user method's
 * parameters, calls it and returns its result (or {@code null} for {@code void}). The dispatcher
 * maps the result to the source's response format (see {@link HttpDispatcher}).
 */
@FunctionalInterface
public interface HttpInvoker {
  /**
   * Handles one request.
   *
   * @throws Exception anything the user method throws; {@link BindingException} becomes a 400,
   *     {@link HttpException} its own status, anything else a 500 whose stack trace is logged
   */
  Object invoke(HttpRequest request, Context context) throws Exception;
}
