package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.internal.codec.JsonCodec;
import io.lambdaforge.runtime.internal.http.Binder;
import io.lambdaforge.runtime.internal.http.Converters;
import io.lambdaforge.runtime.internal.http.HttpDispatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * HTTP adapter of function {@code create}: binds each request to the parameters of
 * {@code com.acme.Store#create}, calls it and answers in the format of the request's source.
 *
 * <ul>
 *   <li>{@code API_GATEWAY_REST POST /orders}
 * </ul>
 *
 * <p>Lambda handler: {@code com.acme.Store_CreateHandler::handleRequest}
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class Store_CreateHandler implements RequestStreamHandler {
  private static final JsonCodec<Store.CreateOrder> BODY_0 = Store_CreateHandlerJson.CODEC_0;

  private static final HttpDispatcher DISPATCHER = HttpDispatcher.builder("create")
      .route(Source.API_GATEWAY_REST, "POST", "/orders", Store_CreateHandler::invoke)
      .eventOutlivesInvocation()
      .build();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws
      IOException {
    DISPATCHER.handle(input, output, context);
  }

  private static Object invoke(HttpRequest request, Context context) throws Exception {
    Binder binder = new Binder(request);
    Store.CreateOrder body = binder.body(BODY_0);
    Optional<UUID> requestId = binder.optionalHeader("x-request-id", Converters.UUID);
    binder.check();
    return Store.create(body, requestId, request);
  }
}
