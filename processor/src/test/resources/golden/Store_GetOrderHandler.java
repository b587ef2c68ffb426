package com.acme;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.lambdaforge.annotations.Source;
import io.lambdaforge.runtime.http.HttpRequest;
import io.lambdaforge.runtime.internal.codec.JsonBody;
import io.lambdaforge.runtime.internal.http.Binder;
import io.lambdaforge.runtime.internal.http.Converter;
import io.lambdaforge.runtime.internal.http.Converters;
import io.lambdaforge.runtime.internal.http.HttpDispatcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * HTTP adapter of function {@code getOrder}: binds each request to the parameters of
 * {@code com.acme.Store#getOrder}, calls it and answers in the format of the request's source.
 *
 * <ul>
 *   <li>{@code ALB GET /orders/{id}}, multi-value headers off
 * </ul>
 *
 * <p>Lambda handler: {@code com.acme.Store_GetOrderHandler::handleRequest}
 */
@Generated("io.lambdaforge.processor.FunctionProcessor")
public final class Store_GetOrderHandler implements RequestStreamHandler {
  private static final Store TARGET = new Store();

  private static final Converter<Store.Status> ENUM_0 = Converters.enumOf(Store.Status.class);

  private static final HttpDispatcher DISPATCHER = HttpDispatcher.builder("getOrder")
      .route(Source.ALB, "GET", "/orders/{id}", false, Store_GetOrderHandler::invoke)
      .build();

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws
      IOException {
    DISPATCHER.handle(input, output, context);
  }

  private static Object invoke(HttpRequest request, Context context) throws Exception {
    Binder binder = new Binder(request);
    UUID id = binder.path("id", Converters.UUID);
    Optional<Store.Status> status = binder.optionalQuery("status", ENUM_0);
    String tenant = binder.header("x-tenant-id", Converters.STRING);
    Optional<String> session = binder.optionalCookie("session", Converters.STRING);
    binder.check();
    return JsonBody.of(Store_GetOrderHandlerJson.CODEC_0, TARGET.getOrder(id, status, tenant, session, context));
  }
}
